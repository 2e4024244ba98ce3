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

## Предложение совещания или исправления сведений о нём.

forum-propose-meeting = Предложить совещание
meeting-propose-correction = Предложить исправление сведений об этом совещании
meeting-propose-title = Предложить совещание форума «{ $name }»
meeting-correct-title = Предложить исправление: { $title }
meeting-revise-title = Доработать: { $title }
meeting-propose-lede-html = Редактор проверяет присланное, прежде чем оно появится в календаре и на <a href="{ $href }">странице форума</a>. Укажите то, что говорят источники; оставьте пустым то, о чём они молчат.
meeting-field-title = Название (на английском языке)
meeting-field-titles-other = Название на других языках ООН
meeting-title-in = { $language ->
    [ar] Название на арабском языке
    [zh] Название на китайском языке
    [fr] Название на французском языке
    [ru] Название на русском языке
   *[es] Название на испанском языке
}
meeting-choose-kind = Выберите вид совещания
meeting-choose-status = Выберите статус
meeting-field-also-held-by = Проводится также
meeting-field-also-held-by-hint = Другие форумы, проводящие его совместно, по одному в строке. Совместное совещание можно предложить только для форумов, в которые вы вносите сведения.
meeting-field-status-since = Статус действует с
meeting-field-start = Первый день
meeting-field-end = Последний день
meeting-field-end-hint = Оставьте пустым для однодневного совещания.
meeting-field-city = Город
meeting-field-country = Страна
meeting-field-venue = Место проведения
meeting-field-host-hint = Так, как говорят источники, например «Правительство Греции».
meeting-field-hosts = Принимающая сторона
meeting-field-parties-hint = Государства, организации или форумы, по одному в строке, под названиями, которые использует Agora.
meeting-field-chairs-hint = По одному в строке, так, как их называют источники.
meeting-field-participants = Участники
meeting-field-observers = Наблюдатели
meeting-field-guests = Гости
meeting-field-speakers = Докладчики
meeting-field-agenda-hint = Один пункт в строке.
meeting-field-summary = Краткое содержание
meeting-field-documents-none-html = В библиотеке пока нет доступных вам документов этого форума: сначала <a href="{ $href }">загрузите документ</a>, затем вернитесь.
meeting-field-documents-hint-html = Документы библиотеки, принятые по итогам совещания. Документа ещё нет? Сначала <a href="{ $href }">загрузите его</a>.
meeting-part-of-none = Не входит в другое совещание
meeting-option = { $title } ({ $dates })
meeting-field-source-hint = Веб-адрес страницы, подтверждающей, что совещание состоялось или запланировано; начинается с https://
mistake-meeting-title = у совещания должно быть название на английском языке
mistake-meeting-kind = выберите один из предложенных видов совещания
mistake-meeting-status = выберите один из предложенных статусов
mistake-meeting-not-yours = вы не вносите сведения за форум «{ $name }»: совместное совещание предлагает тот, кто вносит сведения за каждый проводящий его форум
mistake-not-a-forum = «{ $typed }» — не форум
mistake-not-a-state = «{ $typed }» — не государство
mistake-meeting-party-twice = { $name } указан(о) в двух ролях: у каждого участника должна быть одна роль
mistake-meeting-document = одного из выбранных документов нет в библиотеке
mistake-meeting-part-of = выберите одно из предложенных совещаний
mistake-meeting-source = у совещания должен быть источник: веб-адрес страницы, подтверждающей сведения

meeting-times-label = Время
meeting-times = { $start }–{ $end } ({ $zone })
meeting-time-from = с { $start } ({ $zone })
meeting-time-until = до { $end } ({ $zone })
meeting-field-start-time = Время открытия (первый день)
meeting-field-end-time = Время закрытия (последний день)
meeting-field-time-hint = В 24-часовом формате, например 09:30. Оставьте пустым, если неизвестно.
meeting-field-time-zone = Часовой пояс
meeting-field-time-zone-hint = Часовой пояс места проведения, как его называет база данных часовых поясов, например Asia/Dhaka или Europe/Brussels.
mistake-time-zone = «{ $typed }» — неизвестный часовой пояс: укажите его так, как в базе данных часовых поясов, например Asia/Dhaka

meetings-view-list = Показать списком
meetings-view-month = Показать по месяцам
meetings-months = Месяцы
meetings-month-prev = Предыдущий месяц
meetings-month-next = Следующий месяц
meetings-month-more = { $count ->
    [one] ещё { $count }
    [few] ещё { $count }
    [many] ещё { $count }
   *[other] ещё { $count }
}
meetings-month-undated = Также в этом месяце, без указания дней
meeting-map-title = { $place } на карте мира
meeting-map-credit-html = Местоположение городов: <a href="https://www.geonames.org/">GeoNames</a>, CC BY 4.0.
meetings-show = Показать совещания
meeting-how-held = организатор
meeting-how-hosted = принимающая сторона
meeting-how-chaired = председатель
org-meetings = Совещания
org-meetings-none = Совещаний с участием этой организации пока не зарегистрировано.
