## Qué cambió, cada cambio en una frase (los últimos cambios, los canales Atom). La función, el tipo
## o la situación de una ficha llega como su palabra en los datos ($role: member, observer, chair...).
change-membership-began = { $member } { $role ->
    [steering_group] se incorporó al comité directivo de
    [member] se convirtió en miembro de
    [observer] obtuvo la condición de observador en
    [partner] obtuvo la condición de asociado de
    [associate] obtuvo la condición de miembro asociado de
    [chair] asumió la presidencia de
    [co_chair] asumió la copresidencia de
   *[secretariat] asumió la secretaría de
} { $forum } ({ $period }).
change-membership-recorded = El registro incluye ahora a { $member } como { $role ->
    [steering_group] miembro del comité directivo de
    [member] miembro de
    [observer] observador en
    [partner] asociado de
    [associate] miembro asociado de
    [chair] presidente de
    [co_chair] copresidente de
   *[secretariat] secretaría de
} { $forum } ({ $period }).
change-membership-ended = { $member } ya no { $role ->
    [steering_group] forma parte del comité directivo de
    [member] es miembro de
    [observer] es observador en
    [partner] es asociado de
    [associate] es miembro asociado de
    [chair] ocupa la presidencia de
    [co_chair] ocupa la copresidencia de
   *[secretariat] ejerce la secretaría de
} { $forum } ({ $period }).
change-membership-corrected = Se corrigió la ficha de { $member } en { $forum } ({ $period }).
change-membership-removed = Se eliminó la ficha de { $member } en { $forum }.
change-period-on = { $day }
change-forum-added = Nuevo foro en el registro: { $name }.
change-forum-updated = Se actualizó la ficha de { $name }.
change-forum-removed = Se eliminó { $name } del registro.
change-document-added = Nuevo documento final de { $fora }: { $title } ({ $kind ->
    [declaration] declaración
    [action_plan] plan de acción
    [meeting_report] informe de reunión
    [summary_report] informe resumido
    [background_paper] documento de antecedentes
    [study] estudio
    [statement] comunicado
    [recommendations] recomendaciones
   *[other] documento
}).
change-document-updated = Documento final actualizado: { $title }.
change-document-removed = Se retiró un documento final de la biblioteca: { $title }.
change-meeting-added = Nueva reunión: { $title } ({ $when }).
change-meeting-place = { $city }, { $when }
change-meeting-updated = Reunión actualizada: { $title } ({ $when }).
change-meeting-cancelled = Reunión cancelada: { $title } ({ $when }).
change-meeting-postponed = Reunión aplazada: { $title } ({ $when }).
change-meeting-removed = Se retiró una reunión del calendario: { $title }.
change-party-updated = { $op ->
    [create] Nueva entrada en el registro: { $name }.
    [delete] Se eliminó { $name } del registro.
   *[update] Se actualizó la ficha de { $name }.
}

## Los canales Atom ($what: el tipo de ficha al que se limita un canal, o any; $new: yes cuando
## solo se enumeran las fichas nuevas)
feed-what = { $new ->
    [yes] { $what ->
        [meeting] nuevas reuniones
        [document] nuevos documentos finales
        [membership] nuevas participaciones
        [forum] nuevos foros
        [recommendation] nuevas recomendaciones
        [follow_up] nuevas entradas de seguimiento
       *[other] novedades
    }
   *[no] { $what ->
        [meeting] cambios en las reuniones
        [document] cambios en los documentos finales
        [membership] cambios en las participaciones
        [forum] cambios en los foros
        [recommendation] cambios en las recomendaciones
        [follow_up] cambios en las entradas de seguimiento
       *[other] últimos cambios
    }
}
feed-title = Agora: { $what }
feed-title-about = Agora: { $what } — { $about }
feed-no-such-theme = no existe el tema “{ $id }”
feed-follow = Seguir estos cambios (canal Atom)
feed-follow-documents = Nuevos documentos finales (canal Atom)
feed-follow-meetings = Nuevas reuniones (canal Atom)

## La página de datos abiertos
data-title = Datos abiertos
data-lede = Todo lo que el público puede consultar en Agora, para descargarlo y reutilizarlo: los foros, quién participa en ellos, desde cuándo y hasta cuándo, los Estados y las organizaciones, las reuniones y los documentos finales públicos, con las fuentes de cada dato.
data-licence-html = Los datos se publican bajo la licencia <a href="{ $href }">Creative Commons Attribution 4.0</a>: reutilícelos libremente, citando Agora y las fuentes que indica cada ficha.
data-everything = Los archivos contienen todo lo registrado, pasado y presente.
data-everything-link = Todo lo registrado
data-as-of-shown = Los archivos contienen el conjunto de datos tal como estaba el { $day }.
data-as-of = El conjunto de datos tal como estaba el
data-as-of-submit = Mostrar los archivos
data-csv-heading = Archivos CSV
data-csv-lede-html = Un archivo por tipo de ficha: codificación UTF-8, valores separados por comas y una fila de encabezado. <a href="{ $href }">datapackage.json</a> describe cada columna, su tipo y su significado (un Frictionless Data Package), para que las herramientas puedan comprobar y cargar los archivos.
data-file = { $name ->
    [areas] Estados y territorios
    [organisations] Organizaciones
    [themes] Temas
    [fora] Foros
    [memberships] Quién participa en qué foro, con qué función, desde cuándo y hasta cuándo (el archivo que la secretaría de un foro puede editar y devolver como propuesta)
    [meetings] Reuniones
    [meeting_participants] Quién participó en cada reunión y de qué manera
    [recommendations] Recomendaciones, resultados acordados y planes de acción, con el lugar donde figura cada uno
    [follow_ups] Lo que se ha hecho respecto de cada recomendación, quién lo ha hecho, en qué situación se encuentra y cuánto ha avanzado (el archivo que la secretaría de un foro puede editar y devolver como propuesta)
    [follow_up_updates] La cronología de cada entrada de seguimiento
    [routes] Las rutas migratorias tal como las nombran sus fuentes
    [route_stops] Los Estados a lo largo de cada ruta, en orden: origen, tránsito, destino
    [practices] Las buenas prácticas y lecciones aprendidas, con el resumen de su revisión por pares (nunca los datos de contacto de nadie)
   *[documents] Documentos finales públicos
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: los foros y las organizaciones como organizations, sus participaciones como memberships, los Estados como areas y las reuniones como events, según el estándar Popolo.
data-follow-heading = Seguir los cambios
data-follow-html = <a href="{ $changes }">Canal Atom de todos los cambios</a> (la página de cada foro, Estado y organización tiene el suyo), <a href="{ $meetings }">calendario de reuniones</a> y la <a href="{ $api }">API JSON</a>.

## Las versiones publicadas de los datos abiertos
data-releases-heading = Versiones publicadas
data-releases-lede-html = Una versión publicada fija todo el conjunto de datos en una fecha: sus archivos no cambian nunca, y sus sumas de verificación lo acreditan. Cite una versión publicada para que otras personas encuentren exactamente los datos que usted utilizó. Los portales de datos abiertos recopilan las versiones publicadas a partir del <a href="{ $href }">catálogo DCAT</a>.
data-releases-none = Todavía no se ha publicado ninguna versión.
data-release-make = Publicar una versión del conjunto de datos en su estado actual
data-release-title = Versión publicada { $name }
data-release-made = Publicada el { $at } (UTC).
data-release-first = La primera versión publicada.
data-release-changes = Desde la versión publicada { $since }: { $fora_added ->
    [one] un foro añadido
   *[other] { $fora_added } foros añadidos
}, { $fora_removed ->
    [one] { $fora_removed } eliminado
   *[other] { $fora_removed } eliminados
}; { $added ->
    [one] una participación añadida
   *[other] { $added } participaciones añadidas
}, { $removed ->
    [one] { $removed } eliminada
   *[other] { $removed } eliminadas
}, { $changed ->
    [one] { $changed } modificada
   *[other] { $changed } modificadas
}.
data-release-cite = Agora ({ $year }). Agora: diálogo interestatal sobre migración, conjunto de datos, versión publicada { $name } [conjunto de datos]. { $url }
data-release-files = Los archivos de la versión publicada { $name }
data-release-file = Archivo
data-release-size = Bytes
data-release-sha256 = SHA-256
data-release-sums = Sumas de verificación de todos los archivos (para sha256sum -c)
change-release-added = Nueva versión publicada de los datos abiertos: { $name }.
only-admins-release = solo un administrador puede publicar una versión del conjunto de datos
release-name-taken = se publicó una versión con el mismo nombre en ese mismo momento: inténtelo de nuevo

## Las búsquedas como canales, las búsquedas guardadas y el canal privado
feed-search-title-all = Agora: búsqueda
feed-search-title = Agora: búsqueda de “{ $q }”
feed-found-by = Encontrado por su búsqueda guardada “{ $search }”.
feed-saved-title = Agora: su búsqueda guardada “{ $name }”
feed-private-title = Agora: sus búsquedas guardadas
feed-not-a-search = “{ $value }” no es el número de ninguna de sus búsquedas guardadas
feed-key-title = Su canal privado
feed-key-lede = Esta dirección da a quien la tenga lo que sus búsquedas guardadas encuentran entre todo lo que usted puede leer, incluido el material confidencial: no la comparta con nadie. Solo se muestra ahora; si crea una nueva o la desactiva en la página de su cuenta, deja de funcionar de inmediato.
feed-key-address = Dirección de su canal privado (Atom)
feed-key-each = Una sola búsqueda guardada
feed-key-back = Volver a su cuenta
account-searches = Búsquedas guardadas y canal privado
account-searches-lede = Cada búsqueda guardada se sigue en su canal privado: lo que encuentra entre todo lo que usted puede leer, de lo más reciente a lo más antiguo.
account-searches-none-html = Todavía no ha guardado ninguna búsqueda: <a href="{ $href }">haga una búsqueda</a> y, a continuación, guárdela debajo de sus resultados.
account-search-forget = Dejar de seguir “{ $name }”
account-feed-made = La dirección de su canal privado se creó el { $at } y se mostró en ese momento.
account-feed-new = Crear una nueva dirección (la anterior dejará de funcionar)
account-feed-end = Desactivar la dirección del canal privado
account-feed-none = Todavía no tiene una dirección de canal privado.
account-feed-make = Crear la dirección de mi canal privado
search-follow-heading = Seguir esta búsqueda
search-follow = Nuevos resultados de esta búsqueda, entre lo que el público puede consultar (canal Atom)
search-save-name = Nombre de la búsqueda guardada
search-save = Guardar esta búsqueda y seguirla en mi canal privado
search-save-sign-in-html = <a href="{ $href }">Inicie sesión</a> para guardar esta búsqueda y seguirla en un canal privado, entre todo lo que usted puede leer.
saved-search-name-empty = dé un nombre a la búsqueda guardada
saved-search-too-long = el nombre o la búsqueda son demasiado largos
saved-search-too-many = ya tiene 50 búsquedas guardadas: deje primero de seguir una de ellas
