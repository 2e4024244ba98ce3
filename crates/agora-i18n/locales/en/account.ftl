# Accounts: signing in, setting and resetting a password, one's account and tokens, and the
# administrators' pages (accounts and roles, the audit log).

## Signing in
sign-in-title = Sign in
sign-in-lede = For secretariats, focal points, editors, researchers and administrators. Accounts are made by an administrator.
sign-in-password = Password
sign-in-forgot = Forgot your password?
sign-in-too-many = Too many failed attempts. Wait a few minutes and try again.
sign-in-wrong = The e-mail address or the password is wrong.
form-error-html = <strong>Error:</strong> { $error }

## Setting a password
setup-title = Set your password
setup-lede-html = This sets the password of the account <strong>{ $email }</strong>. The link works once.
setup-password = Password (at least 15 characters; a few words make a good one)
setup-password-again = The same password again
setup-submit = Set the password
setup-done-title = Password set
setup-done-html = The password of <strong>{ $email }</strong> is set, and the link no longer works.
setup-done-sign-in-html = <a href="{ $href }">Sign in now</a>, with this e-mail address and the password you chose.
setup-done-home = Go to the home page

## A new password
reset-title = A new password
reset-sent-html = <strong>If an account uses { $email }, a link to set a new password is on its way there.</strong> It works once, within { $hours } hours. Nothing arrived? Look in the spam folder, or ask again in a quarter of an hour.
reset-lede = Type the e-mail address of your account: a link to set a new password goes to it.
reset-send = Send me a link
reset-no-mail-html = This site sends no e-mail. Ask its operator for a new link to set your password: they run <code>agora user link your@address</code> on the server and send you the link it prints. It works once, within { $hours } hours.
reset-back = Back to sign in

## One's account
account-title = Your account
account-email = E-mail address
account-roles = Roles
account-no-roles = none: you may report errors in the records
account-propose-to = Propose a change to { $name }
account-editor-proposes = As an editor you may propose a change to any forum: open its page and choose “Propose a change”.
account-news = News of your contributions
account-no-news = Nothing yet: when an editor takes up, publishes or sends back something you proposed, it shows here.
account-no-news-mail = Nothing yet: when an editor takes up, publishes or sends back something you proposed, it shows here, and you are told by e-mail.
account-my-contributions = My contributions
account-review-queue = Review queue
account-sign-out = Sign out
account-change-password = Change your password
account-current = Current password
account-new = New password (at least 15 characters; a few unrelated words work well)
account-new-again = The new password again
account-change-password-submit = Change password
account-current-wrong = The current password is wrong.
account-passwords-differ = The two passwords differ.
account-password-refused = The new password is refused: { $why }.
account-password-changed = Your password is changed; your other sessions have ended.
account-tokens = API tokens
account-tokens-lede-html = Programs send a token as <code>Authorization: Bearer TOKEN</code> and act with your roles, within the token’s scopes: every token reads what you may read; it contributes (proposes, reviews, uploads) or administers only if made to. A token never makes tokens or changes your password, and every token stops working when your password changes. Revoke a token as soon as it is no longer needed.
account-tokens-caption = Your tokens
account-scopes = Scopes
account-made = Made
account-status = Status
account-revoked = revoked { $at }
account-revoke = Revoke { $name }
account-token-name = Name of a new token
account-token-may = Besides reading, the token may
account-token-contribute = contribute: propose and review changes, upload documents
account-token-administer = administer: read the audit log and the accounts, revoke roles and disable accounts (never an administrator’s; making accounts and granting roles need you, signed in)
account-token-submit = Make a token
account-token-made = The token “{ $name }” is made. Copy it now: it is not shown again.

## Accounts and roles
admin-users-title = Accounts and roles
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-change = Change
admin-status = { $status ->
    [active] active
    [disabled] disabled
   *[waiting] waiting for a password
}
admin-role = Role
admin-grant = Grant
admin-revoke = Revoke
admin-disable = Disable account
admin-add = Add an account
admin-role-hint = Role (admin, editor, researcher, secretariat:FORUM-ID, focal_point:ISO3, reviewer:CALL)
admin-add-submit = Add
admin-account-made = The account { $email } is made. Send its owner this one-time link to set a password (valid { $hours } hours):

## The audit log
audit-title = Audit log
audit-lede = Who did what, refused attempts included, newest first. Repeated refusals by the same actor from the same address within 15 minutes share one entry, with their number.
audit-who = Who
audit-who-example = account:7, anonymous, cli
audit-action = Action
audit-action-example = sign_in, contribution.publish
audit-outcome = Outcome
audit-any = any
audit-ok = went through
audit-refused = refused
audit-q = On or from (text)
audit-none = No entries
audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
audit-count-older = { $count ->
    [one] { $count } entry, older ones
   *[other] { $count } entries, older ones
}
audit-when = When (UTC)
audit-from = From
audit-on = On
audit-times = Times
audit-older = Older entries
