## Что изменилось, каждое изменение в виде предложения (последние изменения, ленты Atom). Роль, вид
## или статус записи передаются словом из данных ($role: member, observer, chair...).
change-membership-began = { $member } — { $role ->
    [steering_group] новый член руководящей группы форума
    [member] новый член форума
    [observer] новый наблюдатель при форуме
    [partner] новый партнёр форума
    [associate] новый ассоциированный член форума
    [chair] новый председатель форума
    [co_chair] новый сопредседатель форума
   *[secretariat] новый секретариат форума
} «{ $forum }» ({ $period }).
change-membership-recorded = В реестр внесена запись: { $member } — { $role ->
    [steering_group] член руководящей группы форума
    [member] член форума
    [observer] наблюдатель при форуме
    [partner] партнёр форума
    [associate] ассоциированный член форума
    [chair] председатель форума
    [co_chair] сопредседатель форума
   *[secretariat] секретариат форума
} «{ $forum }» ({ $period }).
change-membership-ended = { $member } больше не { $role ->
    [steering_group] входит в руководящую группу форума
    [member] является членом форума
    [observer] является наблюдателем при форуме
    [partner] является партнёром форума
    [associate] является ассоциированным членом форума
    [chair] является председателем форума
    [co_chair] является сопредседателем форума
   *[secretariat] выполняет функции секретариата форума
} «{ $forum }» ({ $period }).
change-membership-corrected = Исправлена запись об участии в форуме «{ $forum }»: { $member } ({ $period }).
change-membership-removed = Удалена запись об участии в форуме «{ $forum }»: { $member }.
change-period-on = { $day }
change-forum-added = Новый форум в реестре: { $name }.
change-forum-updated = Обновлена запись о форуме «{ $name }».
change-forum-removed = Форум «{ $name }» исключён из реестра.
change-document-added = Новый итоговый документ ({ $fora }): { $title } ({ $kind ->
    [declaration] декларация
    [action_plan] план действий
    [meeting_report] доклад о работе совещания
    [summary_report] краткий доклад
    [background_paper] справочный документ
    [study] исследование
    [statement] заявление
    [recommendations] рекомендации
   *[other] документ
}).
change-document-updated = Обновлён итоговый документ: { $title }.
change-document-removed = Из библиотеки удалён итоговый документ: { $title }.
change-meeting-added = Новое совещание: { $title } ({ $when }).
change-meeting-place = { $city }, { $when }
change-meeting-updated = Обновлены сведения о совещании: { $title } ({ $when }).
change-meeting-cancelled = Совещание отменено: { $title } ({ $when }).
change-meeting-postponed = Совещание перенесено: { $title } ({ $when }).
change-meeting-removed = Из календаря удалено совещание: { $title }.
change-party-updated = { $op ->
    [create] Новая запись в реестре: { $name }.
    [delete] Из реестра удалена запись: { $name }.
   *[update] Обновлена запись: { $name }.
}

## Ленты Atom ($what: вид записей, которым ограничена лента, или any; $new: yes, когда
## перечисляются только новые записи)
feed-what = { $new ->
    [yes] { $what ->
        [meeting] новые совещания
        [document] новые итоговые документы
        [membership] новые записи о членстве
        [forum] новые форумы
        [recommendation] новые рекомендации
        [follow_up] новые записи о последующих мерах
       *[other] что нового
    }
   *[no] { $what ->
        [meeting] изменения в сведениях о совещаниях
        [document] изменения в итоговых документах
        [membership] изменения в членском составе
        [forum] изменения в сведениях о форумах
        [recommendation] изменения в рекомендациях
        [follow_up] изменения в записях о последующих мерах
       *[other] последние изменения
    }
}
feed-title = Agora: { $what }
feed-title-about = Agora: { $what } — { $about }
feed-no-such-theme = темы «{ $id }» не существует
feed-follow = Следить за этими изменениями (лента Atom)
feed-follow-documents = Новые итоговые документы (лента Atom)
feed-follow-meetings = Новые совещания (лента Atom)

## Страница открытых данных
data-title = Открытые данные
data-lede = Всё, что в Agora доступно публике, — для скачивания и повторного использования: форумы, кто в них участвует, с какого и по какое время, государства и организации, совещания и публичные итоговые документы, с указанием источников каждого факта.
data-licence-html = Данные публикуются по лицензии <a href="{ $href }">Creative Commons Attribution 4.0</a>: используйте их свободно, ссылаясь на Agora и на источники, указанные в каждой записи.
data-everything = Файлы содержат все имеющиеся сведения — как о прошлом, так и о настоящем.
data-everything-link = Все имеющиеся сведения
data-as-of-shown = Файлы содержат набор данных по состоянию на { $day }.
data-as-of = Набор данных по состоянию на
data-as-of-submit = Показать файлы
data-csv-heading = Файлы CSV
data-csv-lede-html = По одному файлу на каждый вид записей: кодировка UTF-8, разделитель — запятая, первая строка содержит заголовки. Файл <a href="{ $href }">datapackage.json</a> описывает каждый столбец, его тип и значение (в формате Frictionless Data Package), чтобы программы могли проверять и загружать файлы.
data-file = { $name ->
    [areas] Государства и территории
    [organisations] Организации
    [themes] Темы
    [fora] Форумы
    [memberships] Кто участвует в каком форуме, в каком качестве, с какого и по какое время (этот файл секретариат форума может отредактировать и направить обратно в виде предложения)
    [meetings] Совещания
    [meeting_participants] Кто участвовал в каждом совещании и в какой форме
    [recommendations] Рекомендации, согласованные итоги и планы действий с указанием того, где они изложены
    [follow_ups] Что было сделано по каждой рекомендации, кем, каково положение дел и ход выполнения (этот файл секретариат форума может отредактировать и направить обратно в виде предложения)
    [follow_up_updates] Хронология каждой записи о последующих мерах
   *[documents] Публичные итоговые документы
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: форумы и организации в виде organizations, сведения об их членстве в виде memberships, государства в виде areas и совещания в виде events — в соответствии со стандартом Popolo.
data-follow-heading = Как следить за изменениями
data-follow-html = <a href="{ $changes }">Лента Atom со всеми изменениями</a> (у страницы каждого форума, государства и организации есть своя лента), <a href="{ $meetings }">календарь совещаний</a> и <a href="{ $api }">JSON API</a>.

## Выпуски открытых данных
data-releases-heading = Выпуски
data-releases-lede-html = Выпуск фиксирует весь набор данных по состоянию на определённый день: его файлы никогда не меняются, что подтверждают их контрольные суммы. Ссылайтесь на выпуск, чтобы другие могли найти именно те данные, которыми вы пользовались. Порталы открытых данных собирают сведения о выпусках из <a href="{ $href }">каталога DCAT</a>.
data-releases-none = Выпусков пока нет.
data-release-make = Создать выпуск набора данных в его текущем состоянии
data-release-title = Выпуск { $name }
data-release-made = Дата выпуска: { $at } (UTC).
data-release-first = Первый выпуск.
data-release-changes = По сравнению с выпуском { $since }: { $fora_added ->
    [one] добавлен { $fora_added } форум
    [few] добавлено { $fora_added } форума
    [many] добавлено { $fora_added } форумов
   *[other] добавлено { $fora_added } форума
}, { $fora_removed ->
    [one] удалён { $fora_removed }
   *[other] удалено { $fora_removed }
}; { $added ->
    [one] добавлена { $added } запись о членстве
    [few] добавлено { $added } записи о членстве
    [many] добавлено { $added } записей о членстве
   *[other] добавлено { $added } записи о членстве
}, { $removed ->
    [one] удалена { $removed }
   *[other] удалено { $removed }
}, { $changed ->
    [one] изменена { $changed }
   *[other] изменено { $changed }
}.
data-release-cite = Agora ({ $year }). Agora: межгосударственный диалог по вопросам миграции, набор данных, выпуск { $name } [набор данных]. { $url }
data-release-files = Файлы выпуска { $name }
data-release-file = Файл
data-release-size = Размер, байт
data-release-sha256 = SHA-256
data-release-sums = Контрольные суммы всех файлов (для sha256sum -c)
change-release-added = Новый выпуск открытых данных: { $name }.
only-admins-release = создавать выпуски набора данных может только администратор
release-name-taken = выпуск с таким именем был создан в тот же момент: повторите попытку

## Поиск в виде лент, сохранённые поиски и личная лента
feed-search-title-all = Agora: поиск
feed-search-title = Agora: поиск по запросу «{ $q }»
feed-found-by = Найдено вашим сохранённым поиском «{ $search }».
feed-saved-title = Agora: ваш сохранённый поиск «{ $name }»
feed-private-title = Agora: ваши сохранённые поиски
feed-not-a-search = «{ $value }» не является номером ни одного из ваших сохранённых поисков
feed-key-title = Ваша личная лента
feed-key-lede = Этот адрес открывает любому, у кого он есть, всё, что ваши сохранённые поиски находят среди всех доступных вам материалов, включая конфиденциальные: никому его не сообщайте. Он показывается только сейчас; если создать новый адрес или отключить этот на странице вашей учётной записи, он сразу перестанет действовать.
feed-key-address = Адрес вашей личной ленты (Atom)
feed-key-each = Только один сохранённый поиск
feed-key-back = Вернуться к учётной записи
account-searches = Сохранённые поиски и личная лента
account-searches-lede = За каждым сохранённым поиском можно следить в вашей личной ленте: в ней показывается то, что он находит среди всех доступных вам материалов, — сначала самое новое.
account-searches-none-html = Вы пока не сохранили ни одного поиска: <a href="{ $href }">выполните поиск</a>, а затем сохраните его с помощью формы под результатами.
account-search-forget = Перестать следить за «{ $name }»
account-feed-made = Адрес вашей личной ленты был создан { $at } и тогда же показан.
account-feed-new = Создать новый адрес (старый перестанет действовать)
account-feed-end = Отключить адрес личной ленты
account-feed-none = У вас пока нет адреса личной ленты.
account-feed-make = Создать адрес моей личной ленты
search-follow-heading = Следить за этим поиском
search-follow = Новые результаты этого поиска среди материалов, доступных публике (лента Atom)
search-save-name = Название сохранённого поиска
search-save = Сохранить этот поиск и следить за ним в моей личной ленте
search-save-sign-in-html = <a href="{ $href }">Войдите</a>, чтобы сохранить этот поиск и следить за ним в личной ленте среди всех доступных вам материалов.
saved-search-name-empty = дайте название сохранённому поиску
saved-search-too-long = название или поисковый запрос слишком длинные
saved-search-too-many = у вас уже 50 сохранённых поисков: сначала перестаньте следить за одним из них
