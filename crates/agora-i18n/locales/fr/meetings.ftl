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
