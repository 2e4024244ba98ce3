## What is said when an input is refused: by the rules of the records, the forms and the API.
## Placeables hold what was given (an id, a field's name) as it was given.

# Words Agora did not write (a library's complaint), said as they are.
said-as-given = { $text }
# Two complaints, one after the other.
said-then = { $first }; { $then }

## Dates

date-not-a-date = '{ $input }' is not a date: { $why }
date-year-range = the year is out of range (1800-2200)
date-month-range = the month must be 01-12
date-no-such-day = that month has no such day
date-full-needed = a full date YYYY-MM-DD is needed
date-expected-iso = expected YYYY, YYYY-MM or YYYY-MM-DD
date-slashed-day = a day written as 04/11/2025 reads differently in different countries: write 2025-11-04 or 4 Nov 2025
date-write-one = write a year (2025), a month (2025-11 or Nov 2025) or a day (2025-11-04 or 4 Nov 2025)

## The rules of the records (imports, proposals, agora check)

check-source-required = at least one source is required
check-not-a-url = '{ $url }' is not an http(s) URL
check-duplicate-id = duplicate id '{ $id }' (also at { $list }[{ $index }])
check-end-before-start = the end ({ $end }) is before the start ({ $start })
check-format = expected "{ $expected }", found "{ $found }"
check-version = this Agora reads version { $expected }, found { $found }
check-english-name = an English name is required
check-names-empty = names must not be empty
check-id-of-a-forum = '{ $id }' is already the id of a forum; ids are shared between fora and organisations
check-english-label = an English label is required
check-gcm-objective = the Global Compact has objectives 1-23, not { $given }
check-name-required = at least one non-empty name is required
check-category-required = a category is required
check-not-another-forum = '{ $id }' is not another forum
check-own-parent = a forum cannot be its own parent
check-unknown-forum = unknown forum '{ $id }'
check-unknown-theme = unknown theme '{ $id }'
check-unknown-m49 = unknown M49 code { $code }
check-id-of-an-organisation = '{ $id }' is already the id of an organisation; ids are shared between fora and organisations
check-parent-loop = the parent chain loops back to this forum
check-membership-id = a membership's id starts with its forum's id and a colon ('{ $forum }:...')
check-unknown-area = unknown area code '{ $id }'
check-unknown-organisation = unknown organisation '{ $id }'
check-member-of-itself = a forum cannot be a member of itself
# $why is one of the check-starts-/check-ends-/check-no-end- messages below, said of the membership.
check-membership-outside = membership '{ $id }' { $why }
check-the-membership-outside = the membership { $why }
check-starts-before-established = starts in { $own }, before its forum was established ({ $forum })
check-ends-before-established = ends in { $own }, before its forum was established ({ $forum })
check-starts-after-dissolved = starts in { $own }, after its forum was dissolved ({ $forum })
check-ends-after-dissolved = ends in { $own }, after its forum was dissolved ({ $forum })
check-no-end-but-dissolved = has no end, but its forum was dissolved in { $forum }: end it then at the latest
check-role-and-note = the role is 'member' but the note says '{ $other }': give each role its own row with its dates, or correct the role
check-suspension-inside = a suspension lies inside the membership's own dates (a member that left is not suspended)
check-verified-needs-primary = 'verified' needs at least one primary source (the forum's or an intergovernmental organisation's own site, a government's, an official journal, or the background paper); encyclopedias, document mirrors and news alone leave a fact 'unverified'
check-overlap = overlaps in time with '{ $other }', a row of the same member in the same role: merge them, or give them periods that do not share a day
check-undated-rows = { $undated } of its { $rows } rows have no dates while the others are dated; they count on no date until dated: { $ids }

## The rules of the library's records

doc-check-a-version = a document has at least one language version
doc-check-second-version = a second version in '{ $lang }'
doc-check-title = a title of 1-500 characters
doc-check-sha256 = not a SHA-256 in lower-case hex
doc-check-file-name = a file name of 1-255 characters
doc-check-authors = at most 50 authors
doc-check-author = an author of 1-300 characters
doc-check-publisher = a publisher of 1-300 characters
doc-check-abstract = an abstract of 1-5000 characters
doc-check-forum = a document belongs to at least one forum
doc-check-source-url = an http(s) address

## Identifiers, accounts, roles and steps

id-not-forum = '{ $input }' is not a valid forum id: { $rule }
id-not-organisation = '{ $input }' is not a valid organisation id: { $rule }
id-not-theme = '{ $input }' is not a valid theme id: { $rule }
id-not-document = '{ $input }' is not a valid document id: { $rule }
id-not-area = '{ $input }' is not a valid area code: { $rule }
id-not-membership = '{ $input }' is not a valid membership id: { $rule }
id-not-language = '{ $input }' is not a valid language code: { $rule }
id-rule-slug = lower-case letters, digits and single hyphens, at most 80 characters
id-rule-area = three upper-case letters (ISO 3166-1 alpha-3)
id-rule-membership = 1-200 letters, digits and . _ : -
id-rule-language = two or three lower-case letters (ISO 639)
account-not-an-email = '{ $input }' is not an e-mail address
account-not-an-id = '{ $input }' is not an account's id
password-too-short = a password needs at least { $least } characters (a few words make a good one)
password-too-long = a password may have at most { $most } characters
password-common = this password is among the most common ones; choose another
password-is-email = the password must not be the account's e-mail address
password-guessable = this password is too easy to guess (repeated characters, sequences, keyboard patterns or a few common words); a few unrelated words make a good one
role-not-a-role = '{ $input }' is not a role: use admin, editor, researcher, secretariat:FORUM, focal_point:STATE or reviewer:CALL
scope-not-a-scope = '{ $input }' is not a scope: use read, contribute or administer
# $state is a contribution-state-word, $step a contribution-step.
step-not-from-here = a contribution that is { $state } cannot take the step "{ $step }"
step-not-allowed = this account may not take the step "{ $step }" on this contribution
contribution-state-word = { $state ->
    [draft] a draft
    [submitted] submitted
    [in_review] in review
    [changes_requested] sent back for changes
    [published] published
   *[withdrawn] withdrawn
}

## Proposed records

# $field is the place in the record (as the API names it), $said what is wrong there.
check-at-field = { $field }: { $said }
# $error is the reader's complaint, in English as the JSON reader writes it.
record-not-forum = not a forum record: { $error }
record-not-membership = not a membership record: { $error }
record-not-document = not a document record: { $error }
record-not-error-report = not an error report record: { $error }
record-no-such-forum = there is no forum '{ $id }': contributions change existing fora
no-such-forum = there is no forum '{ $id }'
report-id = an error report's id is '{ $stem }' and a number
report-what-missing = say what is wrong
report-source = give the http(s) address of a page where the right fact can be read
at-most-characters = at most { $most } characters

## Contributions

token-reads-only = this API token may only read: make one that may contribute
only-secretariat-or-editor = only the secretariat of '{ $forum }' or an editor may propose changes to its records
document-uploaded-only = a document is proposed by uploading its file: POST /api/v1/documents (multipart) or the upload page; to correct an upload, upload the corrected file
record-names-no-forum = the record names no forum
record-names-fora = the record names more than one forum: a record belongs to one
report-not-a-record = an error report is sent from the forum's page (or report_error), never proposed as a record
records-none = propose at least one record
records-too-many = at most { $most } records in one contribution: split the batch
records-one-forum = one contribution changes the records of one forum: propose the others apart
records-twice = this record is already in the batch
report-needs-contribute-scope = reporting an error needs a token with the contribute scope
record-stays-with-forum = a record stays with its forum: a contribution cannot change a record's id or forum
record-id-as-written = write the record's id as its kind does: '{ $id }'
# $kind is the kind's name as the API writes it (forum, membership).
record-not-created = a { $kind } is not created by a contribution: propose a change to an existing one
record-names-another-forum = the record names another forum
record-changes-nothing = this proposal changes nothing: the record is like this already
# $state is a contribution-state-word.
contribution-not-editable = a contribution that is { $state } cannot be edited
contribution-not-rebasable = a contribution that is { $state } cannot be rebased
contribution-not-revisable = a contribution that is { $state } cannot be revised
contribution-same-record = a contribution keeps changing the same record
comment-empty = write a comment
step-unknown = use submit, start_review, request_changes, publish, withdraw or comment
comment-what-to-change = say what should change when sending a contribution back
contribution-up-to-date = the contribution is up to date: nothing to rebase
site-sends-no-mail = this site sends no mail: ask its operator for a link
only-contributors-propose = only a forum's secretariat or an editor may propose changes to its records

## Spreadsheets

spreadsheet-csv-only = send a CSV file (.csv) with the columns of `agora export --format csv`: fora.csv or memberships.csv
# $problems are the file's problems (file-problem messages, one after the other); $more how many more it has.
spreadsheet-problems = { $more ->
    [0] { $problems }
   *[other] { $problems }; and { $more } more
}
spreadsheet-nothing-new = no row of this file differs from the records as they are: nothing to propose

## Uploads

use-true-or-false = use true or false
only-contributors-upload = only a forum's secretariat or an editor may upload documents, in person or with an API token that may contribute
upload-kind-missing = say what kind of document it is
upload-kind-unknown = use declaration, action_plan, meeting_report, summary_report, background_paper, study, statement, recommendations or other
# $said is a date-not-a-date message.
upload-day = { $said } (use YYYY-MM-DD)
upload-date-bad = { $said } (use YYYY, YYYY-MM or YYYY-MM-DD)
upload-embargo = an embargo date goes with a participants-only document
upload-visibility = use public, participants or confidential
upload-forum-missing = say which forum the document is of
upload-confidential-unseen = you may not see a confidential document yourself: upload it for the forum's participants, or ask an editor
upload-no-language = the language could not be detected from the text: give it (an ISO 639-1 code such as en, fr, es, ar, ru, zh)
upload-unread = the file could not be read
extract-empty = the file is empty
extract-too-large = the file is larger than { $most } MB
# $found is a kind of file as its content shows it (PDF, DOCX, ZIP).
extract-mismatch = the name says { $extension } but the content is { $found }
extract-unsupported = '.{ $extension }' files are not read: use .txt, .md, .html, .htm, .docx or .pdf
extract-not-read-yet = { $format } files are recognised but their text cannot be read yet
# $why is the reader's complaint, in English.
extract-bad-docx = not a usable DOCX file: { $why }
extract-bad-pdf = the PDF could not be read: { $why }
extract-not-text = the content is not text (binary data, or text that is not UTF-8)
extract-no-text = no text was found in the file
# $kinds lists the kinds' names as the API writes them.
entity-unknown = '{ $entity }' is not a kind of record: use { $kinds }

## What the records as they are refuse

store-record-elsewhere = contribution { $id } may change only records of { $forum }: this one belongs elsewhere
# $state is a contribution-state-word.
store-no-longer = the contribution is no longer { $state }
store-report-opens = a report of an error cannot open a contribution to a { $kind }
store-no-record = a contribution changes at least one record
store-kind-undeclared = contribution { $id } changes a { $kind }, a kind of record not declared here
store-stale = stale: { $kind } { $id } changed since this contribution was drafted; rebase it first
store-changed-since-published = { $kind } { $id } changed since this contribution was published; it cannot be taken back
store-forum-not-removed = a forum cannot be removed by a contribution
store-account-exists = an account with the e-mail { $email } exists already

## Parameters of pages and the API

param-not-form-encoding = the query string is not valid form encoding
param-unknown = unknown parameter; expected one of: { $allowed }
param-twice = given more than once
# $said is a date-not-a-date message.
param-date = { $said } (expected YYYY-MM-DD, YYYY-MM or YYYY)
param-not-one-of = '{ $value }' is not one of: { $allowed }
param-not-between = '{ $value }' is not a whole number from { $least } to { $most }
param-not-flag = '{ $value }' is not '{ $expected }'
param-not-year = '{ $value }' is not a year from 1800 to 2200
param-not-month = '{ $value }' is not a month: write it as 2027-03
param-not-region = '{ $value }' is not a known M49 region code
param-years-reversed = is before year_from
param-rows-all-as-of = rows=all takes no as_of: it is every date
cursor-not-ours = the cursor is not one this search handed out (start again without it)
cursor-not-this-apis = not a cursor returned by this API
cursor-other-sort = this cursor belongs to another sort order
queue-for-editors = the review queue is for editors
document-not-revised = an uploaded document is not revised here: upload the corrected file instead
api-token-only = write through the API with an API token (Authorization: Bearer), not a session cookie
# $error is the JSON reader's complaint, in English.
body-not-json = the JSON body cannot be read: { $error }
entity-forum-or-membership = use forum or membership
record-or-records = give record or records, not both
record-missing = give the record proposed
upload-not-multipart = send the upload as multipart/form-data: { $error }
upload-multipart-unread = the multipart body cannot be read: { $error }
upload-one-file = send one file per upload
upload-no-name = the file has no name
upload-unknown-field = unknown field; this upload has file and { $fields }
upload-field-too-long = at most { $most } bytes
upload-not-utf8 = not UTF-8 text
upload-choose-file = choose a file to upload
param-compare-not-here = this page compares no dates: a forum's or a state's page does
form-unread = the form could not be read
email-too-long = an e-mail address has at most { $most } characters
token-cannot-manage = an API token cannot manage tokens or passwords: sign in to do it
form-token-wrong = the form's token is missing or wrong: reload the page and try again

## Accounts, tokens and administration

token-name = name the token (1-100 characters), e.g. after the program that uses it
tick-or-leave = tick it or leave it
token-administer-admin-only = only an administrator's token may administer
page-for-administrators = this page is for administrators
token-cannot-change-admin = an API token cannot change or disable an administrator: sign in to do it
token-cannot-give-powers = an API token cannot make accounts or grant roles: sign in to do it
no-such-state = there is no state '{ $id }'
cannot-disable-self = you cannot disable your own account
admin-action-unknown = use grant, revoke or disable
audit-outcome-unknown = use any, ok or refused
audit-before = a positive entry number
# $error is the JSON reader's complaint, in English.
proposal-unreadable = the stored proposal cannot be read: { $error }
propose-forum-or-entry = propose a change to the forum or to an entry
check-translation-english = the summary and objectives in English are the forum's own summary and objectives, not a translation
check-translation-empty = a translation gives a summary or objectives, none of them empty

## Files read for an import or a spreadsheet: where a problem is, and what it is

# A problem of a file: its name, where in it ($at: a file-at- message), the column or field, what is wrong.
file-problem = { $file }: { $said }
file-problem-field = { $file }: { $field }: { $said }
file-problem-at = { $file }: { $at }: { $said }
file-problem-at-field = { $file }: { $at }: { $field }: { $said }
file-at-line = line { $line }
file-at-line-id = line { $line } (id { $id })
file-at-header = header
file-not-utf8 = the file is not valid UTF-8 (bad byte at offset { $offset })
file-unknown-type = unknown file type: Agora imports .json (its own format or Popolo) and .csv (fora or memberships)
csv-value-required = a value is required
csv-not-bool = '{ $value }' is not true or false
# $error is the CSV reader's complaint, in English.
csv-unreadable-header = unreadable CSV header: { $error }
csv-missing-column = missing column '{ $column }'
csv-unknown-column = unknown column '{ $column }'
csv-column-twice = column '{ $column }' appears twice
csv-unreadable-row = unreadable row: { $error }
csv-formula-cell = this cell would run as a formula in a spreadsheet (it starts with =, +, -, @ or a tab): put an apostrophe before it to keep it as text
csv-not-a-period = '{ $value }' is not START/END (e.g. 2009-03/2014-01, or 2016-12/ while it lasts)
csv-not-m49 = '{ $value }' is not an M49 code
id-not-meeting = '{ $input }' is not a valid meeting id: { $rule }
record-not-meeting = not a meeting: { $error }
meeting-no-fora = a meeting is held by at least one forum
meeting-forum-twice = each forum holding the meeting is named once
meeting-title-english = a meeting needs a title in English
meeting-text-empty = must not be empty
meeting-part-of-itself = a meeting cannot be part of itself
meeting-hidden-documents = this meeting names outcome documents you may not see: an editor corrects it
time-unreadable = “{ $typed }” cannot be read as a time of day: write it as 09:30
meeting-time-needs-day = a time needs the day it is on: give the full date
meeting-time-needs-zone = a meeting's times need their time zone
meeting-unknown-zone = “{ $zone }” is not a time zone the time zone database knows
meeting-closes-before-it-opens = it closes before it opens
check-unknown-document = unknown document '{ $id }'
check-unknown-meeting = unknown meeting '{ $id }'
support-no-forum = only a forum's secretariat or an editor may declare a forum's support

metrics-not-allowed = only the addresses the operator allows may read the metrics
