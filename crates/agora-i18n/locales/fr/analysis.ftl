# Les analyses du paysage (ticket 19) : routes migratoires, signalements de doublons,
# suggestions d’échanges.

id-not-route = « { $input } » n’est pas un identifiant de route valide : { $rule }
record-not-route = ce n’est pas une route migratoire : { $error }
history-what-route = la route migratoire { $id }
route-stops-few = une route compte au moins deux étapes
route-stop-twice = « { $id } » figure deux fois parmi les étapes de la route
route-stops-order = les étapes sont dans l’ordre : États d’origine, puis de transit, puis de destination
route-ends = une route va d’au moins un État d’origine à au moins un État de destination
route-forum-twice = chaque forum situé sur la route n’est nommé qu’une fois
change-route-added = Nouvelle route migratoire : { $name } ({ $stops ->
    [one] une étape
   *[other] { $stops } étapes
})
change-route-updated = Route migratoire corrigée : { $name }
change-route-removed = Une route migratoire a été supprimée : { $name }

analysis-list-separator = {", "}
analysis-flag-why = { $shared } des { $of } membres de { $smaller } sont aussi membres de { $other } ; tous deux ont pour priorités { $themes }.
analysis-along-origin = { $count ->
    [one] un État d’origine
   *[other] { $count } États d’origine
}
analysis-along-transit = { $count ->
    [one] un État de transit
   *[other] { $count } États de transit
}
analysis-along-destination = { $count ->
    [one] un État de destination
   *[other] { $count } États de destination
}
analysis-why-route = Le long de la route « { $route } » : { $forum } compte parmi ses membres { $ours } ; { $other }, { $theirs }.
analysis-why-topics = Tous deux travaillent sur { $themes } ({ $percent } % de leurs priorités en commun).
analysis-why-bridge = { $forum } et { $other } n’ont ni membre ni région en commun, et tous deux travaillent sur { $themes } : un pont entre régions.

site-nav-landscape = Paysage
landscape-title = Le paysage des forums
landscape-lede = Ce que les forums ont en commun à une date : leurs membres et leurs priorités, les paires qui pourraient faire double emploi, et avec qui chacun pourrait échanger. Les membres sont comptés selon les règles du registre : un forum qui participe pour ses États compte pour ces États à cette date, les membres inscrits sans dates sont laissés de côté, et un processus ouvert comme le FMMD, qui ne tient pas de liste de membres, n’est pas compté comme comprenant tous les États.
landscape-overlap-title = Membres en commun au { $day }
landscape-heatmap-desc = Une matrice { $count ->
    [one] d’un forum
   *[other] de { $count } forums
}, ordonnée de sorte que les forums ayant des membres en commun soient côte à côte : plus la case où deux forums se croisent est foncée, plus ils ont de membres en commun (coefficient de Jaccard : membres des deux ÷ membres de l’un ou l’autre). Le tableau ci-dessous donne les mêmes chiffres.
landscape-heatmap-key = Plus foncé : plus de membres en commun (coefficient de Jaccard de 0 à 1) ; gris clair : aucun ; gris foncé : un forum avec lui-même.
landscape-capped = Les { $shown } forums comptant le plus de membres sont représentés, sur { $count } : affinez les filtres pour voir les autres.
landscape-none = Aucun forum n’a de membres à cette date avec ces filtres.
landscape-csv = Télécharger toutes les paires en CSV
landscape-table = Les chiffres : { $count ->
    [one] une paire de forums ayant des membres en commun
   *[other] { $count } paires de forums ayant des membres en commun
}
landscape-pairs-caption = Paires de forums ayant des membres en commun au { $day }, les plus proches d’abord
landscape-col-a = Forum
landscape-col-b = Autre forum
landscape-col-shared = Membres en commun
landscape-col-jaccard = Jaccard
landscape-col-overlap = Chevauchement
landscape-cell = { $a } et { $b } : { $shared ->
    [one] un membre
   *[other] { $shared } membres
} en commun (Jaccard { $jaccard })
landscape-flags-title = Forums qui pourraient faire double emploi
landscape-flags-lede = Paires partageant au moins les trois quarts des membres du plus petit forum (deux au moins) et au moins la moitié des priorités de celui qui en a le moins (deux au moins) : une question à poser aux forums, non un verdict.
landscape-flags-none = Aucune paire à cette date avec ces filtres.
landscape-busiest-title = États participant au plus grand nombre de forums
landscape-busiest-count = { $count ->
    [one] un forum
   *[other] { $count } forums
}
landscape-suggest-title = Avec qui un forum pourrait échanger
landscape-suggest-lede = Les trois types d’enrichissement mutuel du document, calculés à la date : forums situés sur une même route migratoire, forums travaillant sur des thèmes proches, et ponts vers des forums d’autres régions.
landscape-suggest-label = Forum
landscape-suggest-show = Voir ses suggestions
landscape-suggest-for = Suggestions pour { $forum }
landscape-suggest-none = Aucune suggestion pour ce forum à cette date.
landscape-kind-route = Sur une même route
landscape-kind-topics = Sur des thèmes proches
landscape-kind-bridge = Entre régions
analysis-from-required = indiquez la date la plus ancienne dans « from » (AAAA, AAAA-MM ou AAAA-MM-JJ)
analysis-to-before-from = « to » est antérieure à « from »
landscape-members = { $count ->
    [one] un membre
   *[other] { $count } membres
}
landscape-network-title = Forums reliés par des membres communs au { $day }
landscape-network-desc = Les { $count } forums de la matrice disposés en cercle, dans le même ordre ; une ligne relie deux forums ayant des membres en commun, d’autant plus épaisse qu’ils se ressemblent ; le cercle d’un forum est d’autant plus grand qu’il a de membres, et sa couleur est celle de son groupe connexe. Le tableau ci-dessous donne les liens de chaque forum.
landscape-network-key = Cercle : un forum (plus grand : plus de membres ; sa couleur distingue son groupe connexe de ses voisins, huit couleurs en alternance). Ligne : des membres en commun (plus épaisse : coefficient de Jaccard plus élevé).
landscape-network-table = La place de chaque forum dans le réseau
landscape-col-members = Membres
landscape-col-degree = Forums reliés
landscape-col-strength = Membres partagés, cumulés
landscape-col-betweenness = Intermédiarité
landscape-col-group = Groupe
landscape-timeline-title = Les forums au fil des années
landscape-timeline-desc = Une barre par forum, de sa création à sa dissolution ou à aujourd’hui, dans l’ordre de création ; la ligne pointillée marque le { $day }, et chaque barre se termine par le nombre de membres du forum à cette date.
landscape-timeline-key = Bleu : actif aujourd’hui ; gris : dissous. La ligne pointillée marque la date affichée.
landscape-timeline-table = Les dates de chaque forum
landscape-fora-csv = Télécharger les forums en CSV
landscape-col-established = Création
landscape-col-dissolved = Dissolution
landscape-col-members-day = Membres au { $day }
landscape-then-now-title = Hier et aujourd’hui : { $then } et { $now }
landscape-then-now-desc = Pour chaque forum ayant des membres à l’une des deux dates, les plus changés d’abord, deux barres : ses membres au { $then } (clair) et au { $now } (foncé). Le tableau ci-dessous nomme les États qui l’ont rejoint et quitté.
landscape-then-now-key = Clair : membres au { $then } ; foncé : membres au { $now }.
landscape-then-now-table = Les membres de chaque forum aux deux dates
landscape-then-now-csv = Télécharger la comparaison en CSV
landscape-arrived = Présents au { $now } et non au { $then } :
landscape-gone = Présents au { $then } et non au { $now } :
landscape-col-joined = Entrés
landscape-col-left = Sortis
analysis-compare-required = indiquez l’autre date dans « compare » (AAAA, AAAA-MM ou AAAA-MM-JJ)
landscape-met-title = Les réunions comme indices
landscape-met-lede = Quels forums se sont rencontrés aux réunions enregistrées jusqu’au { $day } : l’un a participé à une réunion de l’autre, ils en ont tenu une ensemble, ou tous deux ont participé à la réunion d’un troisième forum ; et les forums les plus proches qui ont des membres en commun sans s’être jamais rencontrés.
landscape-met-none = Aucun de ces forums n’en a rencontré un autre à une réunion enregistrée jusqu’à cette date.
landscape-never-met-title = Des membres en commun, jamais réunis
analysis-met = { $a } et { $b } : { $total ->
    [one] une réunion
   *[other] { $total } réunions
} ({ $invited } comme hôte et invité, { $jointly } tenues ensemble, { $elsewhere } à la réunion d’un autre forum).
analysis-never-met = { $a } et { $b } : { $shared ->
    [one] un membre
   *[other] { $shared } membres
} en commun (Jaccard { $jaccard }), jamais à la même réunion.
area-portfolio-title = Les États qu’il côtoie dans ses forums
area-portfolio-map = États partageant des forums avec { $name } au { $day }, selon leur nombre
area-portfolio-none = Il ne participe à aucun forum tenant une liste de membres au { $day }.
area-portfolio-csv = Télécharger ces États en CSV
area-portfolio-table = Les chiffres : { $count ->
    [one] un État
   *[other] { $count } États
}
area-portfolio-state = État
area-portfolio-shared = Forums partagés
landscape-suggest-pick = Choisir un forum
analysis-compare-after = « compare » est postérieure à la date affichée : indiquez la date la plus ancienne dans « compare »
