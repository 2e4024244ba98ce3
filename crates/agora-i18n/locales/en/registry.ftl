# The registry's pages: a forum, the list of fora, states and territories, organisations, the
# home page, version histories, how sure we are; the maps and member tables they share.

verified = verified
unverified = unverified

## A forum's page
forum-propose-html = <a class="button" href="{ $href }">Propose a change</a> to this forum’s members, chairs, secretariat or profile.
forum-verified = verified profile
forum-unverified = unverified profile
forum-unverified-why = : some facts rest on a single or inferred source
forum-dissolved-in = This forum was dissolved in { $date }.
forum-successor-html = Its work continues in <a href="{ $href }">{ $name }</a>.
forum-dissolved-no-members = It had no members on { $day }; choose an earlier date to see who took part.
forum-profile = Profile
forum-fact-category = Category
forum-fact-established = Established
forum-fact-dissolved = Dissolved
forum-fact-regions = Regions served
forum-fact-md = Migration and development
forum-fact-operational = Operational element
forum-fact-meeting-level = Meeting level
forum-fact-members = Members on this date
meeting-level-ministerial = ministerial
meeting-level-vice-ministerial = vice-ministerial
meeting-level-senior-officials = senior officials
meeting-level-technical = technical
meeting-level-mixed = mixed
forum-part-of = Part of
forum-bodies-under = Bodies under it
forum-themes = Themes
forum-objectives = Objectives
forum-topics = Thematic priorities (in the sources’ words)
forum-other-names = Other and former names
forum-name-in = { $name } ({ $language })
forum-name-during = { $name } ({ $period })
forum-category-over-time = Category over time
forum-category-span = { $period }: { $category }
forum-category-span-note = { $period }: { $category } — { $note }
forum-websites = Websites
forum-members-on = { $count ->
    [one] Members on { $day } ({ $count })
   *[other] Members on { $day } ({ $count })
}
forum-members-on-suspended = Members on { $day } ({ $count }, of which { $suspended } suspended)
forum-download-html = <a href="{ $href }" download>Download the rows of { $day } as CSV</a> · <a href="{ $all }" download>every row, all dates</a> (the open-data format, which <code>agora import</code> reads back)
forum-open-participation = Open participation:
forum-no-members = No members are recorded for this date.
forum-no-members-but-undated = No members are recorded for this date; those the sources name without dates are listed under “Dates not recorded”.
forum-through-caption = States taking part through their regional organisation on { $day } ({ $count })
forum-through-state = State or territory
forum-through-via = Through
forum-undated = Dates not recorded ({ $count })
forum-undated-why = The sources name these members, observers and partners without saying since when or until when, so they are not counted among those on { $day }.
forum-others-on = Observers and partners on { $day } ({ $count })
forum-chairs = Chairs over time
forum-no-chairs = No chairs are recorded.
forum-secretariat = Secretariat
forum-no-secretariat = No secretariat is recorded.
forum-timeline = Who joined and left when
forum-no-timeline = No dated membership changes are recorded.
forum-joined = joined:
forum-left = left:
forum-undated-starts = { $count ->
    [one] { $count } membership has no recorded start date.
   *[other] { $count } memberships have no recorded start date.
}
forum-documents = Documents
forum-no-documents = No documents of this forum are in the library yet.
forum-sources = Sources
forum-version-history = Version history
forum-propose = Propose a change
forum-report = Report an error
forum-sign-in-to-report-html = <a href="{ $href }">Sign in</a> to report an error
forum-how-sure = How sure we are
forum-machine-readable-html = Machine-readable: <a href="{ $json }">this forum as JSON</a>, <a href="{ $memberships }">its memberships on { $day }</a>.
forum-map-title = Map of the members of { $name } on { $day }
forum-members-caption = Members of { $name } on { $day }
forum-others-caption = Observers and partners of { $name } on { $day }
forum-chairs-caption = Chairs and co-chairs of { $name }
forum-secretariat-caption = Secretariat of { $name }
forum-undated-caption = Taking part in { $name }, dates not recorded

## Member tables
members-name = Name
members-role = Role
members-period = Period
members-checked = Checked
members-sources = Sources and notes
members-suspended = suspended

## Comparing two dates
compare-title = { $day } compared with { $other }
compare-same-members = The same members on both dates.
compare-same-fora = The same fora on both dates.
compare-only-on = On { $day }, not on { $other } ({ $count })
compare-none = None.

## Maps
map-small-states = Small states may be too small to draw at this scale; the table lists every one.
map-point = Point at a state for its count; select it for its page.
map-member = { $name }: member
map-other = { $name }: observer or partner
map-legend-member = member
map-legend-other = observer or partner
map-legend-neither = neither
map-count = { $count ->
    [one] { $name }: { $count } forum
   *[other] { $name }: { $count } fora
}
map-step-none = none
map-step-range = { $from }–{ $to }
map-step-more = { $from } or more

## States and territories
areas-title = States and territories
areas-download = Download this list as CSV
areas-caption = States and territories, with the number of fora each takes part in on { $day }
areas-name = Name
areas-code = Code
areas-region = Region
areas-fora = Fora
area-names = Names
area-name-in = { $language }:
area-m49-code = M49 code
area-m49-regions = M49 regions
area-takes-part = { $count ->
    [one] Takes part in { $count } forum on { $day }
   *[other] Takes part in { $count } fora on { $day }
}
area-undated = { $count ->
    [one] In { $count } more, the sources name it without dates, so it is not counted on this date (marked “dates not recorded” below).
   *[other] In { $count } more, the sources name it without dates, so they are not counted on this date (marked “dates not recorded” below).
}
area-timeline-title = Timeline of the participation of { $name } in fora, { $from } to { $to }
area-bar-title = { $forum }, { $role }: { $period }
area-timeline-caption = Each bar is one membership, labelled with the forum’s acronym or name, in the order of the table below; bars in force on { $day } are darker; the vertical line marks { $day }. A membership without a recorded start is drawn from the axis’ beginning.
area-memberships-caption = Memberships of { $name } in fora (all periods)
area-forum = Forum
area-category = Category
area-on = On { $day }
area-machine-readable-html = Machine-readable: <a href="{ $href }">{ $name } as JSON</a>.

## The list of fora
fora-title = Fora
fora-q = Name, acronym or former name
fora-category = Category
fora-any = Any
fora-region = Region (M49)
fora-theme = Theme
fora-status = Status
fora-status-any = Active or dissolved
fora-status-active = Existing on the date
fora-status-dissolved = Dissolved
fora-md-option = Migration and development { $status }
fora-on-date = On the date
fora-date-hint = A year, a month or a day: 2010, 2010-06, 2010-06-30
fora-sort = Sort by
fora-sort-default = Best match, or name
fora-sort-name = Name
fora-sort-established = Year established
fora-sort-members = Most members
fora-sort-relevance = Best match
fora-also-show = Also show
fora-website = Website
fora-show = Show fora
fora-total-html = { $count ->
    [one] { $count } forum matches, counted on { $day }. <a href="{ $href }" download>Download this forum as CSV</a> (a spreadsheet of every row, with the columns shown).
   *[other] { $count } fora match, counted on { $day }. <a href="{ $href }" download>Download these { $count } fora as CSV</a> (a spreadsheet of every row, with the columns shown).
}
fora-other-times = Listed by the category each forum had on { $day }. These were also “{ $category }” at another time, and are not counted above:
fora-other-times-how = Choose a date in those years to count them among them.
fora-caption = Fora, with members on { $day }
fora-acronym = Acronym
fora-members = Members
fora-matched = matched: { $name }
fora-open = open to all
fora-suspended = ({ $count } suspended)
fora-undated = { $count ->
    [one] (+{ $count } date not recorded)
   *[other] (+{ $count } dates not recorded)
}
fora-dates-not-recorded = (dates not recorded)
fora-next = Next page

## The latest changes, each a sentence
change-other = { $op ->
    [create] A record was added.
    [delete] A record was removed.
   *[update] A record was updated.
}

## The home page
home-title = Inter-state dialogue on migration
home-heading = Inter-state dialogue on migration, in one place
home-lede = Agora keeps the landscape of Regional Consultative Processes on migration (RCPs), inter-regional fora, regional organisations and their migration bodies, and the Global Forum on Migration and Development: who takes part and since when, with the sources of every fact.
home-find = Find a state, a forum, an organisation or a document
home-find-placeholder = Ethiopia, Colombo Process, remittances…
home-browse-html = Or browse <a href="{ $areas }">every state and territory</a>, <a href="{ $fora }">every forum</a> or <a href="/documents">the library</a>.
home-fora-on = Fora on { $day }
home-counts-html = <a href="{ $href }">{ $fora } fora</a> existed on this date; { $memberships } memberships were in force; the registry knows { $areas } states and territories.
home-by-category = Fora by category on { $day }
home-world = How many fora each state takes part in
home-same-as-table = The same data as a table ({ $count } states and territories)
home-states-caption = Fora each state takes part in on { $day }
home-latest = Latest changes
home-no-changes = No changes recorded yet.
home-map-title = World map: number of fora each state takes part in on { $day }
home-map-svg-title = Number of fora each state takes part in on { $day }

## Organisations
orgs-title = Organisations
orgs-lede = International and regional organisations that act as secretariats, observers or partners of fora.
orgs-caption = Organisations, with the number of roles they hold or held in fora
orgs-acronyms = Acronyms
orgs-kind = Kind
orgs-roles = Roles
org-other-names = Other names
org-roles = Roles in fora
org-no-roles = No roles are recorded.
org-roles-caption = Where { $name } is or was secretariat, observer or partner
org-note = Note

## Version histories
history-title = Version history of { $name }
history-covers-forum = Every change to the forum’s profile and to its members, chairs and secretariat,
history-covers-record = Every change to this record (memberships are in each forum’s history),
history-how-html = newest first, with who made it by role. <a href="{ $href }">Back to { $name }</a>.
history-none = No changes are recorded.
history-version = { $op ->
    [create] { $what } added by { $by }
    [delete] { $what } removed by { $by }
   *[update] { $what } changed by { $by }
}
history-fields = { $count ->
    [one] { $count } field
   *[other] { $count } fields
}
history-field = Field
history-before = Before
history-after = After
history-what-forum = the forum’s profile
history-what-membership = entry { $id }
history-what-document = document { $id }
history-what-report = error report { $id }
history-what-meeting = meeting { $id }
history-what-area = the state’s record
history-what-organisation = the organisation’s record
history-by-secretariat = the secretariat of { $forum }
history-by-focal-point = the focal point of { $area }
history-by-editor = an editor
history-by-admin = an administrator
history-by-published = { $who } (published by an editor)
history-by-builtin = the built-in dataset
history-by-import = a data import

## How sure we are
provenance-title = How sure we are: the provenance of the registry’s facts
provenance-heading = How sure we are of each fact
provenance-lede-html = Every forum and membership in Agora cites its sources. A fact is <strong>verified</strong> only when at least one source is primary: the forum’s or its secretariat’s own site, an intergovernmental organisation’s, a government’s or an official journal’s, or the 2009 background paper. Encyclopedias, document mirrors and news never verify a fact by themselves. A fact not checked for more than { $days } days is <strong>stale</strong>.
provenance-by-state = Facts by state
provenance-by-state-caption = Fora and memberships by verification state and last check
provenance-state = State
provenance-facts = Facts
provenance-verified = Verified
provenance-unverified = Unverified
provenance-stale = Stale (never checked, or checked more than { $days } days ago)
provenance-never-checked = Never checked
provenance-by-source = Facts by their best source
provenance-by-class-caption = Facts by the best kind of publisher among their sources
provenance-publisher = Kind of publisher
provenance-by-host-caption = The source sites cited by the most facts
provenance-site = Site
provenance-citing = Facts citing it
provenance-by-year-caption = Facts by the year they were last checked
provenance-last-checked = Last checked
provenance-queue = To verify next ({ $count })
provenance-queue-how = Unverified and stale facts, never-checked first, then the oldest check, unverified before verified. Signed in, you can report an error with a source from any forum’s page; editors review each report.
provenance-queue-first-html = The first { $count } are listed here; <a href="{ $href }">the API</a> pages through all of them.
provenance-queue-caption = Facts to verify next
provenance-fact = Fact
provenance-best-source = Best source
provenance-kind-forum = forum
provenance-kind-membership = membership
provenance-never = never
provenance-class-primary = primary
provenance-class-encyclopedia = encyclopedia
provenance-class-mirror = document mirror
provenance-class-staging = preview copy of a site
provenance-class-other = other

## The API's page
api-title = API reference
api-lede-html = The JSON API lives under <code>/api/v1</code>; its OpenAPI 3.1 description is at <a href="/api/openapi.json">/api/openapi.json</a>. Lists return <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code>; errors are RFC 9457 problems (<code>application/problem+json</code>) with a stable <code>code</code>.
api-no-script-html = The interactive reference needs JavaScript; the <a href="/api/openapi.json">OpenAPI document</a> describes every endpoint without it.
