# Оценки того, чего форум достиг по отношению к собственным целям (задача 21): отказы рабочей
# среды и формулировки доклада. Форум сравнивается только с самим собой.

## Отказы
assessment-editors = открывать оценки, назначать исследователей и публиковать доклады могут только редакторы
assessment-secretariat = отвечать на проект доклада может только секретариат оцениваемого форума
assessment-researchers-only = работать над этой оценкой могут только назначенные на неё исследователи
assessment-year = год от { $first } до { $last }
assessment-period-order = период заканчивается раньше, чем начинается
store-assessment-taken = оценка этого форума за этот период уже существует ({ $id })
assessment-published = доклад опубликован и больше не изменяется
assessment-needs-objectives = перед публикацией внесите хотя бы одну из целей форума
assessment-changed = тем временем оценку изменил кто-то другой: откройте её заново и повторите попытку
assessment-consent = согласие респондента не распространяется на цитирование этой выдержки
assessment-assigned-already = этот исследователь уже назначен
assessment-not-one-of = «{ $typed }» не входит в число допустимых значений: { $words }
assessment-empty = это поле не может быть пустым
assessment-no-objective = в этой оценке нет цели № { $number }
assessment-not-a-researcher = учётная запись { $email } не имеет роли исследователя
assessment-range = символы с { $start } по { $end } не образуют фрагмент текста (длина текста в символах: { $length })
assessment-no-extract = в этом интервью нет выдержки № { $number }
assessment-no-interview = интервью № { $number }, которое можно было бы использовать в этой оценке, нет
assessment-code-empty = присвойте фрагменту хотя бы один аспект или одну цель
assessment-code-source = укажите либо интервью, либо документ библиотеки
assessment-no-text = у документа нет текста на языке { $lang }
assessment-future = дата интервью не может быть позднее сегодняшней
assessment-no-paragraph = в документе нет пункта { $number }
assessment-serves-none = укажите цели, которым служил этот результат работы
assessment-no-evidence = приведите материалы, подтверждающие изменение
assessment-passage-not-found = такого фрагмента нет в этом тексте: скопируйте его слова в точности так, как они написаны
assessment-not-a-number = «{ $typed }» не является числом
assessment-withdrawn-already = это интервью уже отозвано
assessment-released-already = этот фрагмент уже включён в доклад
assessment-document-not-public = документ { $id } не является открытым: доклад ссылается только на то, что может прочитать каждый

## Термины
assessment-word = { $word ->
    [networks] Сети личных контактов
    [trust] Доверие и уверенность
    [understanding] Понимание проблематики миграции
    [capacity] Потенциал
    [governance] Управление миграцией (законодательство, политика, практика)
    [none] Признаков вклада нет
    [limited] Ограниченный
    [moderate] Умеренный
    [substantial] Существенный
    [low] Низкая
    [medium] Средняя
    [high] Высокая
    [claimed] Заявленная
    [plausible] Правдоподобная
    [documented] Документально подтверждённая
    [corroborated] Подтверждённая независимым источником
    [law] Закон
    [policy] Политика
    [practice] Практика
    [meeting] Совещание
    [document] Документ
    [training] Учебное мероприятие
    [tool] Инструмент
    [joint_project] Совместный проект
    [notes_only] Только записи, без цитирования
    [quotable] Одобренные выдержки можно цитировать без указания имени
    [draft] Проект доклада
    [published] Доклад опубликован
    [opened] Оценка открыта
    [assigned] Назначен исследователь
    [objective] Внесена цель
    [output] Внесён результат работы
    [impact] Внесены сведения о воздействии
    [rating] Выставлена оценка по аспекту
    [method] Описаны метод и ограничения
    [interview] Внесено интервью
    [extract] Отмечена выдержка
    [released] Выдержка включена в доклад
    [coded] Фрагмент закодирован
    [withdrawn] Интервью отозвано
    [reply] Ответ секретариата
    [for] За
    [against] Против
   *[other] { $word }
}

## Список
assessments-title = Оценки работы форумов
assessments-lede = Чего достиг каждый форум за определённый период по отношению к собственным целям, с подтверждающими материалами; форумы никогда не ранжируются.
assessments-none = Пока не опубликовано ни одной оценки.
assessments-caption = Оценки по форумам и периодам
assessments-all = Все оценки
assessment-forum-col = Форум
assessment-period-col = Период
assessment-status-col = Статус
assessment-open = Открыть оценку
assessment-from = Первый год
assessment-to = Последний год

## Доклад
forum-assessments = Оценки по его собственным целям
forum-assessment-of = Чего удалось достичь, { $period }
assessment-title = { $forum }, { $period }: чего форум достиг по отношению к собственным целям
assessment-draft-notice = Проект: пока редактор его не опубликует, его читают только исследователи, выполняющие оценку, редакторы и секретариат форума.
assessment-published-on = Опубликовано { $day }.
assessment-own-objectives = Достигнутое сопоставляется с целями, которые форум поставил перед собой, а не с другими форумами:
assessment-objectives = Цели форума
assessment-none-yet = Ничего не внесено.
assessment-outputs = Результаты работы
assessment-kind-col = Вид
assessment-output-col = Результат работы
assessment-date-col = Дата
assessment-serves-col = Цели, которым он служит
assessment-impacts = Воздействие на законодательство, политику и практику государств
assessment-impact-heading = { $change }: { $state }
assessment-objective-col = Цель
assessment-attribution = Связь с деятельностью форума
assessment-judged-by = Кем сделан вывод
assessment-dimensions = Пять аспектов вклада
assessment-dimension-col = Аспект
assessment-rating-col = Оценка
assessment-confidence-col = Степень уверенности
assessment-passages = Закодированные фрагменты: доводы за и против
assessment-objective-n = Цель { $number }
assessment-place-document = { $document }, пункт { $paragraph }
assessment-place-interview = Интервью № { $number }
assessment-for = За:
assessment-against = Против:
assessment-extracts = Из интервью
assessment-no-extracts = Ни одна выдержка из интервью не включена в этот доклад.
assessment-an-interviewee = Респондент
assessment-method = Метод
assessment-interviews-held = { $count ->
    [one] Проведено { $count } интервью.
    [few] Проведено { $count } интервью.
    [many] Проведено { $count } интервью.
   *[other] Проведено { $count } интервью.
}
assessment-interviews-withdrawn = { $count ->
    [one] { $count } респондент отозвал своё согласие: материалы его интервью не используются.
    [few] { $count } респондента отозвали своё согласие: материалы их интервью не используются.
    [many] { $count } респондентов отозвали своё согласие: материалы их интервью не используются.
   *[other] { $count } респондента отозвали своё согласие: материалы их интервью не используются.
}
assessment-limits = Ограничения
assessment-no-ranking = В этом докладе форум сравнивается с самим собой в разные периоды, но никогда — с другими форумами.
assessment-pdf = Этот доклад в формате PDF (A4, для печати или отправки)
assessment-replies = Ответ секретариата
assessment-no-replies = Секретариат форума не представил ответа.
assessment-reply-by = Секретариат форума, { $day }
assessment-reply = Ответить на проект доклада
assessment-interviews = Интервью
assessment-interviews-confidential = Конфиденциально: видны только исследователям, назначенным на эту оценку.
assessment-withdrawn = Отозвано: респондент отозвал своё согласие, и записи, выдержки и результаты кодирования этого интервью удалены.
assessment-released = включена в доклад
assessment-approved = одобрена респондентом
assessment-researchers = Исследователи
assessment-no-researchers = Исследователи пока не назначены.
assessment-assign-email = Адрес электронной почты учётной записи с ролью исследователя
assessment-assign = Назначить исследователя
assessment-publish = Опубликовать доклад
assessment-history = История
assessment-step-col = Этап
assessment-note-col = Примечание
assessment-by-col = Исполнитель

## Рабочая среда исследователей
assessment-workbench = Рабочая среда
assessment-workbench-lede = Для исследователей, назначенных на эту оценку. Каждый этап сохраняется в истории; записи интервью никогда не показываются никому другому.
assessment-add-objective = Внести цель
assessment-objective-text = Цель в формулировке источника
assessment-document = Документ библиотеки
assessment-paragraph = Пункт
assessment-objectives-first = Сначала внесите цель: результаты работы и воздействие вносятся применительно к целям форума.
assessment-add-output = Внести результат работы
assessment-meeting-id = Совещание, о котором идёт речь (его идентификатор, если оно есть в реестре)
assessment-document-id = Документ библиотеки (его идентификатор)
assessment-add-impact = Внести сведения о воздействии
assessment-state-code = Государство (код ISO 3166-1 alpha-3)
assessment-change = Что изменилось
assessment-description = Описание
assessment-evidence-url = Подтверждающий материал: адрес веб-страницы
assessment-evidence-note = Что показывает подтверждающий материал
assessment-rate = Выставить оценку по аспекту
assessment-write-method = Описать метод и ограничения
assessment-add-interview = Внести интервью
assessment-interviewee-role = Роль респондента (без указания имени)
assessment-held-on = Дата проведения
assessment-consent-label = Согласие
assessment-notes = Записи
assessment-themes = Темы
assessment-themes-hint = По одной в строке.
assessment-add-extract = Отметить выдержку
assessment-interview-col = Интервью
assessment-passage = Фрагмент — дословно, как в тексте
assessment-passage-hint = Скопируйте его слова из текста: по ним определяется его место.
assessment-approved-label = Респондент одобрил цитирование
assessment-release = Включить выдержку в доклад
assessment-extract-number = Номер выдержки
assessment-withdraw = Отозвать интервью
assessment-withdraw-warning = Если респондент отзывает своё согласие, записи, выдержки и результаты кодирования этого интервью удаляются безвозвратно: в оценке сохраняется лишь сам факт отзыва интервью.
assessment-code = Закодировать фрагмент
assessment-source = Где находится фрагмент
assessment-stance = Фрагмент свидетельствует
