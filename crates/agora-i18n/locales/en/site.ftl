# The frame of every page: its title, the navigation, the language switcher, the footer; the
# error page; the form that chooses a date; counts used across pages.
# A key ending in -html holds markup (links); every other message is plain text.

site-title = { $title } — Agora
site-skip = Skip to content
site-nav = Main
site-nav-fora = Fora
site-nav-states = States
site-nav-organisations = Organisations
site-nav-documents = Documents
site-nav-search = Search
site-nav-api = API
site-nav-account = Account
site-nav-review = Review ({ $count })
site-languages = Language
site-footer-about = Agora keeps the landscape of inter-state dialogue on migration, with sources.
site-footer-open-data-html = <a href="{ $data }">Open data</a>: <a href="{ $api }">JSON API</a>, <a href="{ $openapi }">OpenAPI description</a>.
site-footer-provenance = How sure we are of each fact

error-title = { $status ->
    [400] Bad request
    [401] Unauthorized
    [403] Forbidden
    [404] Not found
    [405] Method not allowed
    [409] Conflict
    [413] Too large
    [415] Unsupported media type
    [422] Unprocessable content
    [429] Too many requests
    [503] Service unavailable
    [507] Insufficient storage
   *[other] Error
}
error-search-instead = Search the hub instead
error-search = Search
error-browse-html = Or browse <a href="/fora">the fora</a>, <a href="/areas">the states and territories</a> or <a href="/documents">the library</a>.
error-home = Back to the home page

as-of-showing-html = Showing the landscape on <strong>{ $day }</strong>.
as-of-showing-today-html = Showing the landscape on <strong>{ $day }</strong> (today).
as-of-showing-period-html = Showing the landscape on <strong>{ $day }</strong>, the last day of { $period }.
as-of-other = Show another date
as-of-hint = A day (2009-06-04), a month (2009-06) or a year (2009)
as-of-compare = Compare with
as-of-show = Show
as-of-bangkok = 4 June 2009 (Bangkok global meeting of RCPs)
as-of-today = today

count-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

error-internal = An unexpected error occurred; it has been logged.
error-unavailable = The service is temporarily unavailable; try again in a moment.
error-storage-full = There is no space left to store this; nothing was written. Try again once space has been freed.
error-not-found = { $what ->
    [feed] There is no such feed.
    [saved-search] You have no saved search { $id }.
    [release] There is no release { $id }.
    [recommendation] There is no recommendation { $id }.
    [follow_up] There is no follow-up entry { $id }, or you may not see it.
    [forum] No forum is called “{ $id }”.
    [area] No state or territory has the code “{ $id }”.
    [organisation] No organisation is called “{ $id }”.
    [document] No document is called “{ $id }”, or you may not see it.
    [contribution] There is no contribution { $id }, or you may not open it.
    [account] There is no account { $id }.
    [file] There is no such file.
    [practice] No good practice is published as “{ $id }”.
    [practice_call] There is no call for practices { $id }.
    [practice_submission] There is no submission { $id }, or you may not read it.
   *[other] “{ $id }” was not found.
}
error-no-route = There is no page at this address.
error-invalid-link = This link is not valid: it may have expired or been used; ask an administrator for a new one.
error-sign-in = Sign in first.
error-bad-token = The API token is missing, unknown or revoked.
error-bad-parameter = The address or the form has a value that cannot be read: “{ $parameter }”.
error-forbidden = You may not do this.
error-conflict = This cannot be done as the records stand now.
error-too-many = { $seconds ->
    [one] Too many requests of this kind; try again in { $seconds } second.
   *[other] Too many requests of this kind; try again in { $seconds } seconds.
}
error-other = The request could not be answered.
