## Рекомендации и последующие меры: реестр, страница рекомендации, обзор последующих мер
## и правила, которым должны соответствовать рекомендация и запись о последующих мерах.

site-nav-recommendations = Рекомендации
recs-title = Рекомендации
recs-lede = Что форумы рекомендовали и о чём договорились, где это зафиксировано, что при этом повторяется из прежних рекомендаций и что было сделано для их выполнения.
recs-q = Слова из текста рекомендации
recs-forum = Форум
recs-meeting = Совещание
recs-theme = Тема
recs-addressee = Кому адресована
recs-status = Статус последующих мер
recs-kind = Вид
recs-none = Рекомендаций, соответствующих этим фильтрам, нет.
recs-count = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
recs-count-page = { $count ->
    [one] { $count } рекомендация, на этой странице — { $shown }
    [few] { $count } рекомендации, на этой странице — { $shown }
    [many] { $count } рекомендаций, на этой странице — { $shown }
   *[other] { $count } рекомендации, на этой странице — { $shown }
}
recs-col-recommendation = Рекомендация
recs-col-source = Кем вынесена
recs-col-date = Дата
recs-col-progress = Ход выполнения
recs-progress-of = Ход выполнения: { $id }
recs-percent = { $value } %
recs-not-reported = сведений нет
recs-follow-up-count = { $count ->
    [one] { $count } запись о последующих мерах
    [few] { $count } записи о последующих мерах
    [many] { $count } записей о последующих мерах
   *[other] { $count } записи о последующих мерах
}
recs-all = Все рекомендации

rec-kind-recommendation = Рекомендация
rec-kind-possible-outcome = Возможный результат
rec-kind-agreement = Договорённость
rec-kind-action-plan = План действий
rec-kind-track = Направление
rec-kind-area = Область действий
rec-kind-item = Мера
rec-relation-repeats = повторяет
rec-relation-builds-on = развивает
rec-relation-replaces = заменяет
rec-part-of = Входит в
rec-source = Где изложена
rec-all-states = все государства-участники
rec-weight = Вес в плане
rec-parts = Составные части и ход их выполнения
rec-previously = Ранее это рекомендовали
rec-later = Впоследствии к ней возвращались
rec-support = Форумы, поддерживающие её выполнение
rec-no-support = Пока ни один форум не заявил о своей поддержке.
rec-follow-up = Что было сделано
rec-no-follow-up = Сведений пока не поступало.

follow-ups-title = Обзор последующих мер
follow-ups-lede = { $count ->
    [one] { $count } доступная вам запись о последующих мерах с разбивкой по статусам, форумам, государствам и темам.
    [few] { $count } доступные вам записи о последующих мерах с разбивкой по статусам, форумам, государствам и темам.
    [many] { $count } доступных вам записей о последующих мерах с разбивкой по статусам, форумам, государствам и темам.
   *[other] { $count } доступной вам записи о последующих мерах с разбивкой по статусам, форумам, государствам и темам.
}
follow-ups-plans = Планы действий
follow-ups-no-plans = Планы действий не зарегистрированы.
follow-ups-by-status = По статусам
follow-ups-by-forum = По форумам
follow-ups-by-state = По государствам
follow-ups-by-theme = По темам
follow-ups-none = Подсчитывать пока нечего.
follow-ups-entries = Записей
follow-up-participants-only = только для участников форума
follow-up-evidence = Подтверждающие материалы
follow-up-timeline = Хронология

follow-up-kind-endorsement = Одобрение
follow-up-kind-commitment = Обязательство
follow-up-kind-support-declaration = Заявление о поддержке
follow-up-kind-activity = Мероприятие
follow-up-kind-law-change = Изменение законодательства
follow-up-kind-policy-change = Изменение политики
follow-up-kind-practice-change = Изменение практики
follow-up-kind-report = Доклад
follow-up-status-planned = запланировано
follow-up-status-under_way = выполняется
follow-up-status-completed = завершено
follow-up-status-stalled = застопорилось
follow-up-status-discontinued = прекращено

history-what-recommendation = рекомендация { $id }
history-what-follow-up = запись о последующих мерах { $id }

id-not-recommendation = «{ $input }» не является допустимым идентификатором рекомендации: { $rule }
id-not-follow-up = «{ $input }» не является допустимым идентификатором записи о последующих мерах: { $rule }
id-rule-record = от 1 до 120 строчных латинских букв, цифр и знаков . : -, начиная и заканчивая буквой или цифрой
record-not-recommendation = не является записью о рекомендации: { $error }
record-not-follow-up = не является записью о последующих мерах: { $error }
check-unknown-recommendation = неизвестная рекомендация «{ $id }»
check-unknown-follow-up = неизвестная запись о последующих мерах «{ $id }»
no-such-party = государства, форума или организации с идентификатором «{ $id }» нет
recommendation-text-english = для рекомендации требуется текст на английском языке
recommendation-paragraph-needs-document = пункт — это пункт документа: укажите документ
recommendation-paragraph-from-one = пункты нумеруются начиная с 1
recommendation-related-to-itself = рекомендация не может быть связана сама с собой
recommendation-related-twice = каждая связанная рекомендация указывается только один раз
recommendation-part-of-itself = рекомендация не может быть частью самой себя
recommendation-weight-range = вес — целое число от 0 до { $most }
follow-up-with-only-support = совместно с другими форумами делается только заявление о поддержке
follow-up-support-by-forum = заявление о поддержке делает форум
follow-up-progress-range = ход выполнения выражается в процентах от 0 до 100, а не { $progress }
follow-up-completed-is-100 = завершённая последующая мера выполнена на 100 %
follow-up-before-recommendation = { $date } — раньше, чем была вынесена рекомендация ({ $made })
follow-up-updates-in-order = обновления в хронологии идут от самого раннего к самому позднему
follow-up-transition = последующая мера не может перейти из статуса «{ $from }» в статус «{ $to }»
follow-up-latest-update = статус и ход выполнения должны совпадать с последним обновлением в хронологии
follow-up-evidence-empty = подтверждением служит документ библиотеки или веб-адрес
follow-up-part-of-itself = запись о последующих мерах не может быть частью самой себя
follow-up-not-confidential = запись о последующих мерах бывает открытой или предназначенной для участников форума, но никогда — конфиденциальной

## Что изменилось: в лентах и на главной странице.
change-recommendation-added = Новая рекомендация ({ $forum }): { $words }
change-recommendation-updated = Исправлена рекомендация ({ $forum }): { $words }
change-recommendation-removed = Удалена рекомендация ({ $forum }): { $words }
change-follow-up-added = Новая запись о последующих мерах по рекомендации { $recommendation } ({ $actor }): { $status }, выполнено на { $progress } %.
change-follow-up-status = Статус последующих мер по рекомендации { $recommendation } ({ $actor }) изменён на «{ $status }» (выполнено на { $progress } %).
change-follow-up-updated = Обновлена запись о последующих мерах по рекомендации { $recommendation } ({ $actor }): { $status }, выполнено на { $progress } %.
change-follow-up-removed = Удалена запись о последующих мерах по рекомендации { $recommendation } ({ $actor }).
search-type-follow-up = Записи о последующих мерах

## Отчётные циклы: секретариат форума просит свои государства-члены представить доклады к установленному сроку.
cycles-title = Отчётные циклы
cycles-lede = Положение дел в государствах-членах с рекомендациями, о которых их запросил секретариат их форума, — по каждому докладу.
cycles-none = Доступных вам отчётных циклов нет.
cycle-deadline-label = Срок
cycle-forum-label = Форум
cycle-counts = Представлено докладов: { $reported } из { $expected }; подтверждено: { $validated }, запрошено уточнение: { $queried }.
cycle-closed = Срок истёк.
cycle-open = Доклады необходимо представить не позднее { $deadline }.
cycle-col-state = Государство
cycle-col-recommendation = Рекомендация
cycle-col-reported = Сведения
cycle-col-review = Проверка
cycle-review-pending = ожидает проверки
cycle-review-validated = подтверждён
cycle-review-queried = запрошено уточнение
cycle-missing = доклад не представлен
cycle-disagreements = Разногласия между государством и секретариатом
cycle-no-disagreement = Уточнений ни по одному докладу не запрашивалось.
cycle-overdue = Государства с просроченными докладами
cycle-overdue-row = { $count ->
    [one] { $count } просроченный доклад
    [few] { $count } просроченных доклада
    [many] { $count } просроченных докладов
   *[other] { $count } просроченного доклада
}
cycle-reminded = напоминание отправлено { $date }
cycle-no-overdue = Просроченных докладов нет ни у одного государства.
cycle-not-keeper = открывать отчётные циклы форума и проверять доклады по ним могут только его секретариат или редактор
cycle-not-reporter = представлять доклады за государство может только координатор государства, от которого в этом цикле запрошены доклады
cycle-title = у цикла должно быть название длиной не более 300 символов
cycle-state-not-member = { $state } на сегодняшний день не является членом форума «{ $forum }»
cycle-deadline = «{ $typed }» не является датой (ГГГГ-ММ-ДД)
cycle-deadline-past = срок должен быть не раньше сегодняшнего дня ({ $today })
cycle-list-size = укажите не менее одного и не более { $most }
cycle-recommendation-not-asked = цикл не охватывает рекомендацию { $id }
cycle-status = «{ $typed }» не является статусом: planned, under_way, completed, stalled или discontinued
cycle-report-validated = этот доклад подтверждён: изменить его уже нельзя
cycle-decision = «{ $typed }» не является решением: validated или queried
cycle-query-needs-note = в запросе уточнения нужно указать, что следует проверить
cycle-report-not-pending = этот доклад не ожидает проверки
cycle-reported = { $status }, { $progress } %
cycle-validate = Подтвердить
cycle-query = Запросить уточнение
cycle-query-note = Что нужно проверить
cycle-report-heading = Доклад за ваше государство
cycle-report-note = Что было сделано (необязательно)
cycle-report-submit = Отправить доклад

csv-party = «{ $typed }» не является государством, организацией или форумом: укажите area:CODE, organisation:id или forum:id
csv-whole-number = «{ $typed }» не является целым числом
follow-ups-csv = Доступные вам записи о последующих мерах в виде электронной таблицы (CSV): отредактируйте их и направьте обратно в виде предложения
rec-relation-unrelated = не связана
rec-proposals = Вероятно, связанные (предложено Agora)
rec-proposals-lede = Рекомендации на любом языке, в которых встречаются те же слова или которые касаются того же, что и эта. Подтвердите, как более поздняя соотносится с более ранней, или укажите, что они не связаны: подтверждённая связь сразу публикуется и отображается в разделе «Ранее это рекомендовали».
rec-proposal-score = оценка { $score }
rec-proposal-decision = Решение
rec-proposal-decide = Зафиксировать решение
related-confirmed-title = { $later } { $how } { $earlier }
related-editors-only = решения о предложенных связях между рекомендациями принимают только редакторы
related-already = эти рекомендации уже связаны
follow-ups-overdue = Просроченные доклады
part-of-other-forum = часть относится к форуму того, частью чего она является ({ $forum })
part-of-cycle = так она стала бы частью самой себя через то, частью чего является
follow-up-part-of-other-recommendation = часть касается той же рекомендации, что и целое ({ $id })
follow-up-id-taken = этот идентификатор уже занят: присвойте записи другой

## Заявление о поддержке форумом выполнения рекомендации
support-declare = Заявить о поддержке её выполнения форумом
support-title = Заявить о поддержке выполнения рекомендации { $id }
support-lede-html = Форум заявляет, что будет поддерживать выполнение <a href="{ $href }">этой рекомендации</a> — самостоятельно или совместно с другими форумами. Заявление направляется на проверку редакторам; после публикации оно появляется на странице рекомендации среди форумов, поддерживающих её выполнение.
support-field-forum = Форум, заявляющий о поддержке
support-field-with = Совместно с
support-field-with-hint = Перечислены только форумы, за которые вы можете вносить сведения: совместное заявление делает тот, кто вправе выступать от имени каждого из участвующих в нём форумов. Форум, выбранный выше, дважды не учитывается.
support-field-status = На какой стадии её выполнение
support-field-date = Когда сделано заявление
support-field-date-hint = Год, месяц или день в привычной вам записи (2015, 2015-11, 2015-11-12).
support-field-description = О чём заявляет форум
support-field-evidence = Где изложено заявление
support-field-evidence-hint = Веб-адрес (https://…), если заявление опубликовано.
support-mistake-forum = Выберите форум, за который вы можете вносить сведения.
support-mistake-with = Заявить о совместной поддержке можно только с форумами, за которые вы можете вносить сведения.
support-mistake-status = Укажите, на какой стадии её выполнение.
support-mistake-future = Заявление не может быть датировано будущим числом.
support-mistake-description = Укажите, о чём заявляет форум.
support-mistake-evidence = Укажите веб-адрес, начинающийся с https:// или http://, либо оставьте поле пустым.
support-contribution-title = Поддержка рекомендации { $id } форумом «{ $forum }»
