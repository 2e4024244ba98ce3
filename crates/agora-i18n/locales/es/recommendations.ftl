## Las recomendaciones y su seguimiento: el registro, la página de una recomendación, el panel de
## seguimiento y las reglas que deben cumplir una recomendación o una entrada de seguimiento.

site-nav-recommendations = Recomendaciones
recs-title = Recomendaciones
recs-lede = Lo que recomendaron y acordaron los foros, dónde figura, qué reitera y qué se ha hecho al respecto.
recs-q = Palabras de la recomendación
recs-forum = Foro
recs-meeting = Reunión
recs-theme = Tema
recs-addressee = Destinatarios
recs-status = Situación del seguimiento
recs-kind = Tipo
recs-none = Ninguna recomendación coincide con estos filtros.
recs-count = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
recs-count-page = { $count ->
    [one] { $count } recomendación, { $shown } en esta página
   *[other] { $count } recomendaciones, { $shown } en esta página
}
recs-col-recommendation = Recomendación
recs-col-source = Procedente de
recs-col-date = Fecha
recs-col-progress = Avance
recs-progress-of = Avance de { $id }
recs-percent = { $value } %
recs-not-reported = no se ha comunicado nada
recs-follow-up-count = { $count ->
    [one] { $count } entrada de seguimiento
   *[other] { $count } entradas de seguimiento
}
recs-all = Todas las recomendaciones

rec-kind-recommendation = Recomendación
rec-kind-possible-outcome = Resultado posible
rec-kind-agreement = Acuerdo
rec-kind-action-plan = Plan de acción
rec-kind-track = Vertiente
rec-kind-area = Ámbito de acción
rec-kind-item = Medida
rec-relation-repeats = reitera
rec-relation-builds-on = se basa en
rec-relation-replaces = sustituye
rec-part-of = Forma parte de
rec-source = Dónde figura
rec-all-states = todos los Estados participantes
rec-weight = Ponderación en su plan
rec-parts = Sus componentes y su avance
rec-previously = Recomendado anteriormente por
rec-later = Retomado posteriormente
rec-support = Foros que apoyan su aplicación
rec-no-support = Ningún foro ha declarado aún su apoyo.
rec-follow-up = Lo que se ha hecho
rec-no-follow-up = Todavía no se ha comunicado nada.

follow-ups-title = Panel de seguimiento
follow-ups-lede = { $count ->
    [one] { $count } entrada de seguimiento que usted puede consultar, desglosada por situación, foro, Estado y tema.
   *[other] { $count } entradas de seguimiento que usted puede consultar, desglosadas por situación, foro, Estado y tema.
}
follow-ups-plans = Planes de acción
follow-ups-no-plans = No consta ningún plan de acción.
follow-ups-by-status = Por situación
follow-ups-by-forum = Por foro
follow-ups-by-state = Por Estado
follow-ups-by-theme = Por tema
follow-ups-none = Todavía no hay nada que contar.
follow-ups-entries = Entradas
follow-up-participants-only = solo para los participantes en el foro
follow-up-evidence = Pruebas
follow-up-timeline = Cronología

follow-up-kind-endorsement = Respaldo
follow-up-kind-commitment = Compromiso
follow-up-kind-support-declaration = Declaración de apoyo
follow-up-kind-activity = Actividad
follow-up-kind-law-change = Cambio legislativo
follow-up-kind-policy-change = Cambio de política
follow-up-kind-practice-change = Cambio de práctica
follow-up-kind-report = Informe
follow-up-status-planned = previsto
follow-up-status-under_way = en curso
follow-up-status-completed = finalizado
follow-up-status-stalled = estancado
follow-up-status-discontinued = interrumpido

history-what-recommendation = la recomendación { $id }
history-what-follow-up = la entrada de seguimiento { $id }

id-not-recommendation = “{ $input }” no es un identificador de recomendación válido: { $rule }
id-not-follow-up = “{ $input }” no es un identificador de entrada de seguimiento válido: { $rule }
id-rule-record = de 1 a 120 letras minúsculas, cifras y . : -, empezando y terminando por una letra o una cifra
record-not-recommendation = no es una recomendación: { $error }
record-not-follow-up = no es una entrada de seguimiento: { $error }
check-unknown-recommendation = recomendación desconocida: “{ $id }”
check-unknown-follow-up = entrada de seguimiento desconocida: “{ $id }”
no-such-party = ningún Estado, foro ni organización se llama “{ $id }”
recommendation-text-english = una recomendación requiere su texto en inglés
recommendation-paragraph-needs-document = un párrafo es el párrafo de un documento: indique el documento
recommendation-paragraph-from-one = los párrafos se numeran a partir de 1
recommendation-related-to-itself = una recomendación no puede estar relacionada consigo misma
recommendation-related-twice = cada recomendación relacionada se indica una sola vez
recommendation-part-of-itself = una recomendación no puede formar parte de sí misma
recommendation-weight-range = una ponderación es un número entero de 0 a { $most }
follow-up-with-only-support = solo una declaración de apoyo puede hacerse conjuntamente con otros foros
follow-up-support-by-forum = una declaración de apoyo la formula un foro
follow-up-progress-range = el avance es un porcentaje de 0 a 100, no { $progress }
follow-up-completed-is-100 = un seguimiento finalizado está realizado al 100 %
follow-up-before-recommendation = { $date } es anterior a la fecha en que se formuló la recomendación ({ $made })
follow-up-updates-in-order = las actualizaciones de la cronología van de la más antigua a la más reciente
follow-up-transition = un seguimiento no puede pasar de “{ $from }” a “{ $to }”
follow-up-latest-update = la situación y el avance son los de la última actualización de la cronología
follow-up-evidence-empty = una prueba es un documento de la biblioteca o una dirección web
follow-up-part-of-itself = una entrada de seguimiento no puede formar parte de sí misma
follow-up-not-confidential = una entrada de seguimiento es pública o está reservada a los participantes en un foro; nunca es confidencial

## Lo que ha cambiado, en los canales y en la página de inicio.
change-recommendation-added = Nueva recomendación ({ $forum }): { $words }
change-recommendation-updated = Recomendación corregida ({ $forum }): { $words }
change-recommendation-removed = Se eliminó una recomendación ({ $forum }): { $words }
change-follow-up-added = Nuevo informe sobre el seguimiento de { $recommendation } ({ $actor }): { $status }, con un avance del { $progress } %.
change-follow-up-status = El seguimiento de { $recommendation } ({ $actor }) está ahora { $status } (avance del { $progress } %).
change-follow-up-updated = Se actualizó el seguimiento de { $recommendation } ({ $actor }): { $status }, con un avance del { $progress } %.
change-follow-up-removed = Se eliminó una entrada de seguimiento de { $recommendation } ({ $actor }).
search-type-follow-up = Entradas de seguimiento

## Ciclos de informes: la secretaría de un foro pide a sus Estados miembros que informen antes de una fecha límite.
cycles-title = Ciclos de informes
cycles-lede = La situación de los Estados miembros respecto de las recomendaciones sobre las que les preguntó la secretaría de su foro, informe por informe.
cycles-none = No hay ningún ciclo de informes que usted pueda consultar.
cycle-deadline-label = Fecha límite
cycle-forum-label = Foro
cycle-counts = Informes presentados: { $reported } de { $expected }; validados: { $validated }; con verificación solicitada: { $queried }.
cycle-closed = La fecha límite ha vencido.
cycle-open = Los informes deben presentarse a más tardar el { $deadline }.
cycle-col-state = Estado
cycle-col-recommendation = Recomendación
cycle-col-reported = Lo comunicado
cycle-col-review = Revisión
cycle-review-pending = pendiente de revisión
cycle-review-validated = validado
cycle-review-queried = verificación solicitada
cycle-missing = sin informe
cycle-disagreements = Discrepancias entre el Estado y la secretaría
cycle-no-disagreement = No se ha solicitado la verificación de ningún informe.
cycle-overdue = Estados con informes atrasados
cycle-overdue-row = { $count ->
    [one] { $count } informe pendiente
   *[other] { $count } informes pendientes
}
cycle-reminded = recordatorio enviado el { $date }
cycle-no-overdue = Ningún Estado tiene informes pendientes.
cycle-not-keeper = solo la secretaría del foro o un editor pueden abrir sus ciclos de informes y revisar sus informes
cycle-not-reporter = solo un punto focal de un Estado al que el ciclo pide informes puede presentarlos en nombre de ese Estado
cycle-title = un ciclo requiere un título de 300 caracteres como máximo
cycle-state-not-member = { $state } no es miembro de { $forum } a fecha de hoy
cycle-deadline = “{ $typed }” no es un día (AAAA-MM-DD)
cycle-deadline-past = la fecha límite es hoy ({ $today }) o una fecha posterior
cycle-list-size = indique al menos uno y como máximo { $most }
cycle-recommendation-not-asked = el ciclo no se refiere a { $id }
cycle-status = “{ $typed }” no es una situación: planned, under_way, completed, stalled o discontinued
cycle-report-validated = este informe ya se validó: no puede modificarse
cycle-decision = “{ $typed }” no es una decisión: validated o queried
cycle-query-needs-note = una solicitud de verificación indica qué debe verificarse
cycle-report-not-pending = este informe no está pendiente de revisión
cycle-reported = { $status }, { $progress } %
cycle-validate = Validar
cycle-query = Solicitar verificación
cycle-query-note = Qué debe verificarse
cycle-report-heading = Informe de su Estado
cycle-report-note = Lo que se ha hecho (opcional)
cycle-report-submit = Enviar el informe

csv-party = “{ $typed }” no es un Estado, una organización ni un foro: escriba area:CODE, organisation:id o forum:id
csv-whole-number = “{ $typed }” no es un número entero
follow-ups-csv = Las entradas de seguimiento que usted puede consultar, en una hoja de cálculo (CSV): edítelas y devuélvalas como propuesta
rec-relation-unrelated = sin relación
rec-proposals = Probablemente relacionadas (propuestas por Agora)
rec-proposals-lede = Recomendaciones que comparten palabras o tema con esta, en cualquier idioma. Confirme qué relación guarda la posterior con la anterior, o indique que no están relacionadas: un vínculo confirmado se publica de inmediato y aparece como “Recomendado anteriormente por”.
rec-proposal-score = puntuación { $score }
rec-proposal-decision = Decisión
rec-proposal-decide = Registrar la decisión
related-confirmed-title = { $later } { $how } { $earlier }
related-editors-only = solo los editores deciden sobre los vínculos propuestos entre recomendaciones
related-already = estas recomendaciones ya están vinculadas
follow-ups-overdue = Informes atrasados
part-of-other-forum = una parte pertenece al foro de aquello de lo que forma parte ({ $forum })
part-of-cycle = así formaría parte de sí misma, a través de aquello de lo que forma parte
follow-up-part-of-other-recommendation = una parte da seguimiento a la misma recomendación que su conjunto ({ $id })
follow-up-id-taken = este identificador ya está en uso: asigne otro a la entrada

## Declarar el apoyo de un foro a la aplicación de una recomendación
support-declare = Declarar el apoyo de un foro a su aplicación
support-title = Declarar apoyo a la aplicación de { $id }
support-lede-html = Un foro declara que apoyará la aplicación de <a href="{ $href }">esta recomendación</a>, solo o conjuntamente con otros foros. La declaración pasa a la revisión de los editores; una vez publicada, aparece en la página de la recomendación entre los foros que apoyan su aplicación.
support-field-forum = Foro que declara su apoyo
support-field-with = Conjuntamente con
support-field-with-hint = Solo figuran los foros a los que usted puede contribuir: una declaración conjunta la hace alguien que puede hablar en nombre de cada uno de los foros que la suscriben. El foro elegido arriba no se cuenta dos veces.
support-field-status = En qué situación está su aplicación
support-field-date = Cuándo se declaró
support-field-date-hint = Un año, un mes o un día, tal como lo escribiría (2015, noviembre 2015, 12 de noviembre de 2015).
support-field-description = Qué declara el foro
support-field-evidence = Dónde figura el texto de la declaración
support-field-evidence-hint = Una dirección web (https://…), si la declaración está publicada.
support-mistake-forum = Elija un foro al que pueda contribuir.
support-mistake-with = Solo puede declarar apoyo conjuntamente con foros a los que pueda contribuir.
support-mistake-status = Elija en qué situación está su aplicación.
support-mistake-future = Una declaración no puede tener una fecha futura.
support-mistake-description = Indique qué declara el foro.
support-mistake-evidence = Indique una dirección web que empiece por https:// o http://, o deje el campo vacío.
support-contribution-title = Apoyo de { $forum } a { $id }
