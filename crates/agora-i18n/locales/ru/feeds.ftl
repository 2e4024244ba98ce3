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
       *[other] что нового
    }
   *[no] { $what ->
        [meeting] изменения в сведениях о совещаниях
        [document] изменения в итоговых документах
        [membership] изменения в членском составе
        [forum] изменения в сведениях о форумах
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
   *[documents] Публичные итоговые документы
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: форумы и организации в виде organizations, сведения об их членстве в виде memberships, государства в виде areas и совещания в виде events — в соответствии со стандартом Popolo.
data-follow-heading = Как следить за изменениями
data-follow-html = <a href="{ $changes }">Лента Atom со всеми изменениями</a> (у страницы каждого форума, государства и организации есть своя лента), <a href="{ $meetings }">календарь совещаний</a> и <a href="{ $api }">JSON API</a>.
