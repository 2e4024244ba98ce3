# Les pages du registre : un forum, la liste des forums, les États et territoires, les organisations,
# la page d’accueil, les historiques des versions, le degré de certitude ; les cartes et les tableaux
# de membres qu’elles partagent.

verified = vérifié
unverified = non vérifié

## La page d’un forum
forum-propose-html = <a class="button" href="{ $href }">Proposer une modification</a> des membres, des présidents, du secrétariat ou du profil de ce forum.
forum-verified = profil vérifié
forum-unverified = profil non vérifié
forum-unverified-why = {" "}: certains faits ne reposent que sur une source unique ou sont déduits d’une source
forum-dissolved-in = Ce forum a été dissous ({ $date }).
forum-successor-html = Ses travaux se poursuivent au sein de son successeur, <a href="{ $href }">{ $name }</a>.
forum-dissolved-no-members = Il ne comptait aucun membre au { $day } ; choisissez une date antérieure pour voir qui y participait.
forum-profile = Profil
forum-fact-category = Catégorie
forum-fact-established = Création
forum-fact-dissolved = Dissolution
forum-fact-regions = Régions couvertes
forum-fact-md = Migration et développement
forum-fact-operational = Volet opérationnel
forum-fact-meeting-level = Niveau des réunions
forum-fact-members = Membres à cette date
meeting-level-ministerial = ministériel
meeting-level-vice-ministerial = vice-ministériel
meeting-level-senior-officials = hauts fonctionnaires
meeting-level-technical = technique
meeting-level-mixed = mixte
forum-part-of = Fait partie de
forum-bodies-under = Organes rattachés
forum-themes = Thèmes
forum-objectives = Objectifs
forum-topics = Priorités thématiques (telles que les sources les formulent)
forum-other-names = Autres noms et noms antérieurs
forum-name-in = { $name } ({ $language })
forum-name-during = { $name } ({ $period })
forum-category-over-time = Évolution de la catégorie
forum-category-span = { $period } : { $category }
forum-category-span-note = { $period } : { $category } — { $note }
forum-websites = Sites web
forum-members-on = { $count ->
    [one] Membres au { $day } ({ $count })
   *[other] Membres au { $day } ({ $count })
}
forum-members-on-suspended = { $suspended ->
    [one] Membres au { $day } ({ $count }, dont { $suspended } suspendu)
   *[other] Membres au { $day } ({ $count }, dont { $suspended } suspendus)
}
forum-download-html = <a href="{ $href }" download>Télécharger les lignes du { $day } au format CSV</a> · <a href="{ $all }" download>toutes les lignes, toutes dates confondues</a> (le format des données ouvertes, que <code>agora import</code> sait relire)
forum-open-participation = Participation ouverte :
forum-no-members = Aucun membre n’est enregistré à cette date.
forum-no-members-but-undated = Aucun membre n’est enregistré à cette date ; ceux que les sources citent sans dates figurent sous « Dates non renseignées ».
forum-through-caption = États participant par l’intermédiaire de leur organisation régionale au { $day } ({ $count })
forum-through-state = État ou territoire
forum-through-via = Par l’intermédiaire de
forum-undated = Dates non renseignées ({ $count })
forum-undated-why = Les sources citent ces membres, observateurs et partenaires sans préciser depuis quand ni jusqu’à quand ; ils ne sont donc pas comptés parmi les participants au { $day }.
forum-others-on = Observateurs et partenaires au { $day } ({ $count })
forum-chairs = Présidences successives
forum-no-chairs = Aucune présidence n’est enregistrée.
forum-secretariat = Secrétariat
forum-no-secretariat = Aucun secrétariat n’est enregistré.
forum-timeline = Adhésions et retraits
forum-no-timeline = Aucun changement daté de la composition n’est enregistré.
forum-joined = adhésions :
forum-left = retraits :
forum-undated-starts = { $count ->
    [one] { $count } adhésion n’a pas de date de début renseignée.
   *[other] { $count } adhésions n’ont pas de date de début renseignée.
}
forum-documents = Documents
forum-no-documents = La bibliothèque ne contient encore aucun document de ce forum.
forum-sources = Sources
forum-version-history = Historique des versions
forum-propose = Proposer une modification
forum-report = Signaler une erreur
forum-sign-in-to-report-html = <a href="{ $href }">Connectez-vous</a> pour signaler une erreur
forum-how-sure = Degré de certitude
forum-machine-readable-html = Lisible par machine : <a href="{ $json }">ce forum au format JSON</a>, <a href="{ $memberships }">ses participations au { $day }</a>.
forum-map-title = { $name } : carte des membres au { $day }
forum-members-caption = { $name } : membres au { $day }
forum-others-caption = { $name } : observateurs et partenaires au { $day }
forum-chairs-caption = { $name } : présidents et coprésidents
forum-secretariat-caption = { $name } : secrétariat
forum-undated-caption = { $name } : participants dont les dates ne sont pas renseignées

## Tableaux des membres
members-name = Nom
members-role = Rôle
members-period = Période
members-checked = Vérification
members-sources = Sources et notes
members-suspended = suspendu

## Comparaison de deux dates
compare-title = { $day } par rapport au { $other }
compare-same-members = Les mêmes membres aux deux dates.
compare-same-fora = Les mêmes forums aux deux dates.
compare-only-on = Au { $day }, mais pas au { $other } ({ $count })
compare-none = Aucun.

## Cartes
map-small-states = Certains petits États sont trop petits pour apparaître à cette échelle ; le tableau les recense tous.
map-point = Pointez un État pour afficher son décompte ; sélectionnez-le pour ouvrir sa page.
map-member = { $name } : membre
map-other = { $name } : observateur ou partenaire
map-legend-member = membre
map-legend-other = observateur ou partenaire
map-legend-neither = ni l’un ni l’autre
map-count = { $count ->
    [one] { $name } : { $count } forum
   *[other] { $name } : { $count } forums
}
map-step-none = aucun
map-step-range = { $from }–{ $to }
map-step-more = { $from } ou plus

## États et territoires
areas-title = États et territoires
areas-download = Télécharger cette liste au format CSV
areas-caption = États et territoires, avec le nombre de forums auxquels chacun participe au { $day }
areas-name = Nom
areas-code = Code
areas-region = Région
areas-fora = Forums
area-names = Noms
area-name-in = en { $language } :
area-m49-code = Code M49
area-m49-regions = Régions M49
area-takes-part = { $count ->
    [one] Participe à { $count } forum au { $day }
   *[other] Participe à { $count } forums au { $day }
}
area-undated = { $count ->
    [one] Dans { $count } autre forum, les sources le citent sans dates : cette participation n’est donc pas comptée à cette date (mention « dates non renseignées » ci-dessous).
   *[other] Dans { $count } autres forums, les sources le citent sans dates : ces participations ne sont donc pas comptées à cette date (mention « dates non renseignées » ci-dessous).
}
area-timeline-title = { $name } : chronologie de la participation aux forums, de { $from } à { $to }
area-bar-title = { $forum }, { $role } : { $period }
area-timeline-caption = Chaque barre représente une participation, étiquetée par le sigle ou le nom du forum, dans l’ordre du tableau ci-dessous ; les barres en cours au { $day } sont plus foncées ; la ligne verticale marque le { $day }. Une participation sans date de début renseignée est tracée à partir du début de l’axe.
area-memberships-caption = { $name } : participation aux forums (toutes périodes)
area-forum = Forum
area-category = Catégorie
area-on = Au { $day }
area-machine-readable-html = Lisible par machine : <a href="{ $href }">{ $name } au format JSON</a>.

## La liste des forums
fora-title = Forums
fora-q = Nom, sigle ou ancien nom
fora-category = Catégorie
fora-any = Indifférent
fora-region = Région (M49)
fora-theme = Thème
fora-status = Statut
fora-status-any = En activité ou dissous
fora-status-active = Existant à la date choisie
fora-status-dissolved = Dissous
fora-md-option = Migration et développement : { $status }
fora-on-date = À la date
fora-date-hint = Une année, un mois ou un jour : 2010, 2010-06, 2010-06-30
fora-sort = Trier par
fora-sort-default = Pertinence, ou nom
fora-sort-name = Nom
fora-sort-established = Année de création
fora-sort-members = Nombre de membres
fora-sort-relevance = Pertinence
fora-also-show = Afficher aussi
fora-website = Site web
fora-show = Afficher les forums
fora-total-html = { $count ->
    [one] { $count } forum correspond à la recherche (décompte au { $day }). <a href="{ $href }" download>Télécharger le résultat au format CSV</a> (une feuille de calcul de toutes les lignes, avec les colonnes affichées).
   *[other] { $count } forums correspondent à la recherche (décompte au { $day }). <a href="{ $href }" download>Télécharger ces { $count } forums au format CSV</a> (une feuille de calcul de toutes les lignes, avec les colonnes affichées).
}
fora-other-times = Liste établie selon la catégorie de chaque forum au { $day }. Les forums suivants ont relevé de la catégorie « { $category } » à une autre période et ne sont pas comptés ci-dessus :
fora-other-times-how = Choisissez une date comprise dans ces années pour les inclure dans le décompte.
fora-caption = Forums et nombre de leurs membres au { $day }
fora-acronym = Sigle
fora-members = Membres
fora-matched = correspondance : { $name }
fora-open = ouvert à tous
fora-suspended = { $count ->
    [one] ({ $count } suspendu)
   *[other] ({ $count } suspendus)
}
fora-undated = { $count ->
    [one] (+{ $count } sans date renseignée)
   *[other] (+{ $count } sans dates renseignées)
}
fora-dates-not-recorded = (dates non renseignées)
fora-next = Page suivante

## Les dernières modifications, chacune en une phrase
change-other = { $op ->
    [create] Un enregistrement a été ajouté.
    [delete] Un enregistrement a été supprimé.
   *[update] Un enregistrement a été modifié.
}

## La page d’accueil
home-title = Dialogue interétatique sur les migrations
home-heading = Le dialogue interétatique sur les migrations, réuni en un seul endroit
home-lede = Agora recense le paysage des processus consultatifs régionaux sur la migration (PCR), des forums interrégionaux, des organisations régionales et de leurs organes chargés des migrations, ainsi que du Forum mondial sur la migration et le développement : qui y participe et depuis quand, avec les sources de chaque fait.
home-find = Trouver un État, un forum, une organisation ou un document
home-find-placeholder = Éthiopie, Processus de Colombo, envois de fonds…
home-browse-html = Ou parcourez <a href="{ $areas }">tous les États et territoires</a>, <a href="{ $fora }">tous les forums</a> ou <a href="/documents">la bibliothèque</a>.
home-fora-on = Forums au { $day }
home-counts-html = <a href="{ $href }">{ $fora } forums</a> existaient à cette date ; { $memberships } participations étaient en cours ; le registre recense { $areas } États et territoires.
home-by-category = Forums par catégorie au { $day }
home-world = Nombre de forums auxquels participe chaque État
home-same-as-table = Les mêmes données sous forme de tableau ({ $count } États et territoires)
home-states-caption = Nombre de forums auxquels participe chaque État au { $day }
home-latest = Dernières modifications
home-no-changes = Aucune modification n’a encore été enregistrée.
home-map-title = Carte du monde : nombre de forums auxquels participe chaque État au { $day }
home-map-svg-title = Nombre de forums auxquels participe chaque État au { $day }

## Organisations
orgs-title = Organisations
orgs-lede = Organisations internationales et régionales qui assurent le secrétariat de forums ou y participent en qualité d’observateur ou de partenaire.
orgs-caption = Organisations, avec le nombre de rôles qu’elles exercent ou ont exercés dans les forums
orgs-acronyms = Sigles
orgs-kind = Type
orgs-roles = Rôles
org-other-names = Autres noms
org-roles = Rôles dans les forums
org-no-roles = Aucun rôle n’est enregistré.
org-roles-caption = { $name } : rôles de secrétariat, d’observateur ou de partenaire, actuels ou passés
org-note = Note

## Historiques des versions
history-title = Historique des versions : { $name }
history-covers-forum = Toutes les modifications du profil du forum et de ses membres, présidents et secrétariat,
history-covers-record = Toutes les modifications de cette fiche (les participations figurent dans l’historique de chaque forum),
history-how-html = de la plus récente à la plus ancienne, avec le rôle de leur auteur. <a href="{ $href }">Retour à la page { $name }</a>.
history-none = Aucune modification n’est enregistrée.
history-version = { $op ->
    [create] { $what } : ajout par { $by }
    [delete] { $what } : suppression par { $by }
   *[update] { $what } : modification par { $by }
}
history-fields = { $count ->
    [one] { $count } champ
   *[other] { $count } champs
}
history-field = Champ
history-before = Avant
history-after = Après
history-what-forum = le profil du forum
history-what-membership = l’entrée { $id }
history-what-document = le document { $id }
history-what-report = le signalement d’erreur { $id }
history-what-meeting = la réunion { $id }
history-what-area = la fiche de l’État
history-what-organisation = la fiche de l’organisation
history-by-secretariat = le secrétariat du forum { $forum }
history-by-focal-point = le point focal ({ $area })
history-by-editor = un éditeur
history-by-admin = un administrateur
history-by-published = { $who } (publication par un éditeur)
history-by-builtin = le jeu de données intégré
history-by-import = une importation de données

## Degré de certitude
provenance-title = Degré de certitude : la provenance des faits du registre
provenance-heading = Degré de certitude de chaque fait
provenance-lede-html = Chaque forum et chaque participation enregistrés dans Agora citent leurs sources. Un fait n’est <strong>vérifié</strong> que si au moins une de ses sources est primaire : le site du forum ou de son secrétariat, celui d’une organisation intergouvernementale, d’un gouvernement ou d’un journal officiel, ou le document de référence de 2009. Les encyclopédies, les sites miroirs de documents et la presse ne suffisent jamais, à eux seuls, à vérifier un fait. Un fait qui n’a pas été contrôlé depuis plus de { $days } jours est <strong>périmé</strong>.
provenance-by-state = Faits par statut
provenance-by-state-caption = Forums et participations par statut de vérification et par date du dernier contrôle
provenance-state = Statut
provenance-facts = Faits
provenance-verified = Vérifiés
provenance-unverified = Non vérifiés
provenance-stale = Périmés (jamais contrôlés, ou contrôlés il y a plus de { $days } jours)
provenance-never-checked = Jamais contrôlés
provenance-by-source = Faits selon leur meilleure source
provenance-by-class-caption = Faits selon le meilleur type de source parmi celles qu’ils citent
provenance-publisher = Type de source
provenance-by-host-caption = Les sites sources cités par le plus grand nombre de faits
provenance-site = Site
provenance-citing = Faits qui le citent
provenance-by-year-caption = Faits selon l’année de leur dernier contrôle
provenance-last-checked = Dernier contrôle
provenance-queue = À vérifier en priorité ({ $count })
provenance-queue-how = Faits non vérifiés et périmés : d’abord ceux qui n’ont jamais été contrôlés, puis ceux dont le contrôle est le plus ancien, les faits non vérifiés passant avant les faits vérifiés. Une fois connecté, vous pouvez signaler une erreur, en indiquant une source, depuis la page de n’importe quel forum ; les éditeurs examinent chaque signalement.
provenance-queue-first-html = Les { $count } premiers sont présentés ici ; <a href="{ $href }">l’API</a> permet de les parcourir tous, page par page.
provenance-queue-caption = Faits à vérifier en priorité
provenance-fact = Fait
provenance-best-source = Meilleure source
provenance-kind-forum = forum
provenance-kind-membership = participation
provenance-never = jamais
provenance-class-primary = source primaire
provenance-class-encyclopedia = encyclopédie
provenance-class-mirror = site miroir de documents
provenance-class-staging = copie de prévisualisation d’un site
provenance-class-other = autre

## La page de l’API
api-title = Référence de l’API
api-lede-html = L’API JSON se trouve sous <code>/api/v1</code> ; sa description OpenAPI 3.1 est disponible à l’adresse <a href="/api/openapi.json">/api/openapi.json</a>. Les listes renvoient <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code> ; les erreurs sont des « problèmes » au sens de la RFC 9457 (<code>application/problem+json</code>), dotés d’un <code>code</code> stable.
api-no-script-html = La référence interactive nécessite JavaScript ; sans lui, le <a href="/api/openapi.json">document OpenAPI</a> décrit chaque point de terminaison.
