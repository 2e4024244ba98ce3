# Good practices and lessons learned (issue 20): the published practices, calls for practices,
# their peer review and an editor's decision.

## The record and its rules
id-not-practice = '{ $input }' is not a valid practice id: { $rule }
record-not-practice = not a good practice: { $error }
history-what-practice = the good practice { $id }
practice-english-required = an English version is required
practice-too-many = at most { $most } are allowed
practice-where = name at least one forum or state where it was applied
practice-named-twice = named twice
practice-period-order = it ends before it begins
practice-evidence-empty = evidence needs a document of the library, an address or a figure
store-practice-taken = the id { $id } is taken by another practice
change-practice-added = New good practice: { $title }
change-practice-updated = Good practice corrected: { $title }
change-practice-removed = A good practice was removed: { $title }
review-criterion-missing = every criterion of the rubric is scored
review-criterion-unknown = not a criterion of the rubric: use applied, relevant, effective, coherent, innovative, replicable or sustainable
review-score-range = a score from { $lowest } to { $highest }
review-comment-empty = say why, in a comment
review-affiliation = '{ $input }' is not an affiliation: use state:ISO3, forum:ID or organisation:NAME

## Refusals
practice-call-editors = only editors open calls, invite reviewers and decide
practice-call-title = a title of 1 to 300 characters
practice-no-such-account = there is no account with the e-mail { $email }: an administrator makes accounts
practice-not-invited = you are not invited to review this call
practice-accepted-already = you accepted this invitation already
practice-review-not-yours = the peer review's summary is written when the practice is published
practice-submitters = practices are submitted by a forum's secretariat, a state's focal point or an editor
practice-call-closed = the call closed on { $deadline }
practice-not-yours = you may submit practices only for the fora and states you act for
practice-not-returned = only a practice returned to you is submitted again
practice-contacts-not-yours = only the person who submitted it, or an editor, removes its contact details
practice-decision = '{ $typed }' is not a decision: use publish, return or reject
practice-accept-first = accept the invitation first, stating your affiliation
practice-not-in-review = this practice is not under review
practice-declared-already = you declared for this practice already
practice-enough-reviewers = this practice has the reviewers it needs
practice-conflict = a conflict of interest: your affiliation ({ $affiliation }) is named in the practice; an editor may let you review it
practice-conflict-declared = you declared a conflict of interest; an editor may let you review it
practice-scored-already = you scored this practice already
practice-declare-first = declare that you have no conflict of interest first
practice-override-reason = say why, in 1 to 1,000 characters
practice-not-a-reviewer = { $email } is not a reviewer of this call
practice-overridden-already = this reviewer may review it already
practice-reviews-missing = the reviews needed are not all in
practice-not-an-object = a practice is a JSON object of its fields
practice-own = you submitted this practice: it is for others to review
practice-not-declared = that reviewer has not declared for this round, or has scored
practice-no-longer-valid = the practice no longer passes the checks ({ $field }: { $said }): return it to its submitter

## The published practices
site-nav-practices = Good practices
search-what-practice = Good practice
practices-title = Good practices and lessons learned
practices-lede = What fora and states did, what came of it with its evidence, what did not work, and what it takes to do it again. Each is peer-reviewed after a call for practices, or cites the source it comes from.
practices-forum = Forum
practices-state = State
practices-theme = Theme
practices-none = No good practice is published yet.
practices-none-filtered = No published good practice matches.
practices-all = All good practices
forum-practices = Good practices
practice-peer-reviewed = Peer-reviewed.
practice-from-sources = From its sources.
practice-fora = Fora
practice-states = States
practice-themes = Themes
practice-period = When
practice-period-from-to = from { $from } to { $to }
practice-period-from = since { $from }
practice-period-to = until { $to }
practice-cost-label = Cost
practice-cost = { $band ->
    [low] Low: within a running budget
    [medium] Medium: a funded project
    [high] High: a programme over years or states
   *[unknown] Not known
}
practice-partners = Partners
practice-licence = Licence of its text
practice-field = { $field ->
    [context] Context
    [done] What was done
    [results] Results
    [lessons] Lessons learned, what did not work among them
   *[replication] Conditions for doing it again
}
practice-evidence = Evidence
practice-evidence-paragraph = { $title }, paragraph { $paragraph }
practice-no-sources = It came through a call for practices; its evidence is above.
practice-review-title = Peer review
practice-reviewed-by = { $count ->
    [one] Reviewed by one peer; published on { $day }, in answer to
   *[other] Reviewed by { $count } peers; published on { $day }, in answer to
}
practice-call-number = call { $number }
practice-rubric-caption = The rubric: each criterion's mean score out of 5
practice-criterion-col = Criterion
practice-mean-col = Mean score
practice-criterion = { $criterion ->
    [applied] Applied in practice
    [relevant] Relevant
    [effective] Effective, with evidence
    [coherent] Coherent with the Global Compact and human rights
    [innovative] Innovative
    [replicable] Replicable
   *[sustainable] Sustainable
}
practice-not-reviewed = Not peer-reviewed: it is built in from the source it cites.
practice-contacts = Contacts
practice-contacts-sign-in = The people to contact are shown to people signed in.
practice-no-contacts = No contact details are kept.
practice-contacts-remove = Remove these contact details
practice-cite-publisher = Agora, the hub of inter-state dialogue on migration

## Calls for practices
practice-calls-title = Calls for practices
practice-calls-lede = Editors call for practices on a theme. Secretariats and focal points submit them; invited reviewers declare any conflict of interest and score them; an editor decides.
practice-calls-none = No call for practices yet.
practice-call-col = Title
practice-deadline = Deadline
practice-call-closed-mark = closed
practice-call-open = Open a call
practice-call-questions = Questions
practice-call-questions-hint = One question a line.
practice-call-no-questions = The call asks no questions beyond the practice itself.
practice-call-how = A submission is read by its submitter, the call's reviewers and the editors until it is published. At least two reviewers score it; a third when their scores lie far apart.
practice-submit = Submit a practice
practice-revise = Revise and submit again
practice-resubmit = Submit again
practice-submit-to = In answer to
practice-reviewing = Reviewing
practice-accepted-as = You review this call as { $affiliation }.
practice-invited = You are invited to review the practices of this call. Say whom you speak for: a practice that names your state or forum is not yours to review.
practice-affiliation-kind = Affiliation
practice-affiliation-state = A state
practice-affiliation-forum = A forum
practice-affiliation-organisation = An organisation
practice-affiliation = Affiliation
practice-affiliation-hint = A state's ISO code (NPL), a forum's id (colombo-process) or an organisation's name.
practice-accept = Accept
practice-yours = Your submissions
practice-submissions = Submissions
practice-status-col = Status
practice-round-col = Round
practice-status = { $status ->
    [submitted] Under review
    [returned] Returned to its submitter
    [published] Published
   *[rejected] Rejected
}
practice-reviewers = Reviewers
practice-reviewer-col = Reviewer
practice-no-reviewers = No reviewer is invited yet.
practice-not-accepted = not accepted yet
practice-invite-email = E-mail of the account
practice-invite = Invite to review
practice-title-en = Title (English)
practice-summary-en = Summary (English)
practice-from = From (YYYY, YYYY-MM or YYYY-MM-DD)
practice-to = To
practice-evidence-url = Evidence: an address
practice-evidence-note = What it shows
practice-contacts-hint = Shown only to people signed in; you may have them removed at any time.
practice-contact-name = Name
practice-contact-role = Function
practice-contact-email = E-mail

## A submission and its review
practice-stage = Review
practice-stage-reviewing = { $done } of { $needed } reviews in
practice-stage-third = The two reviews lie far apart: a third reviewer is asked
practice-stage-ready = The reviews are in: an editor decides
practice-answers = Answers to the call's questions
practice-reviews = Reviews
practice-no-reviews = No review yet.
practice-review-heading = Round { $round }, reviewer { $number }
practice-review-mine = yours
practice-review-declared = Declared no conflict; not scored yet.
practice-review-blind = Scored; shown once your own review and the reviews needed are in.
practice-review-total = Total: { $total } out of 35
practice-score-col = Score
practice-comment-col = Comment
practice-declare = Declare
practice-declare-question = Do you have a conflict of interest with this practice?
practice-declare-none = No conflict of interest
practice-declare-some = A conflict of interest
practice-declare-statement = What it is
practice-score = Send the review
practice-override = Let a reviewer with a conflict review it
practice-override-reason-label = Why
practice-release = Release a reviewer who has not scored
practice-release-hint = Another reviewer of the call may then review it in their place.
practice-decide = Decide
practice-decision-publish = Publish
practice-decision-return = Return with the reviews
practice-decision-reject = Reject
practice-decision-note = Note
practice-history = History
practice-event = { $event ->
    [submitted] Submitted
    [resubmitted] Submitted again, revised
    [declared] A reviewer declared no conflict of interest
    [refused] A reviewer was refused for a conflict of interest
    [override] An editor let a reviewer with a conflict review it
    [reviewed] A review came in
    [third_asked] A third reviewer was asked
    [returned] Returned with the reviews
    [published] Published
    [rejected] Rejected
    [contacts_removed] Its contact details were removed
    [released] An editor released a reviewer who had not scored
   *[other] { $event }
}
