# Buenas prácticas y lecciones aprendidas (incidencia 20): las prácticas publicadas, las convocatorias de prácticas,
# su revisión por pares y la decisión de un editor.

## El registro y sus reglas
id-not-practice = “{ $input }” no es un identificador de buena práctica válido: { $rule }
record-not-practice = no es una buena práctica: { $error }
history-what-practice = la buena práctica { $id }
practice-english-required = se requiere una versión en inglés
practice-too-many = se admite un máximo de { $most }
practice-where = indique al menos un foro o Estado en el que se haya aplicado
practice-named-twice = figura dos veces
practice-period-order = termina antes de empezar
practice-evidence-empty = una prueba requiere un documento de la biblioteca, una dirección web o una cifra
store-practice-taken = el identificador { $id } ya lo utiliza otra práctica
change-practice-added = Nueva buena práctica: { $title }
change-practice-updated = Buena práctica corregida: { $title }
change-practice-removed = Se eliminó una buena práctica: { $title }
review-criterion-missing = deben puntuarse todos los criterios de la matriz de evaluación
review-criterion-unknown = no es un criterio de la matriz de evaluación: utilice applied, relevant, effective, coherent, innovative, replicable o sustainable
review-score-range = una puntuación de { $lowest } a { $highest }
review-comment-empty = explique el motivo en un comentario
review-affiliation = “{ $input }” no es una afiliación: utilice state:ISO3, forum:ID u organisation:NAME

## Denegaciones
practice-call-editors = solo los editores abren convocatorias, invitan a revisores y deciden
practice-call-title = un título de 1 a 300 caracteres
practice-no-such-account = no hay ninguna cuenta con la dirección de correo electrónico { $email }: las cuentas las crea un administrador
practice-not-invited = usted no ha sido invitado a revisar las prácticas de esta convocatoria
practice-accepted-already = usted ya aceptó esta invitación
practice-review-not-yours = el resumen de la revisión por pares se redacta cuando se publica la práctica
practice-submitters = las prácticas las presentan la secretaría de un foro, el punto focal de un Estado o un editor
practice-call-closed = la convocatoria se cerró el { $deadline }
practice-not-yours = solo puede presentar prácticas de los foros y Estados en cuyo nombre actúa
practice-not-returned = solo puede volver a presentarse una práctica que se le haya devuelto
practice-contacts-not-yours = solo la persona que la presentó, o un editor, puede eliminar sus datos de contacto
practice-decision = “{ $typed }” no es una decisión: utilice publish, return o reject
practice-accept-first = acepte primero la invitación, indicando su afiliación
practice-not-in-review = esta práctica no está en revisión
practice-declared-already = usted ya presentó su declaración sobre esta práctica
practice-enough-reviewers = esta práctica ya tiene los revisores que necesita
practice-conflict = conflicto de intereses: su afiliación ({ $affiliation }) figura en la práctica; un editor puede autorizarle a revisarla
practice-conflict-declared = usted declaró un conflicto de intereses; un editor puede autorizarle a revisar esta práctica
practice-scored-already = usted ya puntuó esta práctica
practice-declare-first = declare primero que no tiene ningún conflicto de intereses
practice-override-reason = explique el motivo, en un texto de 1 a 1000 caracteres
practice-not-a-reviewer = { $email } no es revisor de esta convocatoria
practice-overridden-already = este revisor ya está autorizado a revisarla
practice-reviews-missing = aún no se han recibido todas las revisiones necesarias
practice-not-an-object = una práctica es un objeto JSON con sus campos
practice-own = usted presentó esta práctica: su revisión corresponde a otras personas
practice-not-declared = ese revisor no ha hecho la declaración para esta ronda, o ya ha puntuado
practice-no-longer-valid = la práctica ya no supera las comprobaciones ({ $field }: { $said }): devuélvala a quien la presentó

## Las prácticas publicadas
site-nav-practices = Buenas prácticas
search-what-practice = Buena práctica
practices-title = Buenas prácticas y lecciones aprendidas
practices-lede = Lo que hicieron los foros y los Estados, qué resultados obtuvieron y con qué pruebas, qué no funcionó y qué se necesita para repetirlo. Cada una ha sido revisada por pares tras una convocatoria de prácticas, o cita la fuente de la que procede.
practices-forum = Foro
practices-state = Estado
practices-theme = Tema
practices-none = Todavía no se ha publicado ninguna buena práctica.
practices-none-filtered = Ninguna buena práctica publicada coincide con estos filtros.
practices-all = Todas las buenas prácticas
forum-practices = Buenas prácticas
practice-peer-reviewed = Revisada por pares.
practice-from-sources = Tomada de sus fuentes.
practice-fora = Foros
practice-states = Estados
practice-themes = Temas
practice-period = Período
practice-period-from-to = desde { $from } hasta { $to }
practice-period-from = desde { $from }
practice-period-to = hasta { $to }
practice-cost-label = Costo
practice-cost = { $band ->
    [low] Bajo: dentro de un presupuesto en curso
    [medium] Medio: un proyecto financiado
    [high] Alto: un programa de varios años o en varios Estados
   *[unknown] Desconocido
}
practice-partners = Asociados
practice-licence = Licencia de su texto
practice-field = { $field ->
    [context] Contexto
    [done] Lo que se hizo
    [results] Resultados
    [lessons] Lecciones aprendidas, entre ellas lo que no funcionó
   *[replication] Condiciones para repetirla
}
practice-evidence = Pruebas
practice-evidence-paragraph = { $title }, párrafo { $paragraph }
practice-no-sources = Se recibió en respuesta a una convocatoria de prácticas; sus pruebas figuran más arriba.
practice-review-title = Revisión por pares
practice-reviewed-by = { $count ->
    [one] Revisada por un par; publicada el { $day }, en respuesta a
   *[other] Revisada por { $count } pares; publicada el { $day }, en respuesta a
}
practice-call-number = la convocatoria { $number }
practice-rubric-caption = La matriz de evaluación: puntuación media de cada criterio, sobre 5
practice-criterion-col = Criterio
practice-mean-col = Puntuación media
practice-criterion = { $criterion ->
    [applied] Aplicación en la práctica
    [relevant] Pertinencia
    [effective] Eficacia, con pruebas
    [coherent] Coherencia con el Pacto Mundial y los derechos humanos
    [innovative] Innovación
    [replicable] Replicabilidad
   *[sustainable] Sostenibilidad
}
practice-not-reviewed = Sin revisión por pares: se ha incorporado a partir de la fuente que cita.
practice-contacts = Contactos
practice-contacts-sign-in = Las personas de contacto solo se muestran a quienes han iniciado sesión.
practice-no-contacts = No se conservan datos de contacto.
practice-contacts-remove = Eliminar estos datos de contacto
practice-cite-publisher = Agora, el portal del diálogo interestatal sobre migración

## Convocatorias de prácticas
practice-calls-title = Convocatorias de prácticas
practice-calls-lede = Los editores abren convocatorias de prácticas sobre un tema. Las secretarías y los puntos focales presentan prácticas; los revisores invitados declaran cualquier conflicto de intereses y las puntúan; un editor decide.
practice-calls-none = Todavía no hay ninguna convocatoria de prácticas.
practice-call-col = Título
practice-deadline = Fecha límite
practice-call-closed-mark = cerrada
practice-call-open = Abrir una convocatoria
practice-call-questions = Preguntas
practice-call-questions-hint = Una pregunta por línea.
practice-call-no-questions = La convocatoria no plantea ninguna pregunta aparte de la propia práctica.
practice-call-how = Hasta que se publica, una presentación solo pueden leerla quien la presentó, los revisores de la convocatoria y los editores. La puntúan al menos dos revisores, y un tercero cuando sus puntuaciones difieren mucho.
practice-submit = Presentar una práctica
practice-revise = Revisar y presentar de nuevo
practice-resubmit = Presentar de nuevo
practice-submit-to = En respuesta a
practice-reviewing = Revisión
practice-accepted-as = Usted revisa las prácticas de esta convocatoria en calidad de representante de { $affiliation }.
practice-invited = Se le ha invitado a revisar las prácticas de esta convocatoria. Indique en nombre de quién habla: no le corresponde revisar una práctica que mencione a su Estado o a su foro.
practice-affiliation-kind = Tipo de afiliación
practice-affiliation-state = Un Estado
practice-affiliation-forum = Un foro
practice-affiliation-organisation = Una organización
practice-affiliation = Afiliación
practice-affiliation-hint = El código ISO de un Estado (NPL), el identificador de un foro (colombo-process) o el nombre de una organización.
practice-accept = Aceptar
practice-yours = Sus presentaciones
practice-submissions = Presentaciones
practice-status-col = Situación
practice-round-col = Ronda
practice-status = { $status ->
    [submitted] En revisión
    [returned] Devuelta a quien la presentó
    [published] Publicada
   *[rejected] Rechazada
}
practice-reviewers = Revisores
practice-reviewer-col = Revisor
practice-no-reviewers = Todavía no se ha invitado a ningún revisor.
practice-not-accepted = invitación aún no aceptada
practice-invite-email = Correo electrónico de la cuenta
practice-invite = Invitar a revisar
practice-title-en = Título (en inglés)
practice-summary-en = Resumen (en inglés)
practice-from = Desde (YYYY, YYYY-MM o YYYY-MM-DD)
practice-to = Hasta
practice-evidence-url = Prueba: una dirección web
practice-evidence-note = Qué demuestra
practice-contacts-hint = Solo se muestran a quienes han iniciado sesión; puede pedir que se eliminen en cualquier momento.
practice-contact-name = Nombre
practice-contact-role = Cargo
practice-contact-email = Correo electrónico

## Una presentación y su revisión
practice-stage = Revisión
practice-stage-reviewing = { $done } de { $needed } revisiones recibidas
practice-stage-third = Las dos revisiones difieren mucho: se solicita un tercer revisor
practice-stage-ready = Se han recibido las revisiones: decide un editor
practice-answers = Respuestas a las preguntas de la convocatoria
practice-reviews = Revisiones
practice-no-reviews = Todavía no hay ninguna revisión.
practice-review-heading = Ronda { $round }, revisor { $number }
practice-review-mine = la suya
practice-review-declared = Declaró no tener ningún conflicto; aún sin puntuar.
practice-review-blind = Puntuada; se mostrará cuando se hayan recibido su propia revisión y las revisiones necesarias.
practice-review-total = Total: { $total } sobre 35
practice-score-col = Puntuación
practice-comment-col = Comentario
practice-declare = Declarar
practice-declare-question = ¿Tiene usted algún conflicto de intereses con respecto a esta práctica?
practice-declare-none = Ningún conflicto de intereses
practice-declare-some = Un conflicto de intereses
practice-declare-statement = En qué consiste
practice-score = Enviar la revisión
practice-override = Autorizar a un revisor con un conflicto de intereses a revisarla
practice-override-reason-label = Motivo
practice-release = Liberar a un revisor que no ha puntuado
practice-release-hint = Otro revisor de la convocatoria podrá entonces revisarla en su lugar.
practice-decide = Decidir
practice-decision-publish = Publicar
practice-decision-return = Devolver con las revisiones
practice-decision-reject = Rechazar
practice-decision-note = Nota
practice-history = Historial
practice-event = { $event ->
    [submitted] Presentada
    [resubmitted] Presentada de nuevo, revisada
    [declared] Un revisor declaró no tener ningún conflicto de intereses
    [refused] Se descartó a un revisor por un conflicto de intereses
    [override] Un editor autorizó a un revisor con un conflicto de intereses a revisarla
    [reviewed] Se recibió una revisión
    [third_asked] Se solicitó un tercer revisor
    [returned] Devuelta con las revisiones
    [published] Publicada
    [rejected] Rechazada
    [contacts_removed] Se eliminaron sus datos de contacto
    [released] Un editor liberó a un revisor que no había puntuado
   *[other] { $event }
}
