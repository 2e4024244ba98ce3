## The calendar of meetings and a meeting's page.

site-nav-meetings = Meetings
meetings-title = Meetings
meetings-lede = Who met where, who was invited and what came out: the meetings of the fora, the latest first.
meetings-q = Words in the title, theme or place
meetings-when = When
meetings-when-all = Past and upcoming
meetings-when-upcoming = Upcoming
meetings-when-past = Past
meetings-forum = Forum
meetings-state = State taking part
meetings-kind = Kind of meeting
meetings-year = Year
meetings-none = No meeting matches these filters.
meetings-count = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
meetings-count-page = { $count ->
    [one] { $count } meeting, { $shown } on this page
   *[other] { $count } meetings, { $shown } on this page
}
meetings-col-dates = Dates
meetings-col-meeting = Meeting
meetings-col-place = Place
meetings-all = All meetings
meeting-place = { $city }, { $country }
meeting-held-by = Held by
meeting-status = Status
meeting-status-since = since { $date }
meeting-part-of = Part of
meeting-host = Host
meeting-chairs = Chaired by
meeting-theme = Theme
meeting-participants = Taking part
meeting-agenda = Agenda
meeting-parts = Sessions and related meetings
meeting-documents = Outcome documents
meeting-no-documents = No outcome document of this meeting is in the library.
meeting-note = Notes
meeting-sources = Sources
meeting-verified = Verified against a primary source.
meeting-unverified = Not yet verified against a primary source.
meeting-kind-ministerial = Ministerial meeting
meeting-kind-senior-officials = Senior officials' meeting
meeting-kind-technical = Technical meeting
meeting-kind-workshop = Workshop
meeting-kind-training = Training
meeting-kind-global-rcp-meeting = Global meeting of RCPs
meeting-kind-gfmd-summit = GFMD summit
meeting-kind-gfmd-roundtable = GFMD roundtable
meeting-kind-civil-society-days = Civil society days
meeting-kind-other = Other meeting
meeting-status-scheduled = Scheduled
meeting-status-held = Held
meeting-status-postponed = Postponed
meeting-status-cancelled = Cancelled
meeting-role-participant = participant
meeting-role-observer = observer
meeting-role-guest = guest
meeting-role-speaker = speaker
forum-meetings = Meetings
forum-meetings-none = No meeting of this forum is recorded yet.
forum-meetings-all = All meetings of { $name }
area-meetings = Meetings
area-meetings-none = No meeting this state took part in is recorded yet.
meetings-feed-all = Agora: meetings
meetings-feed-forum = Agora: meetings of { $name }
meetings-feed-state = Agora: meetings { $name } took part in
meetings-feed-description = { $kind }. Held by { $fora }.
meetings-subscribe = Subscribe to these meetings (iCalendar)

## Proposing a meeting, or a correction of one.

forum-propose-meeting = Propose a meeting
meeting-propose-correction = Propose a correction of this meeting
meeting-propose-title = Propose a meeting of { $name }
meeting-correct-title = Propose a correction of { $title }
meeting-revise-title = Revise { $title }
meeting-propose-lede-html = An editor reviews what you send before it appears on the calendar and on <a href="{ $href }">the forum's page</a>. Give what the sources say; leave empty what they do not.
meeting-field-title = Title (in English)
meeting-field-titles-other = Its title in the other UN languages
meeting-title-in = { $language ->
    [ar] Title in Arabic
    [zh] Title in Chinese
    [fr] Title in French
    [ru] Title in Russian
   *[es] Title in Spanish
}
meeting-choose-kind = Choose a kind of meeting
meeting-choose-status = Choose where it stands
meeting-field-also-held-by = Also held by
meeting-field-also-held-by-hint = Other fora holding it jointly, one a line. You can propose a joint meeting only for fora you contribute for.
meeting-field-status-since = Status since
meeting-field-start = First day
meeting-field-end = Last day
meeting-field-end-hint = Leave empty for a meeting of one day.
meeting-field-city = City
meeting-field-country = Country
meeting-field-venue = Venue
meeting-field-host-hint = As the sources say it, for example “Government of Greece”.
meeting-field-hosts = Hosted by
meeting-field-parties-hint = States, organisations or fora, one a line, by their names as Agora writes them.
meeting-field-chairs-hint = One a line, as the sources name them.
meeting-field-participants = Participants
meeting-field-observers = Observers
meeting-field-guests = Guests
meeting-field-speakers = Speakers
meeting-field-agenda-hint = One item a line.
meeting-field-summary = Summary
meeting-field-documents-none-html = No document of this forum that you may see is in the library yet: <a href="{ $href }">upload one</a> first, then come back.
meeting-field-documents-hint-html = The documents of the library that came out of it. Not there yet? <a href="{ $href }">Upload it</a> first.
meeting-part-of-none = Not part of another meeting
meeting-option = { $title } ({ $dates })
meeting-field-source-hint = The web address of a page that says the meeting took place or is planned, starting https://
mistake-meeting-title = a meeting needs a title in English
mistake-meeting-kind = choose one of the kinds of meeting offered
mistake-meeting-status = choose one of the statuses offered
mistake-meeting-not-yours = you do not contribute for { $name }: a joint meeting is proposed by someone who contributes for every forum holding it
mistake-not-a-forum = “{ $typed }” is not a forum
mistake-not-a-state = “{ $typed }” is not a state
mistake-meeting-party-twice = { $name } is named in two roles: give each party one
mistake-meeting-document = one of the documents chosen is not in the library
mistake-meeting-part-of = choose one of the meetings offered
mistake-meeting-source = a meeting needs a source: the web address of a page that says so

meeting-times-label = Times
meeting-times = { $start }–{ $end } ({ $zone })
meeting-time-from = from { $start } ({ $zone })
meeting-time-until = until { $end } ({ $zone })
meeting-field-start-time = Opening time (first day)
meeting-field-end-time = Closing time (last day)
meeting-field-time-hint = On the 24-hour clock, for example 09:30. Leave empty when not known.
meeting-field-time-zone = Time zone
meeting-field-time-zone-hint = Where it is held, as the time zone database names it, for example Asia/Dhaka or Europe/Brussels.
mistake-time-zone = “{ $typed }” is not a time zone we know: write it as the time zone database does, for example Asia/Dhaka

meetings-view-list = Show as a list
meetings-view-month = Show by month
meetings-months = Months
meetings-month-prev = Previous month
meetings-month-next = Next month
meetings-month-more = { $count ->
    [one] { $count } more
   *[other] { $count } more
}
meetings-month-undated = Also this month, its days not recorded
meeting-map-title = { $place }, marked on the world map
meeting-map-credit-html = City locations: <a href="https://www.geonames.org/">GeoNames</a>, CC BY 4.0.
meetings-show = Show meetings
meeting-how-held = organiser
meeting-how-hosted = host
meeting-how-chaired = chair
org-meetings = Meetings
org-meetings-none = No meeting this organisation took part in is recorded yet.
