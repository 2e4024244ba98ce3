## Ce qui a changé, chaque changement en une phrase (les dernières modifications, les flux Atom). Le rôle,
## le type ou le statut d’une fiche arrive sous la forme de son mot dans les données ($role : member, observer, chair...).
change-membership-began = { $member } { $role ->
    [steering_group] a rejoint le comité directeur du forum
    [member] a adhéré au forum
    [observer] a obtenu le statut d’observateur auprès du forum
    [partner] a obtenu le statut de partenaire du forum
    [associate] a obtenu le statut de membre associé du forum
    [chair] a pris la présidence du forum
    [co_chair] a pris la coprésidence du forum
   *[secretariat] a pris en charge le secrétariat du forum
} { $forum } ({ $period }).
change-membership-recorded = Le registre mentionne désormais { $member } { $role ->
    [steering_group] comme membre du comité directeur du forum
    [member] comme membre du forum
    [observer] comme observateur auprès du forum
    [partner] comme partenaire du forum
    [associate] comme membre associé du forum
    [chair] comme ayant assuré la présidence du forum
    [co_chair] comme ayant assuré la coprésidence du forum
   *[secretariat] comme ayant assuré le secrétariat du forum
} { $forum } ({ $period }).
change-membership-ended = { $member } { $role ->
    [steering_group] ne fait plus partie du comité directeur du forum
    [member] n’est plus membre du forum
    [observer] n’a plus le statut d’observateur auprès du forum
    [partner] n’est plus partenaire du forum
    [associate] n’est plus membre associé du forum
    [chair] n’assure plus la présidence du forum
    [co_chair] n’assure plus la coprésidence du forum
   *[secretariat] n’assure plus le secrétariat du forum
} { $forum } ({ $period }).
change-membership-corrected = La fiche de participation de { $member } au forum { $forum } a été corrigée ({ $period }).
change-membership-removed = La fiche de participation de { $member } au forum { $forum } a été supprimée.
change-period-on = { $day }
change-forum-added = Nouveau forum au registre : { $name }.
change-forum-updated = La fiche du forum { $name } a été mise à jour.
change-forum-removed = Le forum { $name } a été retiré du registre.
change-document-added = Nouveau document final ({ $fora }) : { $title } ({ $kind ->
    [declaration] déclaration
    [action_plan] plan d’action
    [meeting_report] rapport de réunion
    [summary_report] rapport de synthèse
    [background_paper] document de référence
    [study] étude
    [statement] prise de position
    [recommendations] recommandations
   *[other] document
}).
change-document-updated = Document final mis à jour : { $title }.
change-document-removed = Un document final a été retiré de la bibliothèque : { $title }.
change-meeting-added = Nouvelle réunion : { $title } ({ $when }).
change-meeting-place = { $city }, { $when }
change-meeting-updated = Réunion mise à jour : { $title } ({ $when }).
change-meeting-cancelled = Réunion annulée : { $title } ({ $when }).
change-meeting-postponed = Réunion reportée : { $title } ({ $when }).
change-meeting-removed = Une réunion a été retirée du calendrier : { $title }.
change-party-updated = { $op ->
    [create] Nouvelle entrée au registre : { $name }.
    [delete] Retrait du registre : { $name }.
   *[update] Fiche mise à jour : { $name }.
}

## Les flux Atom ($what : le type de fiche auquel un flux se limite, ou any ; $new : yes lorsque
## seules les nouvelles fiches sont listées)
feed-what = { $new ->
    [yes] { $what ->
        [meeting] nouvelles réunions
        [document] nouveaux documents finaux
        [membership] nouvelles participations
        [forum] nouveaux forums
       *[other] nouveautés
    }
   *[no] { $what ->
        [meeting] modifications des réunions
        [document] modifications des documents finaux
        [membership] modifications des participations
        [forum] modifications des forums
       *[other] dernières modifications
    }
}
feed-title = Agora : { $what }
feed-title-about = Agora : { $what } — { $about }
feed-no-such-theme = il n’existe aucun thème « { $id } »
feed-follow = Suivre ces modifications (flux Atom)
feed-follow-documents = Nouveaux documents finaux (flux Atom)
feed-follow-meetings = Nouvelles réunions (flux Atom)

## La page des données ouvertes
data-title = Données ouvertes
data-lede = Tout ce que le public peut consulter dans Agora, à télécharger et à réutiliser : les forums, qui y participe, depuis quand et jusqu’à quand, les États et les organisations, les réunions et les documents finaux publics, avec les sources de chaque fait.
data-licence-html = Les données sont publiées sous licence <a href="{ $href }">Creative Commons Attribution 4.0</a> : réutilisez-les librement, en citant Agora et les sources mentionnées dans chaque fiche.
data-everything = Les fichiers contiennent tout ce qui a été enregistré, passé et présent.
data-everything-link = Tout ce qui a été enregistré
data-as-of-shown = Les fichiers contiennent le jeu de données tel qu’il se présentait au { $day }.
data-as-of = Le jeu de données tel qu’il se présentait au
data-as-of-submit = Afficher les fichiers
data-csv-heading = Fichiers CSV
data-csv-lede-html = Un fichier par type de fiche : encodage UTF-8, valeurs séparées par des virgules, une ligne d’en-tête. Le fichier <a href="{ $href }">datapackage.json</a> décrit chaque colonne, son type et sa signification (un Frictionless Data Package), afin que des outils puissent vérifier et charger les fichiers.
data-file = { $name ->
    [areas] États et territoires
    [organisations] Organisations
    [themes] Thèmes
    [fora] Forums
    [memberships] Qui participe à quel forum, à quel titre, depuis quand et jusqu’à quand (le fichier que le secrétariat d’un forum peut modifier puis renvoyer sous forme de proposition)
    [meetings] Réunions
    [meeting_participants] Qui a participé à chaque réunion, et de quelle manière
   *[documents] Documents finaux publics
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a> : les forums et les organisations comme organizations, leurs participations comme memberships, les États comme areas et les réunions comme events, selon le standard Popolo.
data-follow-heading = Suivre les modifications
data-follow-html = <a href="{ $changes }">Flux Atom de toutes les modifications</a> (chaque page de forum, d’État et d’organisation a le sien), <a href="{ $meetings }">calendrier des réunions</a> et l’<a href="{ $api }">API JSON</a>.
