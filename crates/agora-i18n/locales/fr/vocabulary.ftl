# Les vocabulaires contrôlés tels que les pages les affichent : catégories de forums, rôles, place
# de la migration et du développement, types d’organisation, langues, périodes.

category-rcp = Processus consultatif régional sur la migration
category-interregional-forum = Forum interrégional
category-regional-organisation = Organisation régionale
category-migration-body = Organe d’une organisation régionale chargé des migrations
category-global-process = Processus mondial

md-priority = une priorité
md-ad-hoc = abordé ponctuellement
md-not-addressed = non abordé
md-unknown = inconnu

role-member = membre
role-observer = observateur
role-partner = partenaire
role-associate = membre associé
role-chair = président
role-co-chair = coprésident
role-secretariat = secrétariat
role-steering-group = comité directeur

org-kind-un = organisme des Nations Unies
org-kind-intergovernmental = organisation intergouvernementale
org-kind-eu = institution ou agence de l’Union européenne
org-kind-national-agency = organisme national
org-kind-other = autre

language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol
language-pt = portugais

period-between = { $start } – { $end }
period-since = { $start } – …
period-until = … – { $end }
period-not-recorded = dates non renseignées

yes = oui
no = non
not-known = inconnu
none = aucun
