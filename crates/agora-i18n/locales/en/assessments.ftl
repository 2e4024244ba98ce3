# Assessments of what a forum achieved against its own objectives (issue 21): the workbench's
# refusals and the report's words. A forum is compared only with itself.

## Refusals
assessment-editors = only editors open assessments, assign researchers and publish reports
assessment-secretariat = only the assessed forum's secretariat replies to a draft report
assessment-researchers-only = only the researchers assigned to this assessment work on it
assessment-year = a year from { $first } to { $last }
assessment-period-order = the period ends before it begins
store-assessment-taken = the forum has an assessment of that period already ({ $id })
assessment-published = the report is published: it no longer changes
assessment-needs-objectives = record at least one of the forum's objectives before publishing
assessment-changed = someone changed the assessment meanwhile: read it again and retry
assessment-consent = the interviewee's consent does not cover quoting this extract
assessment-assigned-already = this researcher is assigned already
assessment-not-one-of = “{ $typed }” is not one of: { $words }
assessment-empty = this cannot be empty
assessment-no-objective = there is no objective { $number } in this assessment
assessment-not-a-researcher = the account { $email } does not hold the researcher role
assessment-range = characters { $start } to { $end } are not a passage of a text of { $length } characters
assessment-no-extract = there is no extract { $number } of this interview
assessment-no-interview = there is no interview { $number } to use in this assessment
assessment-code-empty = tag the passage with a dimension or an objective at least
assessment-code-source = name either an interview or a document of the library
assessment-no-text = the document has no text in the language { $lang }
assessment-future = the interview cannot be held after today
assessment-no-paragraph = the document has no paragraph { $number }
assessment-serves-none = name the objectives the output served
assessment-no-evidence = give the evidence of the change
assessment-passage-not-found = the passage is not in that text: copy its words exactly as they read
assessment-not-a-number = “{ $typed }” is not a number
assessment-withdrawn-already = this interview was withdrawn already
assessment-released-already = this extract is released already
assessment-document-not-public = the document { $id } is not public: a report cites only what anyone may read

## Words
assessment-word = { $word ->
    [networks] Networks of individuals
    [trust] Trust and confidence
    [understanding] Understanding of migration
    [capacity] Capacity
    [governance] Migration governance (laws, policies, practices)
    [none] No sign of a contribution
    [limited] Limited
    [moderate] Moderate
    [substantial] Substantial
    [low] Low
    [medium] Medium
    [high] High
    [claimed] Claimed
    [plausible] Plausible
    [documented] Documented
    [corroborated] Corroborated
    [law] Law
    [policy] Policy
    [practice] Practice
    [meeting] Meeting
    [document] Document
    [training] Training
    [tool] Tool
    [joint_project] Joint project
    [notes_only] Notes only, nothing quoted
    [quotable] Approved extracts may be quoted, without a name
    [draft] Draft
    [published] Published
    [opened] Opened
    [assigned] Researcher assigned
    [objective] Objective recorded
    [output] Output recorded
    [impact] Impact recorded
    [rating] Dimension rated
    [method] Method and limits written
    [interview] Interview recorded
    [extract] Extract marked
    [released] Extract released to the report
    [coded] Passage coded
    [withdrawn] Interview withdrawn
    [reply] Reply of the secretariat
    [for] For
    [against] Against
   *[other] { $word }
}

## The list
assessments-title = Assessments of fora
assessments-lede = What each forum achieved against its own objectives, over a period, with the evidence: never a ranking of fora.
assessments-none = No assessment is published yet.
assessments-caption = Assessments, by forum and period
assessments-all = All assessments
assessment-forum-col = Forum
assessment-period-col = Period
assessment-status-col = Status
assessment-open = Open an assessment
assessment-from = First year
assessment-to = Last year

## The report
forum-assessments = Assessments against its own objectives
forum-assessment-of = What it achieved, { $period }
assessment-title = { $forum }, { $period }: what it achieved against its own objectives
assessment-draft-notice = A draft: read only by its researchers, editors and the forum's secretariat until an editor publishes it.
assessment-published-on = Published on { $day }.
assessment-own-objectives = Measured against the objectives the forum set itself, not against other fora:
assessment-objectives = The forum's objectives
assessment-none-yet = None recorded.
assessment-outputs = Outputs
assessment-kind-col = Kind
assessment-output-col = Output
assessment-date-col = Date
assessment-serves-col = Objectives served
assessment-impacts = Impacts on states' laws, policies and practices
assessment-impact-heading = { $change }: { $state }
assessment-objective-col = Objective
assessment-attribution = Attribution to the forum
assessment-judged-by = Judged by
assessment-dimensions = The five dimensions of contribution
assessment-dimension-col = Dimension
assessment-rating-col = Rating
assessment-confidence-col = Confidence
assessment-passages = Coded passages, for and against
assessment-objective-n = Objective { $number }
assessment-place-document = { $document }, paragraph { $paragraph }
assessment-place-interview = Interview { $number }
assessment-for = For:
assessment-against = Against:
assessment-extracts = From the interviews
assessment-no-extracts = No extract of an interview is released to this report.
assessment-an-interviewee = An interviewee
assessment-method = Method
assessment-interviews-held = { $count ->
    [one] One interview was held.
   *[other] { $count } interviews were held.
}
assessment-interviews-withdrawn = { $count ->
    [one] One interviewee withdrew consent: nothing of that interview is used.
   *[other] { $count } interviewees withdrew consent: nothing of those interviews is used.
}
assessment-limits = Limits
assessment-no-ranking = This report compares the forum with itself over time, never with other fora.
assessment-pdf = This report as a PDF (A4, to print or send)
assessment-replies = The secretariat's reply
assessment-no-replies = The forum's secretariat has not replied.
assessment-reply-by = The forum's secretariat, { $day }
assessment-reply = Reply to the draft
assessment-interviews = Interviews
assessment-interviews-confidential = Confidential: shown only to the researchers assigned to this assessment.
assessment-withdrawn = Withdrawn: the interviewee withdrew consent, and its notes, extracts and codes were removed.
assessment-released = released to the report
assessment-approved = approved by the interviewee
assessment-researchers = Researchers
assessment-no-researchers = No researcher is assigned yet.
assessment-assign-email = E-mail of an account with the researcher role
assessment-assign = Assign a researcher
assessment-publish = Publish the report
assessment-history = History
assessment-step-col = Step
assessment-note-col = Note
assessment-by-col = By

## The researchers' workbench
assessment-workbench = Workbench
assessment-workbench-lede = For the researchers assigned to this assessment. Every step is kept in the history; the interviews' notes are never shown to anyone else.
assessment-add-objective = Record an objective
assessment-objective-text = The objective, in the words of its source
assessment-document = Document of the library
assessment-paragraph = Paragraph
assessment-objectives-first = Record an objective first: outputs and impacts are recorded against the forum's objectives.
assessment-add-output = Record an output
assessment-meeting-id = Meeting it is (its id, if the registry holds it)
assessment-document-id = Document of the library (its id)
assessment-add-impact = Record an impact
assessment-state-code = State (ISO 3166-1 alpha-3 code)
assessment-change = What changed
assessment-description = Description
assessment-evidence-url = Evidence: address of a page
assessment-evidence-note = What the evidence shows
assessment-rate = Rate a dimension
assessment-write-method = Write the method and limits
assessment-add-interview = Record an interview
assessment-interviewee-role = The interviewee's role (never a name)
assessment-held-on = Held on
assessment-consent-label = Consent
assessment-notes = Notes
assessment-themes = Themes
assessment-themes-hint = One per line.
assessment-add-extract = Mark an extract
assessment-interview-col = Interview
assessment-passage = The passage, exactly as it reads
assessment-passage-hint = Copy its words from the text: its place is found from them.
assessment-approved-label = The interviewee approved quoting it
assessment-release = Release an extract to the report
assessment-extract-number = Extract number
assessment-withdraw = Withdraw an interview
assessment-withdraw-warning = When an interviewee withdraws consent, the interview's notes, extracts and codes are removed for good: the assessment keeps only the fact that an interview was withdrawn.
assessment-code = Code a passage
assessment-source = Where the passage is
assessment-stance = It speaks
