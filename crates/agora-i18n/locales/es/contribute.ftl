# Las contribuciones: proponer un cambio en un foro (sus entradas, su perfil), notificar un error,
# proponer cambios desde una hoja de cálculo, las contribuciones propias y la cola de revisión,
# una contribución y sus pasos; los errores en los formularios.

## Quién y qué, en palabras
who-role = { $kind ->
    [admin] un administrador
    [editor] un editor
    [researcher] un investigador
    [reviewer] un revisor de la convocatoria { $of }
    [secretariat] la secretaría de { $of }
    [focal_point] el punto focal de { $of }
   *[other] {""}
}
contribution-status = { $status ->
    [draft] Borrador: los editores no la ven hasta que se envía
    [submitted] Enviada: a la espera de un editor
    [in_review] En revisión por un editor
    [changes_requested] Devuelta: los editores solicitan cambios
    [published] Publicada: el cambio figura en el registro
   *[withdrawn] Retirada
}
contribution-action = { $action ->
    [create] la propuso
    [publish] la publicó
    [request_changes] la devolvió para que se introdujeran cambios
    [start_review] empezó a revisarla
    [withdraw] la retiró
    [comment] formuló un comentario
    [submit] la envió a revisión
    [edit] la modificó
    [rebase] la actualizó
   *[other] { $action }
}
contribution-step = { $step ->
    [submit] Enviar a revisión
    [start_review] Iniciar la revisión
    [request_changes] Solicitar cambios
    [publish] Publicar
   *[withdraw] Retirar
}
entry-between = desde { $start } hasta { $end }
entry-since = desde { $start }
entry-until = hasta { $end }
entry-no-dates = fechas no indicadas
entry-sources = { $count ->
    [one] fuente:
   *[other] fuentes:
}
field-name = { $path ->
    [name_en] Nombre en inglés
    [acronyms] Siglas
    [established] Creación
    [dissolved] Disolución
    [summary] Resumen
    [objectives] Objetivos
    [sources] Fuentes
    [start_date] Desde
    [end_date] Hasta
    [role] Función
   *[note] Nota
}

## Formularios
form-read-as = Se interpreta como { $date } ({ $iso }).
form-mistakes = { $count ->
    [one] Hay un dato que corregir
   *[other] Hay { $count } datos que corregir
}
form-kept = Lo que ha escrito se conserva más abajo.
mistake-date = “{ $typed }” no puede interpretarse como una fecha: { $why }
mistake-source = la fuente debe ser la dirección web (que empiece por https://) de una página que lo confirme
mistake-forum-name = el foro debe tener un nombre
mistake-no-entry = este foro no tiene esa entrada
mistake-who = indique quién: escriba el nombre de un Estado, una organización o un foro
mistake-who-unknown = no hay ningún Estado, organización ni foro llamado “{ $typed }”: elija uno de los que se proponen mientras escribe
mistake-who-near = “{ $typed }” no coincide exactamente con ningún nombre conocido; ¿quiso decir { $names }?
mistake-role = elija una función
mistake-role-offered = elija una de las funciones propuestas
mistake-end-before-start = la fecha de fin es anterior a la de inicio
mistake-no-source = esta entrada aún no tiene fuente: indique la dirección web de una página que lo confirme
mistake-new-needs-source = una nueva entrada necesita una fuente: la dirección web de una página que lo confirme
proposal-comment = Comentario para los editores
proposal-draft = Guardar como borrador
proposal-submit = Enviar a revisión

## Los campos de una entrada
entry-who = Quién
entry-who-hint = Un Estado, una organización o un foro: empiece a escribir su nombre (Japón, OIM, Proceso de Colombo) y selecciónelo.
entry-name-option = { $kind ->
    [state] Estado · { $code }
    [organisation] organización · { $code }
   *[forum] foro · { $code }
}
entry-choose-role = Elija una función
entry-from = Desde
entry-from-hint = Un año, un mes o un día, tal como los escribiría: 2025, nov 2025, 2025-11-04. Déjelo en blanco si la fuente no indica ninguna fecha.
entry-until-label = Hasta
entry-until-hint = Déjelo en blanco si sigue vigente.

## Los campos del perfil de un foro
profile-acronyms = Siglas (separadas por comas)
profile-date-hint = Un año, un mes o un día: 2002, oct 2002, 2002-10-15.
profile-objectives = Objetivos (uno por línea)

## Proponer un cambio
propose-title-correct = Corrija su propuesta — Proponer un cambio en { $name }
propose-lede-html = Un editor examina lo que usted propone y ve exactamente qué cambia; nada llega al público antes de que un editor lo publique. Puede guardar un borrador y enviarlo más tarde. <a href="{ $href }">Volver al foro</a>.
propose-on-this-page-html = En esta página: <a href="#entry">miembros, presidencias y secretaría</a> · <a href="#profile">el perfil del foro</a>.
propose-entries = Miembros, presidencias y secretaría
propose-entries-lede = Añada una entrada (un nuevo miembro u observador, la presidencia de un nuevo período) o corrija una existente.
propose-entry = Entrada
propose-entry-hint = Para corregir una entrada, selecciónela y complete solo lo que cambia: lo que deje en blanco se mantiene tal como está registrado.
propose-new-entry = Nueva entrada
propose-entry-option = { $member } — { $role } ({ $period })
propose-source-hint = La dirección web de una página que lo confirme (obligatoria para una nueva entrada).
propose-title-field = Título de su propuesta (opcional)
propose-comment = Comentario para los editores (opcional)
propose-send = Enviar a revisión

## Notificar un error
report-title = Notificar un error en { $name }
report-thanks-html = <strong>Gracias.</strong> Su notificación (contribución { $n }) está en la cola de revisión de los editores; un editor comprobará la fuente y corregirá los datos.
report-back-to = Volver a { $name }
report-lede-html = Indique qué es incorrecto y la dirección de una página en la que pueda leerse el dato correcto: el sitio web del propio foro, una declaración, una página oficial. Los editores examinan cada notificación antes de introducir cualquier cambio. <a href="{ $href }">Volver al foro</a>.
report-not-sent-html = <strong>No se ha enviado la notificación.</strong> { $field }: { $message }
report-what = Qué es incorrecto
report-send = Enviar la notificación

## Desde una hoja de cálculo
spreadsheet-title = Proponer cambios desde una hoja de cálculo
spreadsheet-lede-html = Mantenga en una hoja de cálculo los miembros de un foro o la ficha del propio foro: descárguelos en CSV (<code>agora export --format csv</code> genera <code>fora.csv</code> y <code>memberships.csv</code>, con las columnas que lee este formulario), modifique las filas necesarias, añada filas para los nuevos miembros (deje vacía su columna <code>id</code>) y cargue aquí el archivo. Cada fila que difiera de los datos registrados pasa a formar parte de una misma contribución: un editor examina las filas en conjunto, y se publican todas juntas o ninguna. Un archivo contiene o bien foros o bien participaciones, y solo de foros cuya secretaría ejerza usted. <a href="/contributions">Volver a mis contribuciones</a>.
spreadsheet-file = Archivo CSV
spreadsheet-doc-title = Título (déjelo en blanco para que lleve el nombre de la primera ficha)

## Listas de contribuciones
contributions-mine-lede = Los cambios que usted ha propuesto y los propuestos para los foros cuya secretaría ejerce.
contributions-review-lede = Contribuciones a la espera de un editor. Nada llega al público antes de que un editor lo publique.
contributions-spreadsheet-html = <a href="{ $href }">Proponer cambios desde una hoja de cálculo</a> (los miembros de un foro, o la ficha del foro, en CSV).
contributions-none = Ninguna contribución coincide con los criterios.
contributions-count = { $count ->
    [one] { $count } contribución
   *[other] { $count } contribuciones
}
contributions-contribution = Contribución
contributions-proposed-as = Propuesta como
contributions-last-step = Último paso

## Una contribución
contribution-saved-html = <strong>Guardada como borrador.</strong> Los editores aún no la ven: modifíquela o envíela a revisión con el botón que figura al pie de esta página.
contribution-sent-html = <strong>Enviada a revisión.</strong> Próximos pasos:
contribution-next-1 = Un editor de Agora la lee y comprueba su fuente.
contribution-next-2 = El editor la publica, y el registro muestra el cambio con su fuente; o se la devuelve con un comentario en el que indica qué debe cambiar.
contribution-next-3-html = Se le informará de cada avance en <a href="/account">la página de su cuenta</a>, donde figuran <a href="/contributions">sus contribuciones</a>.
contribution-next-3-mail-html = Se le informará de cada avance por correo electrónico y en <a href="/account">la página de su cuenta</a>, donde figuran <a href="/contributions">sus contribuciones</a>.
contribution-records = Fichas
contribution-records-together = { $count } fichas, que se publican juntas
contribution-proposed-by = Propuesta por
contribution-revise = Modificar la propuesta
contribution-stale = { $count ->
    [one] La ficha ha cambiado desde que se redactó esta contribución: no podrá publicarse hasta que se actualice con respecto a la versión actual de la ficha.
   *[other] Una de las fichas que modifica ha cambiado desde que se redactó esta contribución: no podrá publicarse hasta que se actualice con respecto a la versión actual de la ficha.
}
contribution-rebase = Actualizar
contribution-what-it-changes = Qué cambia
contribution-adds = Añade:
contribution-changes = Modifica:
contribution-was = Antes:
contribution-entry-changed-since = (la entrada ha cambiado desde entonces)
contribution-changed-since = (ha cambiado desde entonces)
contribution-record = { $new ->
    [true] { $entity ->
        [forum] Un nuevo foro
        [document] Un nuevo documento
       *[membership] Una nueva entrada
    }
   *[false] { $entity ->
        [forum] El foro
        [document] El documento
       *[membership] La entrada
    }
}
contribution-nothing-differs = No hay ninguna diferencia.
contribution-every-field = Todos los campos, tal como están almacenados ({ $count })
contribution-fields-changed = Los campos que modifica ({ $count })
contribution-fields-of-html = { $count ->
    [one] { $count } campo de <code>{ $id }</code>
   *[other] { $count } campos de <code>{ $id }</code>
}
contribution-same-file = El mismo archivo ya figura en la biblioteca, como:
contribution-same-file-how = Si se publica, esta carga se añadirá como un documento más que comparte el archivo; devuelva la contribución o déjela sin publicar si repite alguno de estos documentos.
contribution-file-text = El texto del archivo
contribution-steps = Pasos y comentarios
contribution-comment = Comentario
contribution-comment-only = Solo comentar
contribution-withdraw = Retirar esta publicación
contribution-withdraw-how = Al retirarla, el cambio se elimina de nuevo del registro. Indique el motivo en el comentario.
contribution-why = Motivo
revise-title = Modificar: { $title }
revise-lede-html = Modifique lo que propone esta contribución. Los editores verán la nueva versión y su comentario. <a href="{ $href }">Volver a la contribución</a>.
revise-source = Otra fuente (dirección web)
revise-send = Guardar y enviar a revisión
revise-save = Guardar
profile-name-in = { $language ->
    [ar] Nombre en árabe
    [zh] Nombre en chino
    [fr] Nombre en francés
    [ru] Nombre en ruso
   *[es] Nombre en español
}
profile-summary-in = { $language ->
    [ar] Resumen en árabe
    [zh] Resumen en chino
    [fr] Resumen en francés
    [ru] Resumen en ruso
   *[es] Resumen en español
}
profile-objectives-in = { $language ->
    [ar] Objetivos en árabe (uno por línea)
    [zh] Objetivos en chino (uno por línea)
    [fr] Objetivos en francés (uno por línea)
    [ru] Objetivos en ruso (uno por línea)
   *[es] Objetivos en español (uno por línea)
}
spreadsheet-title-of = Proponer cambios en los miembros de { $name } desde su hoja de cálculo
spreadsheet-of-forum-html = Parta de <a href="{ $href }">la hoja de cálculo de los miembros</a> (todas las filas, anteriores y actuales), modifique las filas necesarias y añada otras nuevas; solo las filas que difieran de las fichas pasan a formar parte de la propuesta. Guárdela primero como borrador para ver exactamente qué cambia y, después, envíela a revisión. Se rechazará cualquier fila de otro foro.
spreadsheet-other-forum = esta fila corresponde a { $other }: esta hoja de cálculo solo modifica fichas de { $forum }
forum-propose-spreadsheet = Proponer cambios en los miembros desde su hoja de cálculo
