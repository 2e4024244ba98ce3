# Las páginas del registro: un foro, la lista de foros, los Estados y territorios, las
# organizaciones, la página de inicio, los historiales de versiones, qué certeza tenemos; los
# mapas y las tablas de miembros que comparten.

verified = verificado
unverified = sin verificar

## La página de un foro
forum-propose-html = <a class="button" href="{ $href }">Proponga un cambio</a> en los miembros, las presidencias, la secretaría o el perfil de este foro.
forum-verified = perfil verificado
forum-unverified = perfil sin verificar
forum-unverified-why = : algunos datos se basan en una única fuente o se han deducido de las fuentes
forum-dissolved-in = Fecha de disolución de este foro: { $date }.
forum-successor-html = Su labor continúa en <a href="{ $href }">{ $name }</a>.
forum-dissolved-no-members = Al { $day } no tenía miembros; elija una fecha anterior para ver quiénes participaban.
forum-profile = Perfil
forum-fact-category = Categoría
forum-fact-established = Creación
forum-fact-dissolved = Disolución
forum-fact-regions = Regiones abarcadas
forum-fact-md = Migración y desarrollo
forum-fact-operational = Componente operativo
forum-fact-meeting-level = Nivel de las reuniones
forum-fact-members = Miembros en esta fecha
meeting-level-ministerial = ministerial
meeting-level-vice-ministerial = viceministerial
meeting-level-senior-officials = altos funcionarios
meeting-level-technical = técnico
meeting-level-mixed = mixto
forum-part-of = Forma parte de
forum-bodies-under = Órganos dependientes
forum-themes = Temas
forum-objectives = Objetivos
forum-topics = Prioridades temáticas (en los términos de las fuentes)
forum-other-names = Otros nombres y nombres anteriores
forum-name-in = { $name } ({ $language })
forum-name-during = { $name } ({ $period })
forum-category-over-time = Evolución de la categoría
forum-category-span = { $period }: { $category }
forum-category-span-note = { $period }: { $category } — { $note }
forum-websites = Sitios web
forum-members-on = { $count ->
    [one] Miembros al { $day } ({ $count })
   *[other] Miembros al { $day } ({ $count })
}
forum-members-on-suspended = Miembros al { $day } ({ $count }, de ellos { $suspended ->
    [one] { $suspended } suspendido)
   *[other] { $suspended } suspendidos)
}
forum-download-html = <a href="{ $href }" download>Descargar en CSV las filas al { $day }</a> · <a href="{ $all }" download>todas las filas, de todas las fechas</a> (el formato de datos abiertos, que <code>agora import</code> puede volver a leer)
forum-open-participation = Participación abierta:
forum-no-members = No hay miembros registrados en esta fecha.
forum-no-members-but-undated = No hay miembros registrados en esta fecha; los que las fuentes mencionan sin fechas figuran en “Fechas no registradas”.
forum-through-caption = Estados que participan a través de su organización regional al { $day } ({ $count })
forum-through-state = Estado o territorio
forum-through-via = A través de
forum-undated = Fechas no registradas ({ $count })
forum-undated-why = Las fuentes mencionan a estos miembros, observadores y asociados sin indicar desde cuándo ni hasta cuándo, por lo que no se cuentan entre los participantes al { $day }.
forum-others-on = Observadores y asociados al { $day } ({ $count })
forum-chairs = Presidencias sucesivas
forum-no-chairs = No consta ninguna presidencia.
forum-secretariat = Secretaría
forum-no-secretariat = No consta ninguna secretaría.
forum-timeline = Incorporaciones y salidas, por fecha
forum-no-timeline = No consta ningún cambio fechado en la composición.
forum-joined = incorporaciones:
forum-left = salidas:
forum-undated-starts = { $count ->
    [one] { $count } participación no tiene fecha de inicio registrada.
   *[other] { $count } participaciones no tienen fecha de inicio registrada.
}
forum-documents = Documentos
forum-no-documents = La biblioteca aún no contiene documentos de este foro.
forum-sources = Fuentes
forum-version-history = Historial de versiones
forum-propose = Proponer un cambio
forum-report = Notificar un error
forum-sign-in-to-report-html = <a href="{ $href }">Inicie sesión</a> para notificar un error
forum-how-sure = Qué certeza tenemos
forum-machine-readable-html = Formato legible por máquina: <a href="{ $json }">este foro en JSON</a>, <a href="{ $memberships }">sus participaciones al { $day }</a>.
forum-map-title = Mapa de los miembros de { $name } al { $day }
forum-members-caption = Miembros de { $name } al { $day }
forum-others-caption = Observadores y asociados de { $name } al { $day }
forum-chairs-caption = Presidencias y copresidencias de { $name }
forum-secretariat-caption = Secretaría de { $name }
forum-undated-caption = Participantes en { $name } sin fechas registradas

## Tablas de miembros
members-name = Nombre
members-role = Función
members-period = Período
members-checked = Verificación
members-sources = Fuentes y notas
members-suspended = suspendido

## Comparación de dos fechas
compare-title = Comparación entre el { $day } y el { $other }
compare-same-members = Los mismos miembros en ambas fechas.
compare-same-fora = Los mismos foros en ambas fechas.
compare-only-on = Presentes el { $day }, pero no el { $other } ({ $count })
compare-none = Ninguno.

## Mapas
map-small-states = Es posible que los Estados pequeños no se distingan a esta escala; la tabla los recoge todos.
map-point = Señale un Estado para ver su recuento; selecciónelo para abrir su página.
map-member = { $name }: miembro
map-other = { $name }: observador o asociado
map-legend-member = miembro
map-legend-other = observador o asociado
map-legend-neither = ninguna de las dos cosas
map-count = { $count ->
    [one] { $name }: { $count } foro
   *[other] { $name }: { $count } foros
}
map-step-none = ninguno
map-step-range = { $from }–{ $to }
map-step-more = { $from } o más

## Estados y territorios
areas-title = Estados y territorios
areas-download = Descargar esta lista en CSV
areas-caption = Estados y territorios, con el número de foros en que participa cada uno al { $day }
areas-name = Nombre
areas-code = Código
areas-region = Región
areas-fora = Foros
area-names = Nombres
area-name-in = { $language }:
area-m49-code = Código M49
area-m49-regions = Regiones M49
area-takes-part = { $count ->
    [one] Participa en { $count } foro al { $day }
   *[other] Participa en { $count } foros al { $day }
}
area-undated = { $count ->
    [one] En { $count } foro más, las fuentes lo mencionan sin fechas, por lo que no se cuenta en esta fecha (figura como “fechas no registradas” más abajo).
   *[other] En otros { $count } foros, las fuentes lo mencionan sin fechas, por lo que no se cuentan en esta fecha (figuran como “fechas no registradas” más abajo).
}
area-timeline-title = Cronología de la participación de { $name } en foros, de { $from } a { $to }
area-bar-title = { $forum }, { $role }: { $period }
area-timeline-caption = Cada barra representa una participación, rotulada con la sigla o el nombre del foro, en el orden de la tabla siguiente; las barras vigentes al { $day } aparecen más oscuras; la línea vertical marca el { $day }. Una participación sin fecha de inicio registrada se dibuja desde el comienzo del eje.
area-memberships-caption = Participación de { $name } en foros (todos los períodos)
area-forum = Foro
area-category = Categoría
area-on = Al { $day }
area-machine-readable-html = Formato legible por máquina: <a href="{ $href }">{ $name } en JSON</a>.

## La lista de foros
fora-title = Foros
fora-q = Nombre, sigla o nombre anterior
fora-category = Categoría
fora-any = Cualquiera
fora-region = Región (M49)
fora-theme = Tema
fora-status = Situación
fora-status-any = Activos o disueltos
fora-status-active = Existentes en la fecha
fora-status-dissolved = Disueltos
fora-md-option = Migración y desarrollo: { $status }
fora-on-date = En la fecha
fora-date-hint = Un año, un mes o un día: 2010, 2010-06, 2010-06-30
fora-sort = Ordenar por
fora-sort-default = Mayor coincidencia, o nombre
fora-sort-name = Nombre
fora-sort-established = Año de creación
fora-sort-members = Mayor número de miembros
fora-sort-relevance = Mayor coincidencia
fora-also-show = Mostrar también
fora-website = Sitio web
fora-show = Mostrar foros
fora-total-html = { $count ->
    [one] Coincide { $count } foro (recuento al { $day }). <a href="{ $href }" download>Descargar este foro en CSV</a> (una hoja de cálculo con todas las filas y las columnas mostradas).
   *[other] Coinciden { $count } foros (recuento al { $day }). <a href="{ $href }" download>Descargar estos { $count } foros en CSV</a> (una hoja de cálculo con todas las filas y las columnas mostradas).
}
fora-other-times = Clasificados según la categoría que tenía cada foro al { $day }. Los siguientes también fueron “{ $category }” en otro momento y no se cuentan arriba:
fora-other-times-how = Elija una fecha de esos años para contarlos entre ellos.
fora-caption = Foros, con sus miembros al { $day }
fora-acronym = Sigla
fora-members = Miembros
fora-matched = coincidencia: { $name }
fora-open = abierto a todos
fora-suspended = ({ $count ->
    [one] { $count } suspendido
   *[other] { $count } suspendidos
})
fora-undated = { $count ->
    [one] (+{ $count } sin fecha registrada)
   *[other] (+{ $count } sin fechas registradas)
}
fora-dates-not-recorded = (fechas no registradas)
fora-next = Página siguiente

## Los últimos cambios, cada uno en una frase
change-other = { $op ->
    [create] Se añadió un registro.
    [delete] Se eliminó un registro.
   *[update] Se actualizó un registro.
}

## La página de inicio
home-title = Diálogo interestatal sobre migración
home-heading = El diálogo interestatal sobre migración, en un solo lugar
home-lede = Agora recoge el panorama de los procesos consultivos regionales sobre migración (PCR), los foros interregionales, las organizaciones regionales y sus órganos dedicados a la migración, y el Foro Mundial sobre Migración y Desarrollo: quién participa y desde cuándo, con las fuentes de cada dato.
home-find = Buscar un Estado, un foro, una organización o un documento
home-find-placeholder = Etiopía, Proceso de Colombo, remesas…
home-browse-html = O consulte <a href="{ $areas }">todos los Estados y territorios</a>, <a href="{ $fora }">todos los foros</a> o <a href="/documents">la biblioteca</a>.
home-fora-on = Foros al { $day }
home-counts-html = En esta fecha existían <a href="{ $href }">{ $fora } foros</a>; estaban vigentes { $memberships } participaciones; el registro recoge { $areas } Estados y territorios.
home-by-category = Foros por categoría al { $day }
home-world = En cuántos foros participa cada Estado
home-same-as-table = Los mismos datos en forma de tabla ({ $count } Estados y territorios)
home-states-caption = Foros en que participa cada Estado al { $day }
home-latest = Últimos cambios
home-no-changes = Todavía no se ha registrado ningún cambio.
home-map-title = Mapa mundial: número de foros en que participa cada Estado al { $day }
home-map-svg-title = Número de foros en que participa cada Estado al { $day }

## Organizaciones
orgs-title = Organizaciones
orgs-lede = Organizaciones internacionales y regionales que actúan como secretarías, observadores o asociados de foros.
orgs-caption = Organizaciones, con el número de funciones que desempeñan o desempeñaron en foros
orgs-acronyms = Siglas
orgs-kind = Tipo
orgs-roles = Funciones
org-other-names = Otros nombres
org-roles = Funciones en foros
org-no-roles = No consta ninguna función.
org-roles-caption = Foros en los que { $name } es o fue secretaría, observador o asociado
org-note = Nota

## Historiales de versiones
history-title = Historial de versiones de { $name }
history-covers-forum = Todos los cambios del perfil del foro y de sus miembros, presidencias y secretaría,
history-covers-record = Todos los cambios de esta ficha (las participaciones figuran en el historial de cada foro),
history-how-html = del más reciente al más antiguo, con la función de quien los hizo. <a href="{ $href }">Volver a { $name }</a>.
history-none = No consta ningún cambio.
history-version = { $op ->
    [create] { $by } añadió { $what }
    [delete] { $by } eliminó { $what }
   *[update] { $by } modificó { $what }
}
history-fields = { $count ->
    [one] { $count } campo
   *[other] { $count } campos
}
history-field = Campo
history-before = Antes
history-after = Después
history-what-forum = el perfil del foro
history-what-membership = la entrada { $id }
history-what-document = el documento { $id }
history-what-report = la notificación de error { $id }
history-what-meeting = la reunión { $id }
history-what-area = la ficha del Estado
history-what-organisation = la ficha de la organización
history-by-secretariat = la secretaría de { $forum }
history-by-focal-point = el punto focal de { $area }
history-by-editor = un editor
history-by-admin = un administrador
history-by-published = { $who } (cambio publicado por un editor)
history-by-builtin = el conjunto de datos integrado
history-by-import = una importación de datos

## Qué certeza tenemos
provenance-title = Qué certeza tenemos: la procedencia de los datos del registro
provenance-heading = Qué certeza tenemos de cada dato
provenance-lede-html = Todos los foros y participaciones de Agora citan sus fuentes. Un dato solo se considera <strong>verificado</strong> cuando al menos una de sus fuentes es primaria: el sitio web del propio foro o de su secretaría, el de una organización intergubernamental, de un gobierno o de un diario oficial, o el documento de antecedentes de 2009. Las enciclopedias, los sitios espejo de documentos y las noticias nunca bastan por sí solos para verificar un dato. Un dato que no se ha comprobado en más de { $days } días se considera <strong>desactualizado</strong>.
provenance-by-state = Datos según su estado de verificación
provenance-by-state-caption = Foros y participaciones según su estado de verificación y su última comprobación
provenance-state = Situación
provenance-facts = Datos
provenance-verified = Verificados
provenance-unverified = Sin verificar
provenance-stale = Desactualizados (nunca comprobados, o comprobados hace más de { $days } días)
provenance-never-checked = Nunca comprobados
provenance-by-source = Datos según su mejor fuente
provenance-by-class-caption = Datos según el mejor tipo de fuente entre las que citan
provenance-publisher = Tipo de fuente
provenance-by-host-caption = Los sitios web de origen citados por más datos
provenance-site = Sitio
provenance-citing = Datos que lo citan
provenance-by-year-caption = Datos según el año de su última comprobación
provenance-last-checked = Última comprobación
provenance-queue = Próximos datos por verificar ({ $count })
provenance-queue-how = Datos sin verificar y desactualizados: primero los nunca comprobados, después los de comprobación más antigua, y los no verificados antes que los verificados. Tras iniciar sesión, puede notificar un error, aportando una fuente, desde la página de cualquier foro; los editores examinan cada notificación.
provenance-queue-first-html = Aquí figuran los { $count } primeros; <a href="{ $href }">la API</a> permite recorrerlos todos, página a página.
provenance-queue-caption = Próximos datos por verificar
provenance-fact = Dato
provenance-best-source = Mejor fuente
provenance-kind-forum = foro
provenance-kind-membership = participación
provenance-never = nunca
provenance-class-primary = primaria
provenance-class-encyclopedia = enciclopedia
provenance-class-mirror = sitio espejo de documentos
provenance-class-staging = copia de prueba de un sitio
provenance-class-other = otra

## La página de la API
api-title = Referencia de la API
api-lede-html = La API JSON se encuentra en <code>/api/v1</code>; su descripción OpenAPI 3.1 está en <a href="/api/openapi.json">/api/openapi.json</a>. Las listas devuelven <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code>; los errores son problemas RFC 9457 (<code>application/problem+json</code>) con un <code>code</code> estable.
api-no-script-html = La referencia interactiva requiere JavaScript; el <a href="/api/openapi.json">documento OpenAPI</a> describe todos los puntos de conexión sin necesidad de él.
