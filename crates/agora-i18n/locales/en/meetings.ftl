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
