# La biblioteca de documentos y la búsqueda: la lista de documentos, un documento, cómo citarlo,
# cómo cargarlo; la página de búsqueda.

## La lista de documentos
docs-title = Documentos
docs-title-of = Documentos de { $name }
docs-heading-of-html = Documentos de <a href="{ $href }">{ $name }</a>
docs-lede = Documentos finales de los foros: declaraciones, planes de acción, informes, documentos de antecedentes, estudios y comunicados.
docs-upload-html = <a href="{ $href }">Cargar un documento</a> (un editor lo publica tras examinarlo).
docs-search = Buscar en el texto de los documentos
docs-search-of = Buscar en el texto de los documentos de { $name }
docs-none = No hay documentos.
docs-count = { $count ->
    [one] { $count } documento
   *[other] { $count } documentos
}
docs-count-page = { $count ->
    [one] { $count } documento, { $shown } en esta página
   *[other] { $count } documentos, { $shown } en esta página
}
docs-col-title = Título
docs-col-date = Fecha
docs-restricted = (acceso restringido)

## Tipos de documento
doc-kind-declaration = Declaración
doc-kind-action-plan = Plan de acción
doc-kind-meeting-report = Informe de reunión
doc-kind-summary-report = Informe resumido
doc-kind-background-paper = Documento de antecedentes
doc-kind-study = Estudio
doc-kind-statement = Comunicado
doc-kind-recommendations = Recomendaciones
doc-kind-other = Otro

## Un documento
doc-authors = { $count ->
    [one] Autor
   *[other] Autores
}
doc-publisher = Entidad editora
doc-meeting = Reunión
doc-published-at = Publicado en
doc-access = Acceso
doc-access-public = Público
doc-access-participants = Reservado a los participantes en { $forum }
doc-access-participants-until = Reservado a los participantes en { $forum }; público a partir del { $day }
doc-access-confidential = Confidencial: editores e investigadores
doc-abstract = Resumen
doc-marked-html = { $count ->
    [one] “{ $q }”: se ha resaltado { $count } palabra del texto. <a href="{ $href }">Ir a ella</a>.
   *[other] “{ $q }”: se han resaltado { $count } palabras del texto. <a href="{ $href }">Ir a la primera</a>.
}
doc-not-in-text = “{ $q }” no figura en el texto.
doc-not-in-text-language = “{ $q }” no figura en el texto en { $language }.
doc-back-to-search = Volver a la búsqueda.
doc-files = Archivos
doc-language = Idioma: { $language }
doc-text = Texto
doc-text-in = Texto en { $language }
doc-words = { $count ->
    [one] { $count } palabra, según el texto extraído del archivo
   *[other] { $count } palabras, según el texto extraído del archivo
}
size-mb = { $size } MB
size-kb = { $size } KB
size-bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}

## Cómo citarlo
cite-title = Cómo citar este documento
cite-plain = Texto sin formato
cite-accessed = (consultado el { $day }).
cite-copy = Copiar
cite-copied = Copiado: { $what }.
cite-copy-failed = Seleccione el texto y cópielo.
cite-bibtex = Entrada BibTeX
cite-csl = CSL-JSON (Zotero, Mendeley, pandoc)

## Cargar un documento
upload-title = Cargar un documento
upload-lede-html = El archivo pasa a ser un documento propuesto para la biblioteca del foro. Un editor lo examina; nada llega a la biblioteca, a la búsqueda ni al público antes de que un editor lo publique. Se admiten archivos PDF, Word (DOCX), HTML, texto sin formato o Markdown, de hasta { $mb } MB. <a href="/documents">Volver a la biblioteca</a>.
upload-no-fora = No tiene autorización para cargar documentos de ningún foro.
upload-file = Archivo
upload-doc-title = Título (déjelo en blanco para tomarlo del archivo)
upload-lang = Idioma (código ISO 639-1, como en, fr, es, ar, ru o zh; déjelo en blanco para que se detecte automáticamente)
upload-date = Fecha (AAAA, AAAA-MM o AAAA-MM-DD)
upload-who = Quién puede verlo
upload-who-participants = Los participantes en el foro (los puntos focales de sus Estados miembros, su secretaría y los editores)
upload-who-everyone = Todo el mundo
upload-who-confidential = Confidencial: solo editores e investigadores
upload-public-from = Fecha a partir de la cual será público (AAAA-MM-DD; un documento reservado a los participantes pasa a ser público automáticamente ese día)
upload-themes = Temas (identificadores separados por comas)
upload-authors = Autores (uno por línea: personas u órganos, tal como figuran en el documento)
upload-abstract = Resumen (su contenido, en un párrafo)
upload-source = Fuente (dirección web)

## La búsqueda
search-title = Búsqueda
search-title-for = { $q } — Búsqueda
search-q = Palabras o "una expresión", en cualquier idioma
search-sort-relevance = Mayor coincidencia
search-sort-date = Fecha, de la más reciente a la más antigua
search-total = { $count ->
    [one] { $count } resultado.
   *[other] { $count } resultados.
}
search-total-for = { $count ->
    [one] { $count } resultado para “{ $q }”.
   *[other] { $count } resultados para “{ $q }”.
}
search-named = Estados y organizaciones
search-named-state = { $independent ->
    [true] , un Estado que participa hoy en { $count ->
        [one] { $count } foro
       *[other] { $count } foros
    }
   *[false] , un territorio que participa hoy en { $count ->
        [one] { $count } foro
       *[other] { $count } foros
    }
}
search-named-other = { $kind ->
    [organisation] , una organización
   *[forum] , un foro
}
search-did-you-mean-html = ¿Quiso decir <a href="{ $href }">{ $words }</a>?
search-did-you-mean-everywhere-html = ¿Quiso decir <a href="{ $href }">{ $words }</a> (búsqueda en todo el contenido, sin los filtros)?
search-perhaps = Quizá quiso decir:
search-or-perhaps = O quizá:
search-narrowed = Resultados filtrados por:
search-remove-filter = (quitar este filtro)
search-narrow = Afinar los resultados
search-facet-type = Tipo de resultado
search-facet-kind = Tipo de documento
search-facet-forum = Foro
search-facet-year = Año
search-facet-language = Idioma
search-facet-theme = Tema
search-years = { $from }–{ $to }
search-what-forum = Foro
search-what-document = Documento
search-next = Resultados siguientes
