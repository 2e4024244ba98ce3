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

site-nav-landscape = Общая картина
landscape-title = Общая картина форумов
landscape-lede = Что объединяет форумы на определённую дату: их члены и приоритеты, пары, которые могут дублировать работу друг друга, и с кем каждый мог бы обмениваться опытом. Члены учитываются по правилам реестра: форум, участвующий от имени своих государств, засчитывается как эти государства на эту дату, члены без дат не учитываются, а открытый процесс, такой как ГФМР, не ведущий списка членов, не считается включающим все государства.
landscape-overlap-title = Общие члены на { $day }
landscape-heatmap-desc = Матрица из { $count } форумов, упорядоченная так, чтобы форумы с общими членами стояли рядом: чем темнее клетка на пересечении двух форумов, тем больше у них общих членов (коэффициент Жаккара: члены обоих ÷ члены хотя бы одного). В таблице ниже те же данные.
landscape-heatmap-key = Темнее — больше общих членов (коэффициент Жаккара от 0 до 1); светло-серый — ни одного; тёмно-серый — форум сам с собой.
landscape-capped = Показаны { $shown } форумов с наибольшим числом членов из { $count }: сузьте фильтры, чтобы увидеть остальные.
landscape-none = На эту дату с этими фильтрами ни у одного форума нет членов.
landscape-csv = Скачать все пары в формате CSV
landscape-table = Данные: пар форумов с общими членами — { $count }
landscape-pairs-caption = Пары форумов с общими членами на { $day }, сначала самые близкие
landscape-col-a = Форум
landscape-col-b = Другой форум
landscape-col-shared = Общие члены
landscape-col-jaccard = Жаккар
landscape-col-overlap = Перекрытие
landscape-cell = «{ $a }» и «{ $b }»: общих членов — { $shared } (Жаккар { $jaccard })
landscape-flags-title = Форумы, которые могут дублировать работу друг друга
landscape-flags-lede = Пары, у которых общие не менее трёх четвертей членов меньшего форума (не менее двух) и не менее половины приоритетов форума, у которого их меньше (не менее двух): вопрос к форумам, а не вердикт.
landscape-flags-none = На эту дату с этими фильтрами таких пар нет.
landscape-busiest-title = Государства, участвующие в наибольшем числе форумов
landscape-busiest-count = { $count ->
    [one] { $count } форум
    [few] { $count } форума
   *[other] { $count } форумов
}
landscape-suggest-title = С кем форум мог бы обмениваться опытом
landscape-suggest-lede = Три вида взаимного обогащения, названные в документе, рассчитанные на дату: форумы на общем миграционном маршруте, форумы со схожей тематикой и мосты к форумам других регионов.
landscape-suggest-label = Форум
landscape-suggest-show = Показать предложения
landscape-suggest-for = Предложения для «{ $forum }»
landscape-suggest-none = На эту дату предложений для этого форума нет.
landscape-kind-route = На общем маршруте
landscape-kind-topics = Схожая тематика
landscape-kind-bridge = Между регионами
analysis-from-required = укажите более раннюю дату в параметре «from» (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)
analysis-to-before-from = дата «to» раньше даты «from»
landscape-members = { $count ->
    [one] { $count } член
    [few] { $count } члена
   *[other] { $count } членов
}
landscape-network-title = Форумы, связанные общими членами, на { $day }
landscape-network-desc = { $count } форумов матрицы по кругу в том же порядке; линия соединяет два форума с общими членами и тем толще, чем они ближе; круг форума тем больше, чем больше у него членов, а цвет обозначает его связную группу. В таблице ниже — связи каждого форума.
landscape-network-key = Круг — форум (больше — больше членов; цвет отличает его связную группу от соседних, восемь цветов по очереди). Линия — общие члены (толще — выше коэффициент Жаккара).
landscape-network-table = Место каждого форума в сети
landscape-col-members = Члены
landscape-col-degree = Связанные форумы
landscape-col-strength = Общие члены, в сумме
landscape-col-betweenness = Посредничество
landscape-col-group = Группа
landscape-timeline-title = Форумы по годам
landscape-timeline-desc = По одной полосе на форум — от создания до роспуска или до сегодняшнего дня, в порядке создания; пунктирная линия отмечает { $day }, а в конце каждой полосы указано число членов форума на эту дату.
landscape-timeline-key = Синий — действует сегодня; серый — распущен. Пунктирная линия — показанная дата.
landscape-timeline-table = Даты каждого форума
landscape-fora-csv = Скачать форумы в формате CSV
landscape-col-established = Создан
landscape-col-dissolved = Распущен
landscape-col-members-day = Члены на { $day }
landscape-then-now-title = Тогда и сейчас: { $then } и { $now }
landscape-then-now-desc = Для каждого форума, у которого есть члены хотя бы на одну из дат (сначала наиболее изменившиеся), две полосы: его члены на { $then } (светлая) и на { $now } (тёмная). В таблице ниже названы вступившие и вышедшие государства.
landscape-then-now-key = Светлая — члены на { $then }; тёмная — члены на { $now }.
landscape-then-now-table = Члены каждого форума на обе даты
landscape-then-now-csv = Скачать сравнение в формате CSV
landscape-arrived = Есть на { $now }, но не на { $then }:
landscape-gone = Есть на { $then }, но не на { $now }:
landscape-col-joined = Вступили
landscape-col-left = Вышли
analysis-compare-required = укажите другую дату в параметре «compare» (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)
landscape-met-title = Совещания как свидетельство
landscape-met-lede = Какие форумы встречались на совещаниях, записанных до { $day }: один участвовал в совещании другого, они провели совещание вместе или оба участвовали в совещании третьего форума; и наиболее близкие форумы с общими членами, которые ни разу не встречались.
landscape-met-none = До этой даты ни один из этих форумов не встречался с другим на записанном совещании.
landscape-never-met-title = Общие члены, но ни одной встречи
analysis-met = «{ $a }» и «{ $b }»: совещаний — { $total } ({ $invited } в роли принимающего и гостя, { $jointly } проведено совместно, { $elsewhere } на совещании другого форума).
analysis-never-met = «{ $a }» и «{ $b }»: общих членов — { $shared } (Жаккар { $jaccard }), ни разу на одном совещании.
area-portfolio-title = Государства, с которыми оно встречается на форумах
area-portfolio-map = Государства, участвующие в общих форумах с { $name } на { $day }, по их числу
area-portfolio-none = На { $day } не участвует ни в одном форуме со списком членов.
area-portfolio-csv = Скачать эти государства в формате CSV
area-portfolio-table = Данные: государств — { $count }
area-portfolio-state = Государство
area-portfolio-shared = Общие форумы
landscape-suggest-pick = Выберите форум
analysis-compare-after = дата «compare» позже показанной даты: укажите в «compare» более раннюю дату
