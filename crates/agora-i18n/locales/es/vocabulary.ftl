# Los vocabularios controlados tal como los muestran las páginas: categorías de foros, funciones,
# el lugar de la migración y el desarrollo, tipos de organización, idiomas, períodos.

category-rcp = Proceso consultivo regional
category-interregional-forum = Foro interregional
category-regional-organisation = Organización regional
category-migration-body = Órgano de migración de una organización regional
category-global-process = Proceso mundial

md-priority = una prioridad
md-ad-hoc = se aborda de forma puntual
md-not-addressed = no se aborda
md-unknown = se desconoce

role-member = miembro
role-observer = observador
role-partner = asociado
role-associate = miembro asociado
role-chair = presidente
role-co-chair = copresidente
role-secretariat = secretaría
role-steering-group = comité directivo

org-kind-un = órgano de las Naciones Unidas
org-kind-intergovernmental = organización intergubernamental
org-kind-eu = institución u organismo de la Unión Europea
org-kind-national-agency = organismo nacional
org-kind-other = otro

language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español
language-pt = portugués

period-between = { $start } – { $end }
period-since = desde { $start }
period-until = hasta { $end }
period-not-recorded = fechas no registradas

yes = sí
no = no
not-known = se desconoce
none = ninguno
