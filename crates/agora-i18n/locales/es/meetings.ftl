## El calendario de reuniones y la página de una reunión.

site-nav-meetings = Reuniones
meetings-title = Reuniones
meetings-lede = Quién se reunió y dónde, quién fue invitado y cuáles fueron los resultados: las reuniones de los foros, de la más reciente a la más antigua.
meetings-q = Palabras del título, el tema o el lugar
meetings-when = Cuándo
meetings-when-all = Pasadas y próximas
meetings-when-upcoming = Próximas
meetings-when-past = Pasadas
meetings-forum = Foro
meetings-state = Estado participante
meetings-kind = Tipo de reunión
meetings-year = Año
meetings-none = Ninguna reunión coincide con estos filtros.
meetings-count = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
meetings-count-page = { $count ->
    [one] { $count } reunión, { $shown } en esta página
   *[other] { $count } reuniones, { $shown } en esta página
}
meetings-col-dates = Fechas
meetings-col-meeting = Reunión
meetings-col-place = Lugar
meetings-all = Todas las reuniones
meeting-place = { $city }, { $country }
meeting-held-by = En el marco de
meeting-status = Situación
meeting-status-since = desde { $date }
meeting-part-of = Forma parte de
meeting-host = Anfitrión
meeting-chairs = Presidida por
meeting-theme = Tema
meeting-participants = Participantes
meeting-agenda = Programa
meeting-parts = Sesiones y reuniones conexas
meeting-documents = Documentos finales
meeting-no-documents = La biblioteca no contiene ningún documento final de esta reunión.
meeting-note = Notas
meeting-sources = Fuentes
meeting-verified = Datos verificados con una fuente primaria.
meeting-unverified = Datos aún no verificados con una fuente primaria.
meeting-kind-ministerial = Reunión ministerial
meeting-kind-senior-officials = Reunión de altos funcionarios
meeting-kind-technical = Reunión técnica
meeting-kind-workshop = Taller
meeting-kind-training = Capacitación
meeting-kind-global-rcp-meeting = Reunión mundial de los PCR
meeting-kind-gfmd-summit = Cumbre del Foro Mundial sobre Migración y Desarrollo
meeting-kind-gfmd-roundtable = Mesa redonda del Foro Mundial sobre Migración y Desarrollo
meeting-kind-civil-society-days = Jornadas de la sociedad civil
meeting-kind-other = Otra reunión
meeting-status-scheduled = Programada
meeting-status-held = Celebrada
meeting-status-postponed = Aplazada
meeting-status-cancelled = Cancelada
meeting-role-participant = participante
meeting-role-observer = observador
meeting-role-guest = invitado
meeting-role-speaker = orador
forum-meetings = Reuniones
forum-meetings-none = Todavía no consta ninguna reunión de este foro.
forum-meetings-all = Todas las reuniones de { $name }
area-meetings = Reuniones
area-meetings-none = Todavía no consta ninguna reunión en la que haya participado este Estado.
meetings-feed-all = Agora: reuniones
meetings-feed-forum = Agora: reuniones de { $name }
meetings-feed-state = Agora: reuniones en las que participó { $name }
meetings-feed-description = { $kind }. En el marco de: { $fora }.
meetings-subscribe = Suscribirse a estas reuniones (iCalendar)

## Proponer una reunión o la corrección de una reunión.

forum-propose-meeting = Proponer una reunión
meeting-propose-correction = Proponer una corrección de esta reunión
meeting-propose-title = Proponer una reunión de { $name }
meeting-correct-title = Proponer una corrección de { $title }
meeting-revise-title = Revisar { $title }
meeting-propose-lede-html = Un editor revisa lo que envíe antes de que aparezca en el calendario y en <a href="{ $href }">la página del foro</a>. Indique lo que dicen las fuentes; deje vacío lo que no dicen.
meeting-field-title = Título (en inglés)
meeting-field-titles-other = Su título en los demás idiomas de las Naciones Unidas
meeting-title-in = { $language ->
    [ar] Título en árabe
    [zh] Título en chino
    [fr] Título en francés
    [ru] Título en ruso
   *[es] Título en español
}
meeting-choose-kind = Elija un tipo de reunión
meeting-choose-status = Elija en qué situación está
meeting-field-also-held-by = Celebrada también por
meeting-field-also-held-by-hint = Los demás foros que la celebran conjuntamente, uno por línea. Solo puede proponer una reunión conjunta para foros a los que contribuye.
meeting-field-status-since = Situación desde
meeting-field-start = Primer día
meeting-field-end = Último día
meeting-field-end-hint = Déjelo vacío si la reunión dura un día.
meeting-field-city = Ciudad
meeting-field-country = País
meeting-field-venue = Sede
meeting-field-host-hint = Tal como lo dicen las fuentes, por ejemplo “Gobierno de Grecia”.
meeting-field-hosts = Acogida por
meeting-field-parties-hint = Estados, organizaciones o foros, uno por línea, con los nombres que les da Agora.
meeting-field-chairs-hint = Uno por línea, tal como los nombran las fuentes.
meeting-field-participants = Participantes
meeting-field-observers = Observadores
meeting-field-guests = Invitados
meeting-field-speakers = Oradores
meeting-field-agenda-hint = Un punto por línea.
meeting-field-summary = Resumen
meeting-field-documents-none-html = Todavía no hay en la biblioteca ningún documento de este foro que usted pueda ver: <a href="{ $href }">suba uno</a> primero y vuelva.
meeting-field-documents-hint-html = Los documentos de la biblioteca que resultaron de la reunión. ¿Aún no está? <a href="{ $href }">Súbalo</a> primero.
meeting-part-of-none = No forma parte de otra reunión
meeting-option = { $title } ({ $dates })
meeting-field-source-hint = La dirección web de una página que confirme que la reunión se celebró o está prevista, que empiece por https://
mistake-meeting-title = una reunión necesita un título en inglés
mistake-meeting-kind = elija uno de los tipos de reunión propuestos
mistake-meeting-status = elija una de las situaciones propuestas
mistake-meeting-not-yours = usted no contribuye para { $name }: una reunión conjunta la propone alguien que contribuye para cada uno de los foros que la celebran
mistake-not-a-forum = “{ $typed }” no es un foro
mistake-not-a-state = “{ $typed }” no es un Estado
mistake-meeting-party-twice = { $name } figura en dos funciones: asigne una sola a cada participante
mistake-meeting-document = uno de los documentos elegidos no está en la biblioteca
mistake-meeting-part-of = elija una de las reuniones propuestas
mistake-meeting-source = una reunión necesita una fuente: la dirección web de una página que lo confirme

meeting-times-label = Horario
meeting-times = { $start }–{ $end } ({ $zone })
meeting-time-from = desde las { $start } ({ $zone })
meeting-time-until = hasta las { $end } ({ $zone })
meeting-field-start-time = Hora de apertura (primer día)
meeting-field-end-time = Hora de clausura (último día)
meeting-field-time-hint = En formato de 24 horas, por ejemplo 09:30. Déjelo vacío si no se conoce.
meeting-field-time-zone = Huso horario
meeting-field-time-zone-hint = El del lugar de la reunión, tal como lo nombra la base de datos de husos horarios, por ejemplo Asia/Dhaka o Europe/Brussels.
mistake-time-zone = “{ $typed }” no es un huso horario conocido: escríbalo como en la base de datos de husos horarios, por ejemplo Asia/Dhaka

meetings-view-list = Ver como lista
meetings-view-month = Ver por mes
meetings-months = Meses
meetings-month-prev = Mes anterior
meetings-month-next = Mes siguiente
meetings-month-more = { $count ->
    [one] { $count } más
   *[other] { $count } más
}
meetings-month-undated = También este mes, sin días registrados
meeting-map-title = { $place }, en el mapa del mundo
meeting-map-credit-html = Ubicación de las ciudades: <a href="https://www.geonames.org/">GeoNames</a>, CC BY 4.0.
meetings-show = Mostrar reuniones
meeting-how-held = organizador
meeting-how-hosted = anfitrión
meeting-how-chaired = presidencia
org-meetings = Reuniones
org-meetings-none = Aún no se ha registrado ninguna reunión en la que participara esta organización.
