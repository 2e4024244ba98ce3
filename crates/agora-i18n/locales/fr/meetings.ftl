## Le calendrier des réunions et la page d’une réunion.

site-nav-meetings = Réunions
meetings-title = Réunions
meetings-lede = Qui s’est réuni, où, qui était invité et ce qui en est ressorti : les réunions des forums, des plus récentes aux plus anciennes.
meetings-q = Mots du titre, du thème ou du lieu
meetings-when = Période
meetings-when-all = Passées et à venir
meetings-when-upcoming = À venir
meetings-when-past = Passées
meetings-forum = Forum
meetings-state = État participant
meetings-kind = Type de réunion
meetings-year = Année
meetings-none = Aucune réunion ne correspond à ces filtres.
meetings-count = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
}
meetings-count-page = { $count ->
    [one] { $count } réunion, dont { $shown } sur cette page
   *[other] { $count } réunions, dont { $shown } sur cette page
}
meetings-col-dates = Dates
meetings-col-meeting = Réunion
meetings-col-place = Lieu
meetings-all = Toutes les réunions
meeting-place = { $city }, { $country }
meeting-held-by = Dans le cadre de
meeting-status = Statut
meeting-status-since = depuis { $date }
meeting-part-of = Fait partie de
meeting-host = Hôte
meeting-chairs = Présidée par
meeting-theme = Thème
meeting-participants = Participants
meeting-agenda = Ordre du jour
meeting-parts = Sessions et réunions connexes
meeting-documents = Documents finaux
meeting-no-documents = La bibliothèque ne contient aucun document final de cette réunion.
meeting-note = Notes
meeting-sources = Sources
meeting-verified = Informations vérifiées auprès d’une source primaire.
meeting-unverified = Informations pas encore vérifiées auprès d’une source primaire.
meeting-kind-ministerial = Réunion ministérielle
meeting-kind-senior-officials = Réunion de hauts fonctionnaires
meeting-kind-technical = Réunion technique
meeting-kind-workshop = Atelier
meeting-kind-training = Formation
meeting-kind-global-rcp-meeting = Réunion mondiale des PCR
meeting-kind-gfmd-summit = Sommet du Forum mondial sur la migration et le développement
meeting-kind-gfmd-roundtable = Table ronde du Forum mondial sur la migration et le développement
meeting-kind-civil-society-days = Journées de la société civile
meeting-kind-other = Autre réunion
meeting-status-scheduled = Prévue
meeting-status-held = Tenue
meeting-status-postponed = Reportée
meeting-status-cancelled = Annulée
meeting-role-participant = participant
meeting-role-observer = observateur
meeting-role-guest = invité
meeting-role-speaker = intervenant
forum-meetings = Réunions
forum-meetings-none = Aucune réunion de ce forum n’est encore enregistrée.
forum-meetings-all = Toutes les réunions du forum { $name }
area-meetings = Réunions
area-meetings-none = Aucune réunion à laquelle cet État a participé n’est encore enregistrée.
meetings-feed-all = Agora : réunions
meetings-feed-forum = Agora : réunions du forum { $name }
meetings-feed-state = Agora : réunions auxquelles { $name } a pris part
meetings-feed-description = { $kind }. Dans le cadre de : { $fora }.
meetings-subscribe = S’abonner à ces réunions (iCalendar)

## Proposer une réunion, ou la correction d’une réunion.

forum-propose-meeting = Proposer une réunion
meeting-propose-correction = Proposer une correction de cette réunion
meeting-propose-title = Proposer une réunion de { $name }
meeting-correct-title = Proposer une correction de { $title }
meeting-revise-title = Réviser { $title }
meeting-propose-lede-html = Un éditeur examine ce que vous envoyez avant que cela n’apparaisse dans le calendrier et sur <a href="{ $href }">la page du forum</a>. Indiquez ce que disent les sources ; laissez vide ce qu’elles ne disent pas.
meeting-field-title = Titre (en anglais)
meeting-field-titles-other = Son titre dans les autres langues de l’ONU
meeting-title-in = { $language ->
    [ar] Titre en arabe
    [zh] Titre en chinois
    [fr] Titre en français
    [ru] Titre en russe
   *[es] Titre en espagnol
}
meeting-choose-kind = Choisissez un type de réunion
meeting-choose-status = Choisissez où elle en est
meeting-field-also-held-by = Tenue aussi par
meeting-field-also-held-by-hint = Les autres forums qui la tiennent conjointement, un par ligne. Vous ne pouvez proposer une réunion conjointe que pour des forums auxquels vous contribuez.
meeting-field-status-since = Statut depuis
meeting-field-start = Premier jour
meeting-field-end = Dernier jour
meeting-field-end-hint = Laissez vide pour une réunion d’un jour.
meeting-field-city = Ville
meeting-field-country = Pays
meeting-field-venue = Lieu
meeting-field-host-hint = Tel que le disent les sources, par exemple « Gouvernement de la Grèce ».
meeting-field-hosts = Accueillie par
meeting-field-parties-hint = États, organisations ou forums, un par ligne, sous les noms qu’Agora leur donne.
meeting-field-chairs-hint = Un par ligne, tels que les sources les nomment.
meeting-field-participants = Participants
meeting-field-observers = Observateurs
meeting-field-guests = Invités
meeting-field-speakers = Intervenants
meeting-field-agenda-hint = Un point par ligne.
meeting-field-summary = Résumé
meeting-field-documents-none-html = Aucun document de ce forum que vous pouvez voir n’est encore dans la bibliothèque : <a href="{ $href }">déposez-en un</a> d’abord, puis revenez.
meeting-field-documents-hint-html = Les documents de la bibliothèque issus de la réunion. Pas encore présent ? <a href="{ $href }">Déposez-le</a> d’abord.
meeting-part-of-none = Ne fait pas partie d’une autre réunion
meeting-option = { $title } ({ $dates })
meeting-field-source-hint = L’adresse web d’une page qui atteste que la réunion a eu lieu ou est prévue, commençant par https://
mistake-meeting-title = une réunion doit avoir un titre en anglais
mistake-meeting-kind = choisissez l’un des types de réunion proposés
mistake-meeting-status = choisissez l’un des statuts proposés
mistake-meeting-not-yours = vous ne contribuez pas pour { $name } : une réunion conjointe est proposée par quelqu’un qui contribue pour chacun des forums qui la tiennent
mistake-not-a-forum = « { $typed } » n’est pas un forum
mistake-not-a-state = « { $typed } » n’est pas un État
mistake-meeting-party-twice = { $name } figure dans deux rôles : donnez-en un seul à chaque participant
mistake-meeting-document = l’un des documents choisis n’est pas dans la bibliothèque
mistake-meeting-part-of = choisissez l’une des réunions proposées
mistake-meeting-source = une réunion doit avoir une source : l’adresse web d’une page qui l’atteste

meeting-times-label = Horaires
meeting-times = { $start }–{ $end } ({ $zone })
meeting-time-from = à partir de { $start } ({ $zone })
meeting-time-until = jusqu’à { $end } ({ $zone })
meeting-field-start-time = Heure d’ouverture (premier jour)
meeting-field-end-time = Heure de clôture (dernier jour)
meeting-field-time-hint = Au format 24 heures, par exemple 09:30. Laissez vide si elle n’est pas connue.
meeting-field-time-zone = Fuseau horaire
meeting-field-time-zone-hint = Celui du lieu de la réunion, tel que le nomme la base de données des fuseaux horaires, par exemple Asia/Dhaka ou Europe/Brussels.
mistake-time-zone = « { $typed } » n’est pas un fuseau horaire connu : écrivez-le comme la base de données des fuseaux horaires, par exemple Asia/Dhaka

meetings-view-list = Afficher en liste
meetings-view-month = Afficher par mois
meetings-months = Mois
meetings-month-prev = Mois précédent
meetings-month-next = Mois suivant
meetings-month-more = { $count ->
    [one] { $count } de plus
   *[other] { $count } de plus
}
meetings-month-undated = Aussi ce mois-ci, jours non enregistrés
meeting-map-title = { $place }, sur la carte du monde
meeting-map-credit-html = Emplacement des villes : <a href="https://www.geonames.org/">GeoNames</a>, CC BY 4.0.
meetings-show = Afficher les réunions
meeting-how-held = organisateur
meeting-how-hosted = hôte
meeting-how-chaired = présidence
org-meetings = Réunions
org-meetings-none = Aucune réunion à laquelle cette organisation a pris part n’est encore enregistrée.
