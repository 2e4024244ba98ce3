## Recommendations and their follow-up: the register, a recommendation's page, the follow-up
## dashboard, and the rules a recommendation or a follow-up entry must keep.

site-nav-recommendations = Recommendations
recs-title = Recommendations
recs-lede = What the fora recommended and agreed, where it is written, what it repeats, and what was done about it.
recs-q = Words of the recommendation
recs-forum = Forum
recs-meeting = Meeting
recs-theme = Theme
recs-addressee = Addressed to
recs-status = Follow-up status
recs-kind = Kind
recs-none = No recommendation matches these filters.
recs-count = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
recs-count-page = { $count ->
    [one] { $count } recommendation, { $shown } on this page
   *[other] { $count } recommendations, { $shown } on this page
}
recs-col-recommendation = Recommendation
recs-col-source = Made by
recs-col-date = Date
recs-col-progress = Progress
recs-progress-of = Progress of { $id }
recs-percent = { $value } %
recs-not-reported = nothing reported
recs-follow-up-count = { $count ->
    [one] { $count } follow-up entry
   *[other] { $count } follow-up entries
}
recs-all = All recommendations

rec-kind-recommendation = Recommendation
rec-kind-possible-outcome = Possible outcome
rec-kind-agreement = Agreement
rec-kind-action-plan = Action plan
rec-kind-track = Track
rec-kind-area = Area of action
rec-kind-item = Action
rec-relation-repeats = repeats
rec-relation-builds-on = builds on
rec-relation-replaces = replaces
rec-part-of = Part of
rec-source = Where it is written
rec-all-states = all participating states
rec-weight = Weight in its plan
rec-parts = Its parts and their progress
rec-previously = As previously recommended by
rec-later = Taken up again
rec-support = Fora supporting its implementation
rec-no-support = No forum has declared its support yet.
rec-follow-up = What was done
rec-no-follow-up = Nothing has been reported yet.

follow-ups-title = Follow-up dashboard
follow-ups-lede = { $count ->
    [one] { $count } follow-up entry you may see, counted by status, forum, state and theme.
   *[other] { $count } follow-up entries you may see, counted by status, forum, state and theme.
}
follow-ups-plans = Action plans
follow-ups-no-plans = No action plan is recorded.
follow-ups-by-status = By status
follow-ups-by-forum = By forum
follow-ups-by-state = By state
follow-ups-by-theme = By theme
follow-ups-none = Nothing to count yet.
follow-ups-entries = Entries
follow-up-participants-only = for the forum's participants only
follow-up-evidence = Evidence
follow-up-timeline = Timeline

follow-up-kind-endorsement = Endorsement
follow-up-kind-commitment = Commitment
follow-up-kind-support-declaration = Declaration of support
follow-up-kind-activity = Activity
follow-up-kind-law-change = Change of law
follow-up-kind-policy-change = Change of policy
follow-up-kind-practice-change = Change of practice
follow-up-kind-report = Report
follow-up-status-planned = planned
follow-up-status-under_way = under way
follow-up-status-completed = completed
follow-up-status-stalled = stalled
follow-up-status-discontinued = discontinued

history-what-recommendation = the recommendation { $id }
history-what-follow-up = the follow-up entry { $id }

id-not-recommendation = '{ $input }' is not a valid recommendation id: { $rule }
id-not-follow-up = '{ $input }' is not a valid follow-up id: { $rule }
id-rule-record = 1-120 lower-case letters, digits and . : -, starting and ending with a letter or digit
record-not-recommendation = not a recommendation: { $error }
record-not-follow-up = not a follow-up entry: { $error }
check-unknown-recommendation = unknown recommendation '{ $id }'
check-unknown-follow-up = unknown follow-up entry '{ $id }'
no-such-party = no state, forum or organisation is called '{ $id }'
recommendation-text-english = a recommendation needs its words in English
recommendation-paragraph-needs-document = a paragraph is a paragraph of a document: name the document
recommendation-paragraph-from-one = paragraphs are counted from 1
recommendation-related-to-itself = a recommendation cannot be related to itself
recommendation-related-twice = each related recommendation is named once
recommendation-part-of-itself = a recommendation cannot be part of itself
recommendation-weight-range = a weight is a whole number from 0 to { $most }
follow-up-with-only-support = only a declaration of support is made jointly with other fora
follow-up-support-by-forum = a declaration of support is made by a forum
follow-up-progress-range = progress is a percentage from 0 to 100, not { $progress }
follow-up-completed-is-100 = a completed follow-up is 100 % done
follow-up-before-recommendation = { $date } is before the recommendation was made ({ $made })
follow-up-updates-in-order = the timeline's updates go from the oldest to the latest
follow-up-transition = a follow-up cannot go from “{ $from }” to “{ $to }”
follow-up-latest-update = the status and progress are those of the latest update of the timeline
follow-up-evidence-empty = evidence is a document of the library or an address
follow-up-part-of-itself = a follow-up entry cannot be part of itself
follow-up-not-confidential = a follow-up entry is public or for a forum's participants, never confidential

## What changed, in the feeds and on the home page.
change-recommendation-added = New recommendation of { $forum }: { $words }
change-recommendation-updated = Recommendation of { $forum } corrected: { $words }
change-recommendation-removed = A recommendation of { $forum } was removed: { $words }
change-follow-up-added = { $actor } reported on { $recommendation }: { $status }, { $progress } % done.
change-follow-up-status = The follow-up by { $actor } of { $recommendation } is now { $status } ({ $progress } % done).
change-follow-up-updated = The follow-up by { $actor } of { $recommendation } was updated: { $status }, { $progress } % done.
change-follow-up-removed = A follow-up entry by { $actor } of { $recommendation } was removed.
search-type-follow-up = Follow-up entries

## Reporting cycles: a forum's secretariat asks its member states to report by a deadline.
cycles-title = Reporting cycles
cycles-lede = Where the member states stand on the recommendations their forum's secretariat asked them about, report by report.
cycles-none = No reporting cycle you may see.
cycle-deadline-label = Deadline
cycle-forum-label = Forum
cycle-counts = { $reported } of { $expected } reports made; { $validated } validated, { $queried } queried.
cycle-closed = The deadline has passed.
cycle-open = Reports are due by { $deadline }.
cycle-col-state = State
cycle-col-recommendation = Recommendation
cycle-col-reported = Reported
cycle-col-review = Review
cycle-review-pending = awaiting review
cycle-review-validated = validated
cycle-review-queried = queried
cycle-missing = not reported
cycle-disagreements = Where the state and the secretariat disagree
cycle-no-disagreement = No report has been queried.
cycle-overdue = States with reports overdue
cycle-overdue-row = { $count ->
    [one] { $count } report owed
   *[other] { $count } reports owed
}
cycle-reminded = reminded on { $date }
cycle-no-overdue = No state owes a report.
cycle-not-keeper = only the forum's secretariat or an editor opens its reporting cycles and reviews their reports
cycle-not-reporter = only a focal point of a state the cycle asks reports for that state
cycle-title = a cycle needs a title of at most 300 characters
cycle-state-not-member = { $state } is not a member of { $forum } today
cycle-deadline = “{ $typed }” is not a day (YYYY-MM-DD)
cycle-deadline-past = the deadline is today ({ $today }) or later
cycle-list-size = give at least one and at most { $most }
cycle-recommendation-not-asked = the cycle does not ask about { $id }
cycle-status = “{ $typed }” is not a status: planned, under_way, completed, stalled or discontinued
cycle-report-validated = this report was validated: it is not changed any more
cycle-decision = “{ $typed }” is not a decision: validated or queried
cycle-query-needs-note = a query says what is to be checked
cycle-report-not-pending = this report is not awaiting review
cycle-reported = { $status }, { $progress } %
cycle-validate = Validate
cycle-query = Query
cycle-query-note = What is to be checked
cycle-report-heading = Report for your state
cycle-report-note = What was done (optional)
cycle-report-submit = Send the report

csv-party = “{ $typed }” is not a state, organisation or forum: write area:CODE, organisation:id or forum:id
csv-whole-number = “{ $typed }” is not a whole number
follow-ups-csv = The follow-up you may see, as a spreadsheet (CSV): edit it and propose it back
rec-relation-unrelated = not related
rec-proposals = Likely related (proposed by Agora)
rec-proposals-lede = Recommendations that share this one's words or what it is about, in any language. Confirm how the later one stands to the earlier, or say they are not related: a confirmed link is published at once and shown as "As previously recommended by".
rec-proposal-score = score { $score }
rec-proposal-decision = Decision
rec-proposal-decide = Record the decision
related-confirmed-title = { $later } { $how } { $earlier }
related-editors-only = only editors decide on proposed links between recommendations
related-already = these recommendations are linked already
follow-ups-overdue = Reports overdue
part-of-other-forum = a part belongs to the forum of what it is part of ({ $forum })
part-of-cycle = this would make it part of itself, through what it is part of
follow-up-part-of-other-recommendation = a part follows up the same recommendation as its whole ({ $id })
follow-up-id-taken = this id is taken: give the entry another

## Declaring a forum's support for implementing a recommendation
support-declare = Declare a forum's support for implementing it
support-title = Declare support for implementing { $id }
support-lede-html = A forum declares that it will support implementing <a href="{ $href }">this recommendation</a>, alone or jointly with other fora. The declaration goes to the editors for review; once published, it shows on the recommendation's page among the fora supporting its implementation.
support-field-forum = Forum declaring its support
support-field-with = Jointly with
support-field-with-hint = Only the fora you may contribute for are listed: a joint declaration is made by someone who may speak for every forum in it. The forum chosen above is not counted twice.
support-field-status = Where its implementation stands
support-field-date = When it was declared
support-field-date-hint = A year, a month or a day, as you would write it (2015, November 2015, 12 November 2015).
support-field-description = What the forum declares
support-field-evidence = Where the declaration is written
support-field-evidence-hint = A web address (https://…), if the declaration is published.
support-mistake-forum = Choose a forum you may contribute for.
support-mistake-with = You may only declare support jointly with fora you may contribute for.
support-mistake-status = Choose where its implementation stands.
support-mistake-future = A declaration cannot be dated in the future.
support-mistake-description = Say what the forum declares.
support-mistake-evidence = Give a web address starting with https:// or http://, or leave it empty.
support-contribution-title = Support of { $forum } for { $id }
