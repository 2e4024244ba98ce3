# The controlled vocabularies as pages show them: categories of fora, roles, the place of
# migration and development, kinds of organisation, languages, periods.

category-rcp = Regional consultative process
category-interregional-forum = Inter-regional forum
category-regional-organisation = Regional organisation
category-migration-body = Migration body of a regional organisation
category-global-process = Global process

md-priority = a priority
md-ad-hoc = addressed ad hoc
md-not-addressed = not addressed
md-unknown = not known

role-member = member
role-observer = observer
role-partner = partner
role-associate = associate
role-chair = chair
role-co-chair = co-chair
role-secretariat = secretariat
role-steering-group = steering group

org-kind-un = United Nations body
org-kind-intergovernmental = intergovernmental organisation
org-kind-eu = European Union institution or agency
org-kind-national-agency = national agency
org-kind-other = other

language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish
language-pt = Portuguese

period-between = { $start } – { $end }
period-since = since { $start }
period-until = until { $end }
period-not-recorded = dates not recorded

yes = yes
no = no
not-known = not known
none = none
