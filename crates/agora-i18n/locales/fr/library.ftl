# La bibliothèque de documents et la recherche : la liste des documents, un document, sa citation,
# le dépôt d’un document ; la page de recherche.

## La liste des documents
docs-title = Documents
docs-title-of = Documents du forum { $name }
docs-heading-of-html = Documents du forum <a href="{ $href }">{ $name }</a>
docs-lede = Documents finaux des forums : déclarations, plans d’action, rapports, documents de référence, études et prises de position.
docs-upload-html = <a href="{ $href }">Déposer un document</a> (un éditeur le publie après relecture).
docs-search = Rechercher dans le texte des documents
docs-search-of = Rechercher dans le texte des documents du forum { $name }
docs-none = Aucun document.
docs-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
docs-count-page = { $count ->
    [one] { $count } document, dont { $shown } sur cette page
   *[other] { $count } documents, dont { $shown } sur cette page
}
docs-col-title = Titre
docs-col-date = Date
docs-restricted = (accès restreint)

## Types de document
doc-kind-declaration = Déclaration
doc-kind-action-plan = Plan d’action
doc-kind-meeting-report = Rapport de réunion
doc-kind-summary-report = Rapport de synthèse
doc-kind-background-paper = Document de référence
doc-kind-study = Étude
doc-kind-statement = Prise de position
doc-kind-recommendations = Recommandations
doc-kind-other = Autre

## Un document
doc-authors = { $count ->
    [one] Auteur
   *[other] Auteurs
}
doc-publisher = Publié par
doc-meeting = Réunion
doc-published-at = Publié à l’adresse
doc-access = Accès
doc-access-public = Public
doc-access-participants = Réservé aux participants du forum { $forum }
doc-access-participants-until = Réservé aux participants du forum { $forum } ; public à partir du { $day }
doc-access-confidential = Confidentiel : éditeurs et chercheurs
doc-abstract = Résumé
doc-marked-html = { $count ->
    [one] « { $q } » : { $count } mot surligné dans le texte. <a href="{ $href }">Y aller</a>.
   *[other] « { $q } » : { $count } mots surlignés dans le texte. <a href="{ $href }">Aller au premier</a>.
}
doc-not-in-text = « { $q } » ne figure pas dans le texte.
doc-not-in-text-language = « { $q } » ne figure pas dans le texte en { $language }.
doc-back-to-search = Retour à la recherche.
doc-files = Fichiers
doc-language = Langue : { $language }
doc-text = Le texte
doc-text-in = Le texte en { $language }
doc-words = { $count ->
    [one] { $count } mot, tel qu’extrait du fichier
   *[other] { $count } mots, tels qu’extraits du fichier
}
size-mb = { $size } Mo
size-kb = { $size } Ko
size-bytes = { $size ->
    [one] { $size } octet
   *[other] { $size } octets
}

## Citer
cite-title = Citer ce document
cite-plain = Texte brut
cite-accessed = (consulté le { $day }).
cite-copy = Copier
cite-copied = Copié : { $what }.
cite-copy-failed = Sélectionnez le texte et copiez-le.
cite-bibtex = Entrée BibTeX
cite-csl = CSL-JSON (Zotero, Mendeley, pandoc)

## Déposer un document
upload-title = Déposer un document
upload-lede-html = Le fichier devient un document proposé pour la bibliothèque du forum. Un éditeur l’examine ; rien n’apparaît dans la bibliothèque, dans la recherche ni auprès du public avant qu’un éditeur ne le publie. Les fichiers peuvent être au format PDF, Word (DOCX), HTML, texte brut ou Markdown, dans la limite de { $mb } Mo. <a href="/documents">Retour à la bibliothèque</a>.
upload-no-fora = Vous n’êtes autorisé à déposer des documents pour aucun forum.
upload-file = Fichier
upload-doc-title = Titre (laisser vide pour le reprendre du fichier)
upload-lang = Langue (code ISO 639-1, par exemple en, fr, es, ar, ru, zh ; laisser vide pour la détecter automatiquement)
upload-date = Date (AAAA, AAAA-MM ou AAAA-MM-JJ)
upload-who = Qui peut le consulter
upload-who-participants = Les participants du forum (les points focaux de ses États membres, son secrétariat, les éditeurs)
upload-who-everyone = Tout le monde
upload-who-confidential = Confidentiel : éditeurs et chercheurs uniquement
upload-public-from = Public à partir du (AAAA-MM-JJ ; un document réservé aux participants devient automatiquement public ce jour-là)
upload-themes = Thèmes (identifiants séparés par des virgules)
upload-authors = Auteurs (un par ligne : personnes ou organes, tels que le document les désigne)
upload-abstract = Résumé (ce que dit le document, en un paragraphe)
upload-source = Source (adresse web)

## La recherche
search-title = Recherche
search-title-for = { $q } — Recherche
search-q = Mots ou "une expression", dans n’importe quelle langue
search-sort-relevance = Pertinence
search-sort-date = Date (les plus récents d’abord)
search-total = { $count ->
    [one] { $count } résultat.
   *[other] { $count } résultats.
}
search-total-for = { $count ->
    [one] { $count } résultat pour « { $q } ».
   *[other] { $count } résultats pour « { $q } ».
}
search-named = États et organisations
search-named-state = { $independent ->
    [true] , un État, qui participe aujourd’hui à { $count ->
        [one] { $count } forum
       *[other] { $count } forums
    }
   *[false] , un territoire, qui participe aujourd’hui à { $count ->
        [one] { $count } forum
       *[other] { $count } forums
    }
}
search-named-other = { $kind ->
    [organisation] , une organisation
   *[forum] , un forum
}
search-did-you-mean-html = Vouliez-vous dire <a href="{ $href }">{ $words }</a> ?
search-did-you-mean-everywhere-html = Vouliez-vous dire <a href="{ $href }">{ $words }</a> (recherche dans l’ensemble du site, sans les filtres) ?
search-perhaps = Vous vouliez peut-être dire :
search-or-perhaps = Ou peut-être :
search-narrowed = Résultats limités à :
search-remove-filter = (retirer ce filtre)
search-narrow = Affiner les résultats
search-facet-type = Type de résultat
search-facet-kind = Type de document
search-facet-forum = Forum
search-facet-year = Année
search-facet-language = Langue
search-facet-theme = Thème
search-years = { $from }–{ $to }
search-what-forum = Forum
search-what-document = Document
search-next = Résultats suivants
