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
