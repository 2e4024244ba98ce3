# Анализ ландшафта (задача 19): миграционные маршруты, признаки дублирования,
# предложения об обмене опытом.

id-not-route = «{ $input }» не является допустимым идентификатором маршрута: { $rule }
record-not-route = не является записью о миграционном маршруте: { $error }
history-what-route = миграционный маршрут { $id }
route-stops-few = у маршрута не менее двух пунктов
route-stop-twice = «{ $id }» дважды указан среди пунктов маршрута
route-stops-order = пункты идут по порядку: государства происхождения, затем транзита, затем назначения
route-ends = маршрут ведёт хотя бы из одного государства происхождения хотя бы в одно государство назначения
route-forum-twice = каждый форум на маршруте указывается один раз
change-route-added = Новый миграционный маршрут: { $name } ({ $stops ->
    [one] { $stops } пункт
    [few] { $stops } пункта
   *[other] { $stops } пунктов
})
change-route-updated = Исправлен миграционный маршрут: { $name }
change-route-removed = Удалён миграционный маршрут: { $name }

analysis-list-separator = {", "}
analysis-flag-why = { $shared } из { $of } членов форума «{ $smaller }» входят также в «{ $other }»; приоритеты обоих: { $themes }.
analysis-along-origin = { $count ->
    [one] { $count } государство происхождения
    [few] { $count } государства происхождения
   *[other] { $count } государств происхождения
}
analysis-along-transit = { $count ->
    [one] { $count } государство транзита
    [few] { $count } государства транзита
   *[other] { $count } государств транзита
}
analysis-along-destination = { $count ->
    [one] { $count } государство назначения
    [few] { $count } государства назначения
   *[other] { $count } государств назначения
}
analysis-why-route = На маршруте «{ $route }»: среди членов «{ $forum }» — { $ours }; у «{ $other }» — { $theirs }.
analysis-why-topics = Оба работают над темами: { $themes } ({ $percent } % общих приоритетов).
analysis-why-bridge = У «{ $forum }» и «{ $other }» нет ни общих членов, ни общих регионов, и оба работают над темами: { $themes } — мост между регионами.
