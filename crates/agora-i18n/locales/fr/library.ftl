# The document library and the search: the list of documents, a document, citing it, uploading
# one; the search page.

## The list of documents
docs-title = Documents
docs-title-of = Documents of { $name }
docs-heading-of-html = Documents of <a href="{ $href }">{ $name }</a>
docs-lede = Outcome documents of the fora: declarations, action plans, reports, background papers, studies and statements.
docs-upload-html = <a href="{ $href }">Upload a document</a> (an editor publishes it after review).
docs-search = Search the text of the documents
docs-search-of = Search the text of the documents of { $name }
docs-none = No documents.
docs-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
docs-count-page = { $count ->
    [one] { $count } document, { $shown } on this page
   *[other] { $count } documents, { $shown } on this page
}
docs-col-title = Title
docs-col-date = Date
docs-restricted = (restricted)

## Kinds of document
doc-kind-declaration = Declaration
doc-kind-action-plan = Action plan
doc-kind-meeting-report = Meeting report
doc-kind-summary-report = Summary report
doc-kind-background-paper = Background paper
doc-kind-study = Study
doc-kind-statement = Statement
doc-kind-recommendations = Recommendations
doc-kind-other = Other

## A document
doc-authors = { $count ->
    [one] Author
   *[other] Authors
}
doc-publisher = Publisher
doc-meeting = Meeting
doc-published-at = Published at
doc-access = Access
doc-access-public = Public
doc-access-participants = For the participants of { $forum }
doc-access-participants-until = For the participants of { $forum }; public from { $day }
doc-access-confidential = Confidential: editors and researchers
doc-abstract = Abstract
doc-marked-html = { $count ->
    [one] “{ $q }”: { $count } word of the text marked. <a href="{ $href }">Go to it</a>.
   *[other] “{ $q }”: { $count } words of the text marked. <a href="{ $href }">Go to the first</a>.
}
doc-not-in-text = “{ $q }” is not in the text.
doc-not-in-text-language = “{ $q }” is not in the text in { $language }.
doc-back-to-search = Back to the search.
doc-files = Files
doc-language = Language: { $language }
doc-text = The text
doc-text-in = The text in { $language }
doc-words = { $count ->
    [one] { $count } word, as extracted from the file
   *[other] { $count } words, as extracted from the file
}
size-mb = { $size } MB
size-kb = { $size } KB
size-bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}

## Citing
cite-title = Cite this
cite-plain = Plain text
cite-accessed = (accessed { $day }).
cite-copy = Copy
cite-copied = Copied: { $what }.
cite-copy-failed = Select the text and copy it.
cite-bibtex = BibTeX entry
cite-csl = CSL-JSON (Zotero, Mendeley, pandoc)

## Uploading a document
upload-title = Upload a document
upload-lede-html = The file becomes a proposed document of the forum’s library. An editor reviews it; nothing reaches the library, the search or the public before an editor publishes it. Files may be PDF, Word (DOCX), HTML, plain text or Markdown, up to { $mb } MB. <a href="/documents">Back to the library</a>.
upload-no-fora = You may not upload documents for any forum.
upload-file = File
upload-doc-title = Title (leave empty to take it from the file)
upload-lang = Language (ISO 639-1 code such as en, fr, es, ar, ru, zh; leave empty to detect it)
upload-date = Date (YYYY, YYYY-MM or YYYY-MM-DD)
upload-who = Who may see it
upload-who-participants = The forum’s participants (its member states’ focal points, its secretariat, editors)
upload-who-everyone = Everyone
upload-who-confidential = Confidential: editors and researchers only
upload-public-from = Public from (YYYY-MM-DD; for a participants-only document that becomes public by itself on that day)
upload-themes = Themes (ids separated by commas)
upload-authors = Authors (one a line: people or bodies, as the document names them)
upload-abstract = Abstract (what it says, in a paragraph)
upload-source = Source (web address)

## The search
search-title = Search
search-title-for = { $q } — Search
search-q = Words or "a phrase", in any language
search-sort-relevance = Relevance
search-sort-date = Date, newest first
search-total = { $count ->
    [one] { $count } result.
   *[other] { $count } results.
}
search-total-for = { $count ->
    [one] { $count } result for “{ $q }”.
   *[other] { $count } results for “{ $q }”.
}
search-named = States and organisations
search-named-state = { $independent ->
    [true] , a state, taking part in { $count ->
        [one] { $count } forum
       *[other] { $count } fora
    } today
   *[false] , a territory, taking part in { $count ->
        [one] { $count } forum
       *[other] { $count } fora
    } today
}
search-named-other = { $kind ->
    [organisation] , an organisation
   *[forum] , a forum
}
search-did-you-mean-html = Did you mean <a href="{ $href }">{ $words }</a>?
search-did-you-mean-everywhere-html = Did you mean <a href="{ $href }">{ $words }</a> (searched in everything, without the filters)?
search-perhaps = Perhaps you meant:
search-or-perhaps = Or perhaps:
search-narrowed = Narrowed to:
search-remove-filter = (remove this filter)
search-narrow = Narrow the results
search-facet-type = Type
search-facet-kind = Kind
search-facet-forum = Forum
search-facet-year = Year
search-facet-language = Language
search-facet-theme = Theme
search-years = { $from }–{ $to }
search-what-forum = Forum
search-what-document = Document
search-next = Next results
