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
analysis-why-route = Le long de la route « { $route } » : { $forum } compte parmi ses membres { $ours } ; { $other } en compte { $theirs }.
analysis-why-topics = Tous deux travaillent sur { $themes } ({ $percent } % de leurs priorités en commun).
analysis-why-bridge = { $forum } et { $other } n’ont ni membre ni région en commun, et tous deux travaillent sur { $themes } : un pont entre régions.
