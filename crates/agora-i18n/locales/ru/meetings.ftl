## Календарь совещаний и страница совещания.

site-nav-meetings = Совещания
meetings-title = Совещания
meetings-lede = Кто и где встречался, кто был приглашён и каковы итоги: совещания форумов, начиная с последних.
meetings-q = Слова из названия, темы или места проведения
meetings-when = Время проведения
meetings-when-all = Прошедшие и предстоящие
meetings-when-upcoming = Предстоящие
meetings-when-past = Прошедшие
meetings-forum = Форум
meetings-state = Государство-участник
meetings-kind = Вид совещания
meetings-year = Год
meetings-none = Совещаний, соответствующих этим фильтрам, нет.
meetings-count = { $count ->
    [one] { $count } совещание
    [few] { $count } совещания
    [many] { $count } совещаний
   *[other] { $count } совещания
}
meetings-count-page = { $count ->
    [one] { $count } совещание, на этой странице — { $shown }
    [few] { $count } совещания, на этой странице — { $shown }
    [many] { $count } совещаний, на этой странице — { $shown }
   *[other] { $count } совещания, на этой странице — { $shown }
}
meetings-col-dates = Даты
meetings-col-meeting = Совещание
meetings-col-place = Место проведения
meetings-all = Все совещания
meeting-place = { $city }, { $country }
meeting-held-by = В рамках
meeting-status = Статус
meeting-status-since = с { $date }
meeting-part-of = Входит в
meeting-host = Принимающая сторона
meeting-chairs = Под председательством
meeting-theme = Тема
meeting-participants = Участники
meeting-agenda = Повестка дня
meeting-parts = Заседания и связанные совещания
meeting-documents = Итоговые документы
meeting-no-documents = В библиотеке нет итоговых документов этого совещания.
meeting-note = Примечания
meeting-sources = Источники
meeting-verified = Сведения проверены по первичному источнику.
meeting-unverified = Сведения ещё не проверены по первичному источнику.
meeting-kind-ministerial = Совещание на уровне министров
meeting-kind-senior-officials = Совещание старших должностных лиц
meeting-kind-technical = Техническое совещание
meeting-kind-workshop = Семинар-практикум
meeting-kind-training = Учебное мероприятие
meeting-kind-global-rcp-meeting = Глобальное совещание РКП
meeting-kind-gfmd-summit = Саммит Глобального форума по миграции и развитию
meeting-kind-gfmd-roundtable = Круглый стол Глобального форума по миграции и развитию
meeting-kind-civil-society-days = Дни гражданского общества
meeting-kind-other = Другое совещание
meeting-status-scheduled = Запланировано
meeting-status-held = Состоялось
meeting-status-postponed = Перенесено
meeting-status-cancelled = Отменено
meeting-role-participant = участник
meeting-role-observer = наблюдатель
meeting-role-guest = гость
meeting-role-speaker = выступающий
forum-meetings = Совещания
forum-meetings-none = Сведений о совещаниях этого форума пока нет.
forum-meetings-all = Все совещания форума «{ $name }»
area-meetings = Совещания
area-meetings-none = Сведений о совещаниях с участием этого государства пока нет.
meetings-feed-all = Agora: совещания
meetings-feed-forum = Agora: совещания форума «{ $name }»
meetings-feed-state = Agora: совещания с участием: { $name }
meetings-feed-description = { $kind }. В рамках: { $fora }.
meetings-subscribe = Подписаться на эти совещания (iCalendar)
