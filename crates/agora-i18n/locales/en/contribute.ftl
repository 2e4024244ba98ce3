# Contributing: proposing a change to a forum (its entries, its profile), reporting an error,
# proposing from a spreadsheet, one's contributions and the review queue, a contribution and
# its steps; the forms' mistakes.

## Who and what, in words
who-role = { $kind ->
    [admin] an administrator
    [editor] an editor
    [researcher] a researcher
    [reviewer] a reviewer of call { $of }
    [secretariat] the secretariat of { $of }
    [focal_point] the focal point of { $of }
   *[other] {""}
}
contribution-status = { $status ->
    [draft] Draft: the editors do not see it until it is sent
    [submitted] Sent: waiting for an editor
    [in_review] In review by an editor
    [changes_requested] Sent back: the editors ask for changes
    [published] Published: the change is in the registry
   *[withdrawn] Withdrawn
}
contribution-action = { $action ->
    [create] proposed it
    [publish] published it
    [request_changes] sent it back for changes
    [start_review] took it up for review
    [withdraw] withdrew it
    [comment] commented
    [submit] sent it for review
    [edit] revised it
    [rebase] brought it up to date
   *[other] { $action }
}
contribution-step = { $step ->
    [submit] Submit for review
    [start_review] Start the review
    [request_changes] Request changes
    [publish] Publish
   *[withdraw] Withdraw
}
entry-between = from { $start } until { $end }
entry-since = since { $start }
entry-until = until { $end }
entry-no-dates = dates not given
entry-sources = { $count ->
    [one] source:
   *[other] sources:
}
field-name = { $path ->
    [name_en] Name in English
    [acronyms] Acronyms
    [established] Established
    [dissolved] Dissolved
    [summary] Summary
    [objectives] Objectives
    [sources] Sources
    [start_date] From
    [end_date] Until
    [role] Role
   *[note] Note
}

## Forms
form-read-as = Read as { $date } ({ $iso }).
form-mistakes = { $count ->
    [one] One thing to correct
   *[other] { $count } things to correct
}
form-kept = What you typed is kept below.
mistake-date = “{ $typed }” cannot be read as a date: { $why }
mistake-source = a source is the web address of a page that says so, starting https://
mistake-forum-name = a forum needs a name
mistake-no-entry = no such entry of this forum
mistake-who = say who: type the name of a state, organisation or forum
mistake-who-unknown = no state, organisation or forum is called “{ $typed }”: choose one of those offered as you type
mistake-who-near = “{ $typed }” is not a name we know exactly; did you mean { $names }?
mistake-role = choose a role
mistake-role-offered = choose one of the roles offered
mistake-end-before-start = the end comes before the start
mistake-no-source = this entry has no source yet: give the web address of a page that says so
mistake-new-needs-source = a new entry needs a source: the web address of a page that says so
proposal-comment = Comment for the editors
proposal-draft = Save as a draft
proposal-submit = Submit for review

## An entry's fields
entry-who = Who
entry-who-hint = A state, organisation or forum: start typing its name (Japan, IOM, Colombo Process) and choose it.
entry-name-option = { $kind ->
    [state] state · { $code }
    [organisation] organisation · { $code }
   *[forum] forum · { $code }
}
entry-choose-role = Choose a role
entry-from = From
entry-from-hint = A year, a month or a day, as you write it: 2025, Nov 2025, 2025-11-04. Leave empty if the source gives no date.
entry-until-label = Until
entry-until-hint = Leave empty if it still holds.

## A forum's profile's fields
profile-acronyms = Acronyms (separated by commas)
profile-date-hint = A year, a month or a day: 2002, Oct 2002, 2002-10-15.
profile-objectives = Objectives (one per line)

## Proposing a change
propose-title-correct = Correct your proposal — Propose a change to { $name }
propose-lede-html = An editor reviews what you propose and sees exactly what it changes; nothing reaches the public before an editor publishes it. You can save a draft and send it later. <a href="{ $href }">Back to the forum</a>.
propose-on-this-page-html = On this page: <a href="#entry">members, chairs and secretariat</a> · <a href="#profile">the forum’s profile</a>.
propose-entries = Members, chairs and secretariat
propose-entries-lede = Add an entry (a new member or observer, the chair for a new period), or correct an existing one.
propose-entry = Entry
propose-entry-hint = To correct an entry, choose it and fill in only what changes: what you leave empty stays as recorded.
propose-new-entry = A new entry
propose-entry-option = { $member } — { $role } ({ $period })
propose-source-hint = The web address of a page that says so (needed for a new entry).
propose-title-field = Title of your proposal (optional)
propose-comment = Comment for the editors (optional)
propose-send = Send for review

## Reporting an error
report-title = Report an error in { $name }
report-thanks-html = <strong>Thank you.</strong> Your report (contribution { $n }) is in the editors’ review queue; an editor checks the source and corrects the records.
report-back-to = Back to { $name }
report-lede-html = Say what is wrong and give the address of a page where the right fact can be read: the forum’s own site, a declaration, an official page. Editors review every report before anything changes. <a href="{ $href }">Back to the forum</a>.
report-not-sent-html = <strong>The report was not sent.</strong> { $field }: { $message }
report-what = What is wrong
report-send = Send the report

## From a spreadsheet
spreadsheet-title = Propose changes from a spreadsheet
spreadsheet-lede-html = Keep a forum’s members or its own entry in a spreadsheet: download them as CSV (<code>agora export --format csv</code> writes <code>fora.csv</code> and <code>memberships.csv</code>, with the columns this form reads), change the rows you need, add rows for new members (leave their <code>id</code> empty) and upload the file here. Every row that differs from the records as they are becomes part of one contribution: an editor reviews the rows together, and they are published together or not at all. A file holds either fora or memberships, of fora whose secretariat you are. <a href="/contributions">Back to my contributions</a>.
spreadsheet-file = CSV file
spreadsheet-doc-title = Title (leave empty for one named after the first record)

## Lists of contributions
contributions-mine-lede = Changes you proposed, and those proposed for the fora whose secretariat you are.
contributions-review-lede = Contributions waiting for an editor. Nothing reaches the public before an editor publishes it.
contributions-spreadsheet-html = <a href="{ $href }">Propose changes from a spreadsheet</a> (a forum’s members, or its entry, as CSV).
contributions-none = No contributions match.
contributions-count = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
contributions-contribution = Contribution
contributions-proposed-as = Proposed as
contributions-last-step = Last step

## A contribution
contribution-saved-html = <strong>Saved as a draft.</strong> The editors do not see it yet: revise it, or send it for review with the button at the foot of this page.
contribution-sent-html = <strong>Sent for review.</strong> What happens next:
contribution-next-1 = An editor of Agora reads it and checks its source.
contribution-next-2 = They publish it, and the registry shows the change with its source; or they send it back with a comment saying what to change.
contribution-next-3-html = You are told when it moves: on <a href="/account">your account page</a>, where <a href="/contributions">your contributions</a> are listed.
contribution-next-3-mail-html = You are told when it moves: by e-mail, and on <a href="/account">your account page</a>, where <a href="/contributions">your contributions</a> are listed.
contribution-records = Records
contribution-records-together = { $count } records, published together
contribution-proposed-by = Proposed by
contribution-revise = Revise the proposal
contribution-stale = { $count ->
    [one] The record changed since this contribution was drafted: it cannot be published until it is rebased onto the record as it is now.
   *[other] A record it changes has changed since this contribution was drafted: it cannot be published until it is rebased onto the record as it is now.
}
contribution-rebase = Rebase
contribution-what-it-changes = What it changes
contribution-adds = Adds:
contribution-changes = Changes:
contribution-was = Was:
contribution-entry-changed-since = (the entry changed since)
contribution-changed-since = (changed since)
contribution-record = { $new ->
    [true] { $entity ->
        [forum] A new forum
        [document] A new document
       *[membership] A new entry
    }
   *[false] { $entity ->
        [forum] The forum
        [document] The document
       *[membership] The entry
    }
}
contribution-nothing-differs = Nothing differs.
contribution-every-field = Every field, as stored ({ $count })
contribution-fields-changed = The fields it changes ({ $count })
contribution-fields-of-html = { $count ->
    [one] { $count } field of <code>{ $id }</code>
   *[other] { $count } fields of <code>{ $id }</code>
}
contribution-same-file = The same file is in the library already, as:
contribution-same-file-how = Publishing adds this upload as another document that shares the file; send it back or leave it unpublished if it repeats one of these.
contribution-file-text = The file’s text
contribution-steps = Steps and comments
contribution-comment = Comment
contribution-comment-only = Comment only
contribution-withdraw = Withdraw this publication
contribution-withdraw-how = Withdrawing takes the change out of the registry again. Say why in the comment.
contribution-why = Why
revise-title = Revise: { $title }
revise-lede-html = Change what this contribution proposes. The editors see the new version and your comment. <a href="{ $href }">Back to the contribution</a>.
revise-source = Another source (web address)
revise-send = Save and send for review
revise-save = Save
profile-name-in = { $language ->
    [ar] Name in Arabic
    [zh] Name in Chinese
    [fr] Name in French
    [ru] Name in Russian
   *[es] Name in Spanish
}
profile-summary-in = { $language ->
    [ar] Summary in Arabic
    [zh] Summary in Chinese
    [fr] Summary in French
    [ru] Summary in Russian
   *[es] Summary in Spanish
}
profile-objectives-in = { $language ->
    [ar] Objectives in Arabic (one per line)
    [zh] Objectives in Chinese (one per line)
    [fr] Objectives in French (one per line)
    [ru] Objectives in Russian (one per line)
   *[es] Objectives in Spanish (one per line)
}
spreadsheet-title-of = Propose changes to the members of { $name } from their spreadsheet
spreadsheet-of-forum-html = Start from <a href="{ $href }">the members' spreadsheet</a> (every row, past and present), change the rows you need and add new ones; only the rows that differ from the records become the proposal. Keep it as a draft first to see exactly what it changes, then submit it for review. A row of another forum is refused.
spreadsheet-other-forum = this row belongs to { $other }: this spreadsheet changes { $forum } only
forum-propose-spreadsheet = Propose changes to the members from their spreadsheet
