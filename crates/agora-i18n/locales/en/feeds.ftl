## What changed, each a sentence (the latest changes, the Atom feeds). A record's role, kind
## or status comes as its word in the data ($role: member, observer, chair...).
change-membership-began = { $member } { $role ->
    [steering_group] joined the steering group of
    [member] became a member of
    [observer] became an observer of
    [partner] became a partner of
    [associate] became an associate of
    [chair] became chair of
    [co_chair] became co-chair of
   *[secretariat] became the secretariat of
} { $forum } ({ $period }).
change-membership-recorded = { $member } was recorded as { $role ->
    [steering_group] a member of the steering group of
    [member] a member of
    [observer] an observer of
    [partner] a partner of
    [associate] an associate of
    [chair] chair of
    [co_chair] co-chair of
   *[secretariat] the secretariat of
} { $forum } ({ $period }).
change-membership-ended = { $member } is no longer { $role ->
    [steering_group] in the steering group of
    [member] a member of
    [observer] an observer of
    [partner] a partner of
    [associate] an associate of
    [chair] chair of
    [co_chair] co-chair of
   *[secretariat] the secretariat of
} { $forum } ({ $period }).
change-membership-corrected = The record of { $member } in { $forum } was corrected ({ $period }).
change-membership-removed = The record of { $member } in { $forum } was removed.
change-period-on = on { $day }
change-forum-added = New forum in the registry: { $name }.
change-forum-updated = The record of { $name } was updated.
change-forum-removed = { $name } was removed from the registry.
change-document-added = New outcome document of { $fora }: { $title } ({ $kind ->
    [declaration] declaration
    [action_plan] action plan
    [meeting_report] meeting report
    [summary_report] summary report
    [background_paper] background paper
    [study] study
    [statement] statement
    [recommendations] recommendations
   *[other] document
}).
change-document-updated = Outcome document updated: { $title }.
change-document-removed = An outcome document was removed from the library: { $title }.
change-meeting-added = New meeting: { $title } ({ $when }).
change-meeting-place = { $city }, { $when }
change-meeting-updated = Meeting updated: { $title } ({ $when }).
change-meeting-cancelled = Meeting cancelled: { $title } ({ $when }).
change-meeting-postponed = Meeting postponed: { $title } ({ $when }).
change-meeting-removed = A meeting was removed from the calendar: { $title }.
change-party-updated = { $op ->
    [create] New in the registry: { $name }.
    [delete] { $name } was removed from the registry.
   *[update] The record of { $name } was updated.
}

## The Atom feeds ($what: the kind of record a feed is limited to, or any; $new: yes when
## only new records are listed)
feed-what = { $new ->
    [yes] { $what ->
        [meeting] new meetings
        [document] new outcome documents
        [membership] new memberships
        [forum] new fora
        [recommendation] new recommendations
        [follow_up] new follow-up entries
       *[other] what is new
    }
   *[no] { $what ->
        [meeting] changes to meetings
        [document] changes to outcome documents
        [membership] changes to memberships
        [forum] changes to fora
        [recommendation] changes to recommendations
        [follow_up] changes to follow-up entries
       *[other] what changed
    }
}
feed-title = Agora: { $what }
feed-title-about = Agora: { $what } — { $about }
feed-no-such-theme = there is no theme '{ $id }'
feed-follow = Follow these changes (Atom feed)
feed-follow-documents = New outcome documents (Atom feed)
feed-follow-meetings = New meetings (Atom feed)

## The open data page
data-title = Open data
data-lede = Everything the public may read in Agora, to download and reuse: the fora, who takes part in them since and until when, states and organisations, meetings and the public outcome documents, with the sources of every fact.
data-licence-html = The data are published under the <a href="{ $href }">Creative Commons Attribution 4.0</a> licence: reuse them freely, citing Agora and the sources each record names.
data-everything = The files hold everything recorded, past and present.
data-everything-link = Everything recorded
data-as-of-shown = The files hold the dataset as it stood on { $day }.
data-as-of = The dataset as it stood on
data-as-of-submit = Show the files
data-csv-heading = CSV files
data-csv-lede-html = One file per kind of record: UTF-8, comma-separated, a header row. <a href="{ $href }">datapackage.json</a> describes every column, its type and its meaning (a Frictionless Data Package), so that tools can check and load the files.
data-file = { $name ->
    [areas] States and territories
    [organisations] Organisations
    [themes] Themes
    [fora] Fora
    [memberships] Who takes part in which forum, in what role, since and until when (the file a forum's secretariat can edit and propose back)
    [meetings] Meetings
    [meeting_participants] Who took part in each meeting, and how
    [recommendations] Recommendations, agreed outcomes and action plans, with where each is written
    [follow_ups] What was done about each recommendation, by whom, where it stands and how far it has come (the file a forum's secretariat can edit and propose back)
    [follow_up_updates] The timeline of each follow-up entry
    [routes] Migration routes as their sources name them
    [route_stops] The states along each route, in order: origin, transit, destination
    [practices] Good practices and lessons learned, with their peer review's summary (never anyone's contact details)
   *[documents] Public outcome documents
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: fora and organisations as organizations, their memberships, states as areas and meetings as events, in the Popolo standard.
data-follow-heading = Following what changes
data-follow-html = <a href="{ $changes }">Atom feed of every change</a> (each forum, state and organisation page has its own), <a href="{ $meetings }">calendar of meetings</a>, and the <a href="{ $api }">JSON API</a>.

## Releases of the open data
data-releases-heading = Releases
data-releases-lede-html = A release freezes the whole dataset on a day: its files never change, and their checksums say so. Cite a release to let others find exactly the data you used. Open-data portals harvest the releases from the <a href="{ $href }">DCAT catalogue</a>.
data-releases-none = No release has been made yet.
data-release-make = Make a release of the dataset as it stands now
data-release-title = Release { $name }
data-release-made = Made on { $at } (UTC).
data-release-first = The first release.
data-release-changes = Since release { $since }: { $fora_added ->
    [one] one forum
   *[other] { $fora_added } fora
} added, { $fora_removed } removed; { $added ->
    [one] one membership
   *[other] { $added } memberships
} added, { $removed } removed, { $changed } changed.
data-release-cite = Agora ({ $year }). Agora: inter-state dialogue on migration, dataset, release { $name } [data set]. { $url }
data-release-files = The files of release { $name }
data-release-file = File
data-release-size = Bytes
data-release-sha256 = SHA-256
data-release-sums = Checksums of every file (for sha256sum -c)
change-release-added = New release of the open data: { $name }.
only-admins-release = only an administrator makes a release of the dataset
release-name-taken = a release of that name was made at the same moment: try again

## Searches as feeds, saved searches and the private feed
feed-search-title-all = Agora: search
feed-search-title = Agora: search for “{ $q }”
feed-found-by = Found by your saved search “{ $search }”.
feed-saved-title = Agora: your saved search “{ $name }”
feed-private-title = Agora: your saved searches
feed-not-a-search = '{ $value }' is not the number of one of your saved searches
feed-key-title = Your private feed
feed-key-lede = This address gives whoever holds it what your saved searches find among everything you may read, confidential material included: keep it to yourself. It is shown only now; making a new one, or ending it on your account page, stops it working at once.
feed-key-address = Your private feed’s address (Atom)
feed-key-each = One saved search alone
feed-key-back = Back to your account
account-searches = Saved searches and your private feed
account-searches-lede = Each saved search is followed in your private feed: what it finds among everything you may read, newest first.
account-searches-none-html = You have saved no search yet: <a href="{ $href }">search</a>, then save the search below its results.
account-search-forget = Stop following “{ $name }”
account-feed-made = Your private feed’s address was made on { $at } and shown then.
account-feed-new = Make a new address (the old one stops working)
account-feed-end = End the private feed’s address
account-feed-none = You have no private feed address yet.
account-feed-make = Make my private feed’s address
search-follow-heading = Follow this search
search-follow = New results of this search, among what the public may read (Atom feed)
search-save-name = Name of the saved search
search-save = Save this search and follow it in my private feed
search-save-sign-in-html = <a href="{ $href }">Sign in</a> to save this search and follow it in a private feed, among everything you may read.
saved-search-name-empty = give the saved search a name
saved-search-too-long = the name or the search is too long
saved-search-too-many = you keep 50 saved searches already: stop following one first
