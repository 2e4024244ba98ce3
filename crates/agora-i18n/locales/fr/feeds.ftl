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
        [recommendation] nouvelles recommandations
        [follow_up] nouvelles entrées de suivi
       *[other] nouveautés
    }
   *[no] { $what ->
        [meeting] modifications des réunions
        [document] modifications des documents finaux
        [membership] modifications des participations
        [forum] modifications des forums
        [recommendation] modifications des recommandations
        [follow_up] modifications des entrées de suivi
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
    [recommendations] Recommandations, résultats convenus et plans d’action, avec l’indication du texte où chacun figure
    [follow_ups] Ce qui a été fait pour donner suite à chaque recommandation, par qui, où cela en est et quel est son avancement (le fichier que le secrétariat d’un forum peut modifier puis renvoyer sous forme de proposition)
    [follow_up_updates] La chronologie de chaque entrée de suivi
    [routes] Les routes migratoires telles que leurs sources les nomment
    [route_stops] Les États le long de chaque route, dans l’ordre : origine, transit, destination
    [practices] Les bonnes pratiques et enseignements tirés, avec le résumé de leur évaluation par les pairs (jamais les coordonnées de quiconque)
   *[documents] Documents finaux publics
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a> : les forums et les organisations comme organizations, leurs participations comme memberships, les États comme areas et les réunions comme events, selon le standard Popolo.
data-follow-heading = Suivre les modifications
data-follow-html = <a href="{ $changes }">Flux Atom de toutes les modifications</a> (chaque page de forum, d’État et d’organisation a le sien), <a href="{ $meetings }">calendrier des réunions</a> et l’<a href="{ $api }">API JSON</a>.

## Les versions publiées des données ouvertes
data-releases-heading = Versions publiées
data-releases-lede-html = Une version publiée fige l’ensemble du jeu de données à une date donnée : ses fichiers ne changent jamais, et leurs sommes de contrôle en attestent. Citez une version publiée pour permettre à d’autres de retrouver exactement les données que vous avez utilisées. Les portails de données ouvertes moissonnent les versions publiées à partir du <a href="{ $href }">catalogue DCAT</a>.
data-releases-none = Aucune version n’a encore été publiée.
data-release-make = Publier une version du jeu de données dans son état actuel
data-release-title = Version publiée { $name }
data-release-made = Publiée le { $at } (UTC).
data-release-first = La première version publiée.
data-release-changes = Depuis la version publiée { $since } : { $fora_added ->
    [one] { $fora_added } forum ajouté
   *[other] { $fora_added } forums ajoutés
}, { $fora_removed ->
    [one] { $fora_removed } retiré
   *[other] { $fora_removed } retirés
} ; { $added ->
    [one] { $added } participation ajoutée
   *[other] { $added } participations ajoutées
}, { $removed ->
    [one] { $removed } supprimée
   *[other] { $removed } supprimées
}, { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}.
data-release-cite = Agora ({ $year }). Agora : dialogue interétatique sur les migrations, jeu de données, version publiée { $name } [jeu de données]. { $url }
data-release-files = Les fichiers de la version publiée { $name }
data-release-file = Fichier
data-release-size = Octets
data-release-sha256 = SHA-256
data-release-sums = Sommes de contrôle de tous les fichiers (pour sha256sum -c)
change-release-added = Nouvelle version publiée des données ouvertes : { $name }.
only-admins-release = seul un administrateur peut publier une version du jeu de données
release-name-taken = une version du même nom a été publiée au même moment : réessayez

## Les recherches sous forme de flux, les recherches enregistrées et le flux privé
feed-search-title-all = Agora : recherche
feed-search-title = Agora : recherche « { $q } »
feed-found-by = Trouvé par votre recherche enregistrée « { $search } ».
feed-saved-title = Agora : votre recherche enregistrée « { $name } »
feed-private-title = Agora : vos recherches enregistrées
feed-not-a-search = « { $value } » n’est le numéro d’aucune de vos recherches enregistrées
feed-key-title = Votre flux privé
feed-key-lede = Cette adresse donne à quiconque la détient ce que vos recherches enregistrées trouvent parmi tout ce que vous pouvez consulter, documents confidentiels compris : gardez-la pour vous. Elle n’est affichée que maintenant ; en créer une nouvelle, ou la désactiver depuis la page de votre compte, la rend aussitôt inutilisable.
feed-key-address = Adresse de votre flux privé (Atom)
feed-key-each = Une seule recherche enregistrée
feed-key-back = Retour à votre compte
account-searches = Recherches enregistrées et flux privé
account-searches-lede = Chaque recherche enregistrée est suivie dans votre flux privé : ce qu’elle trouve parmi tout ce que vous pouvez consulter, des résultats les plus récents aux plus anciens.
account-searches-none-html = Vous n’avez encore enregistré aucune recherche : <a href="{ $href }">lancez une recherche</a>, puis enregistrez-la à l’aide du formulaire situé sous ses résultats.
account-search-forget = Ne plus suivre « { $name } »
account-feed-made = L’adresse de votre flux privé a été créée le { $at } et affichée à ce moment-là.
account-feed-new = Créer une nouvelle adresse (l’ancienne cessera de fonctionner)
account-feed-end = Désactiver l’adresse du flux privé
account-feed-none = Vous n’avez pas encore d’adresse de flux privé.
account-feed-make = Créer l’adresse de mon flux privé
search-follow-heading = Suivre cette recherche
search-follow = Nouveaux résultats de cette recherche, parmi ce que le public peut consulter (flux Atom)
search-save-name = Nom de la recherche enregistrée
search-save = Enregistrer cette recherche et la suivre dans mon flux privé
search-save-sign-in-html = <a href="{ $href }">Connectez-vous</a> pour enregistrer cette recherche et la suivre dans un flux privé, parmi tout ce que vous pouvez consulter.
saved-search-name-empty = donnez un nom à la recherche enregistrée
saved-search-too-long = le nom ou la recherche est trop long
saved-search-too-many = vous avez déjà 50 recherches enregistrées : cessez d’abord d’en suivre une
