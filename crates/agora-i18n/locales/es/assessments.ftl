# Las evaluaciones de lo que un foro logró respecto de sus propios objetivos (incidencia 21): las denegaciones
# del espacio de trabajo y las palabras del informe. Un foro solo se compara consigo mismo.

## Denegaciones
assessment-editors = solo los editores abren evaluaciones, asignan investigadores y publican los informes
assessment-secretariat = solo la secretaría del foro evaluado responde a un borrador de informe
assessment-researchers-only = solo los investigadores asignados a esta evaluación trabajan en ella
assessment-year = un año de { $first } a { $last }
assessment-period-order = el período termina antes de empezar
store-assessment-taken = el foro ya tiene una evaluación de ese período ({ $id })
assessment-published = el informe está publicado: ya no puede modificarse
assessment-needs-objectives = registre al menos uno de los objetivos del foro antes de publicar
assessment-changed = otra persona modificó la evaluación entretanto: vuelva a leerla e inténtelo de nuevo
assessment-consent = el consentimiento de la persona entrevistada no abarca la cita de este extracto
assessment-assigned-already = este investigador ya está asignado
assessment-not-one-of = “{ $typed }” no es uno de estos valores: { $words }
assessment-empty = este campo no puede estar vacío
assessment-no-objective = esta evaluación no tiene ningún objetivo { $number }
assessment-not-a-researcher = la cuenta { $email } no tiene la función de investigador
assessment-range = los caracteres { $start } a { $end } no son un pasaje de un texto de { $length } caracteres
assessment-no-extract = esta entrevista no tiene ningún extracto { $number }
assessment-no-interview = no hay ninguna entrevista { $number } que pueda utilizarse en esta evaluación
assessment-code-empty = etiquete el pasaje con al menos una dimensión o un objetivo
assessment-code-source = indique una entrevista o un documento de la biblioteca
assessment-no-text = el documento no tiene texto en el idioma { $lang }
assessment-future = una entrevista no puede tener una fecha futura
assessment-no-paragraph = el documento no tiene ningún párrafo { $number }
assessment-serves-none = indique los objetivos a los que contribuyó el producto
assessment-no-evidence = aporte las pruebas del cambio
assessment-passage-not-found = el pasaje no figura en ese texto: copie sus palabras exactamente como aparecen en él
assessment-not-a-number = “{ $typed }” no es un número
assessment-withdrawn-already = esta entrevista ya fue retirada
assessment-released-already = este extracto ya está incorporado al informe
assessment-document-not-public = el documento { $id } no es público: un informe solo cita lo que cualquiera puede leer

## Términos
assessment-word = { $word ->
    [networks] Redes de personas
    [trust] Confianza mutua
    [understanding] Comprensión de la migración
    [capacity] Capacidad
    [governance] Gobernanza de la migración (leyes, políticas, prácticas)
    [none] Ningún indicio de contribución
    [limited] Limitada
    [moderate] Moderada
    [substantial] Sustancial
    [low] Baja
    [medium] Media
    [high] Alta
    [claimed] Declarada
    [plausible] Plausible
    [documented] Documentada
    [corroborated] Corroborada
    [law] Ley
    [policy] Política
    [practice] Práctica
    [meeting] Reunión
    [document] Documento
    [training] Capacitación
    [tool] Herramienta
    [joint_project] Proyecto conjunto
    [notes_only] Solo notas, sin citas
    [quotable] Pueden citarse los extractos aprobados, sin indicar el nombre
    [draft] Borrador
    [published] Publicada
    [opened] Evaluación abierta
    [assigned] Investigador asignado
    [objective] Objetivo registrado
    [output] Producto registrado
    [impact] Repercusión registrada
    [rating] Dimensión valorada
    [method] Método y limitaciones redactados
    [interview] Entrevista registrada
    [extract] Extracto marcado
    [released] Extracto incorporado al informe
    [coded] Pasaje codificado
    [withdrawn] Entrevista retirada
    [reply] Respuesta de la secretaría
    [for] A favor
    [against] En contra
   *[other] { $word }
}

## La lista
assessments-title = Evaluaciones de los foros
assessments-lede = Lo que cada foro logró respecto de sus propios objetivos, en un período determinado, con las pruebas correspondientes: nunca una clasificación de los foros.
assessments-none = Todavía no se ha publicado ninguna evaluación.
assessments-caption = Evaluaciones, por foro y período
assessments-all = Todas las evaluaciones
assessment-forum-col = Foro
assessment-period-col = Período
assessment-status-col = Situación
assessment-open = Abrir una evaluación
assessment-from = Primer año
assessment-to = Último año

## El informe
forum-assessments = Evaluaciones con respecto a sus propios objetivos
forum-assessment-of = Lo que logró, { $period }
assessment-title = { $forum }, { $period }: lo que logró respecto de sus propios objetivos
assessment-draft-notice = Borrador: solo pueden leerlo sus investigadores, los editores y la secretaría del foro hasta que un editor lo publique.
assessment-published-on = Publicado el { $day }.
assessment-own-objectives = Medido con respecto a los objetivos que el propio foro se fijó, no en comparación con otros foros:
assessment-objectives = Los objetivos del foro
assessment-none-yet = Todavía no se ha registrado nada.
assessment-outputs = Productos
assessment-kind-col = Tipo
assessment-output-col = Producto
assessment-date-col = Fecha
assessment-serves-col = Objetivos a los que contribuyó
assessment-impacts = Repercusiones en las leyes, políticas y prácticas de los Estados
assessment-impact-heading = { $change }: { $state }
assessment-objective-col = Objetivo
assessment-attribution = Atribución al foro
assessment-judged-by = Valoración realizada por
assessment-dimensions = Las cinco dimensiones de la contribución
assessment-dimension-col = Dimensión
assessment-rating-col = Valoración
assessment-confidence-col = Grado de confianza
assessment-passages = Pasajes codificados, a favor y en contra
assessment-objective-n = Objetivo { $number }
assessment-place-document = { $document }, párrafo { $paragraph }
assessment-place-interview = Entrevista { $number }
assessment-for = A favor:
assessment-against = En contra:
assessment-extracts = De las entrevistas
assessment-no-extracts = No se ha incorporado a este informe ningún extracto de entrevista.
assessment-an-interviewee = Una persona entrevistada
assessment-method = Método
assessment-interviews-held = { $count ->
    [one] Se realizó una entrevista.
   *[other] Se realizaron { $count } entrevistas.
}
assessment-interviews-withdrawn = { $count ->
    [one] Una persona entrevistada retiró su consentimiento: no se utiliza nada de esa entrevista.
   *[other] { $count } personas entrevistadas retiraron su consentimiento: no se utiliza nada de esas entrevistas.
}
assessment-limits = Limitaciones
assessment-no-ranking = El presente informe compara el foro consigo mismo a lo largo del tiempo, nunca con otros foros.
assessment-pdf = Este informe en PDF (A4, para imprimir o enviar)
assessment-replies = La respuesta de la secretaría
assessment-no-replies = La secretaría del foro no ha respondido.
assessment-reply-by = La secretaría del foro, { $day }
assessment-reply = Responder al borrador
assessment-interviews = Entrevistas
assessment-interviews-confidential = Confidencial: visible solo para los investigadores asignados a esta evaluación.
assessment-withdrawn = Retirada: la persona entrevistada retiró su consentimiento, y se eliminaron las notas, los extractos y los códigos de la entrevista.
assessment-released = incorporado al informe
assessment-approved = aprobado por la persona entrevistada
assessment-researchers = Investigadores
assessment-no-researchers = Todavía no se ha asignado ningún investigador.
assessment-assign-email = Correo electrónico de una cuenta con la función de investigador
assessment-assign = Asignar un investigador
assessment-publish = Publicar el informe
assessment-history = Historial
assessment-step-col = Etapa
assessment-note-col = Nota
assessment-by-col = Autor

## El espacio de trabajo de los investigadores
assessment-workbench = Espacio de trabajo
assessment-workbench-lede = Para los investigadores asignados a esta evaluación. Cada etapa queda registrada en el historial; las notas de las entrevistas nunca se muestran a nadie más.
assessment-add-objective = Registrar un objetivo
assessment-objective-text = El objetivo, en los términos de su fuente
assessment-document = Documento de la biblioteca
assessment-paragraph = Párrafo
assessment-objectives-first = Registre primero un objetivo: los productos y las repercusiones se registran con respecto a los objetivos del foro.
assessment-add-output = Registrar un producto
assessment-meeting-id = Reunión de que se trata (su identificador, si figura en el registro)
assessment-document-id = Documento de la biblioteca (su identificador)
assessment-add-impact = Registrar una repercusión
assessment-state-code = Estado (código ISO 3166-1 alpha-3)
assessment-change = Qué cambió
assessment-description = Descripción
assessment-evidence-url = Prueba: dirección de una página web
assessment-evidence-note = Lo que demuestra la prueba
assessment-rate = Valorar una dimensión
assessment-write-method = Redactar el método y las limitaciones
assessment-add-interview = Registrar una entrevista
assessment-interviewee-role = Cargo de la persona entrevistada (nunca su nombre)
assessment-held-on = Fecha de la entrevista
assessment-consent-label = Consentimiento
assessment-notes = Notas
assessment-themes = Temas
assessment-themes-hint = Uno por línea.
assessment-add-extract = Marcar un extracto
assessment-interview-col = Entrevista
assessment-passage = El pasaje, exactamente como figura en el texto
assessment-passage-hint = Copie sus palabras del texto: su ubicación se determina a partir de ellas.
assessment-approved-label = La persona entrevistada aprobó que se citara
assessment-release = Incorporar un extracto al informe
assessment-extract-number = Número del extracto
assessment-withdraw = Retirar una entrevista
assessment-withdraw-warning = Cuando una persona entrevistada retira su consentimiento, las notas, los extractos y los códigos de la entrevista se eliminan definitivamente: la evaluación solo deja constancia de que se retiró una entrevista.
assessment-code = Codificar un pasaje
assessment-source = Ubicación del pasaje
assessment-stance = El pasaje se pronuncia
