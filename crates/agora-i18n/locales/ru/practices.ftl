# Передовая практика и извлечённые уроки (задача 20): опубликованные практики, запросы практик,
# их рецензирование и решение редактора.

## Запись и её правила
id-not-practice = «{ $input }» не является допустимым идентификатором практики: { $rule }
record-not-practice = не является записью о передовой практике: { $error }
history-what-practice = передовая практика { $id }
practice-english-required = требуется вариант на английском языке
practice-too-many = допускается не более { $most }
practice-where = укажите хотя бы один форум или одно государство, где она применялась
practice-named-twice = указано дважды
practice-period-order = дата окончания раньше даты начала
practice-evidence-empty = подтверждающим материалом служит документ библиотеки, веб-адрес или числовой показатель
store-practice-taken = идентификатор { $id } уже занят другой практикой
change-practice-added = Новая передовая практика: { $title }
change-practice-updated = Передовая практика исправлена: { $title }
change-practice-removed = Передовая практика удалена: { $title }
review-criterion-missing = оценку нужно выставить по каждому критерию шкалы оценки
review-criterion-unknown = такого критерия в шкале оценки нет: используйте applied, relevant, effective, coherent, innovative, replicable или sustainable
review-score-range = оценка от { $lowest } до { $highest }
review-comment-empty = обоснуйте оценку в комментарии
review-affiliation = «{ $input }» не является аффилиацией: используйте state:ISO3, forum:ID или organisation:NAME

## Отказы
practice-call-editors = открывать запросы, приглашать рецензентов и принимать решения могут только редакторы
practice-call-title = название длиной от 1 до 300 символов
practice-no-such-account = учётной записи с адресом электронной почты { $email } нет: учётные записи создаёт администратор
practice-not-invited = вы не приглашены рецензировать практики по этому запросу
practice-accepted-already = вы уже приняли это приглашение
practice-review-not-yours = сводка рецензирования составляется при публикации практики
practice-submitters = практики представляют секретариат форума, координатор государства или редактор
practice-call-closed = приём практик по запросу закрыт { $deadline }
practice-not-yours = вы можете представлять практики только от имени тех форумов и государств, от имени которых действуете
practice-not-returned = повторно представить можно только практику, возвращённую вам
practice-contacts-not-yours = удалить контактные данные практики может только тот, кто её представил, или редактор
practice-decision = «{ $typed }» не является решением: используйте publish, return или reject
practice-accept-first = сначала примите приглашение, указав свою аффилиацию
practice-not-in-review = эта практика не находится на рецензировании
practice-declared-already = вы уже подали заявление по этой практике
practice-enough-reviewers = у этой практики уже есть необходимое число рецензентов
practice-conflict = конфликт интересов: ваша аффилиация ({ $affiliation }) упоминается в практике; редактор может разрешить вам её рецензировать
practice-conflict-declared = вы заявили о конфликте интересов; редактор может разрешить вам рецензировать эту практику
practice-scored-already = вы уже оценили эту практику
practice-declare-first = сначала заявите об отсутствии конфликта интересов
practice-override-reason = укажите причину (от 1 до 1000 символов)
practice-not-a-reviewer = { $email } не является рецензентом по этому запросу
practice-overridden-already = этому рецензенту уже разрешено её рецензировать
practice-reviews-missing = получены ещё не все необходимые рецензии
practice-not-an-object = практика задаётся объектом JSON с её полями
practice-own = вы представили эту практику: её рецензируют другие
practice-not-declared = этот рецензент не сделал заявления в этом туре или уже выставил оценки
practice-no-longer-valid = практика больше не проходит проверку ({ $field }: { $said }): верните её автору

## Опубликованные практики
site-nav-practices = Передовая практика
search-what-practice = Передовая практика
practices-title = Передовая практика и извлечённые уроки
practices-lede = Что сделали форумы и государства, к чему это привело и чем это подтверждается, что не сработало и что нужно, чтобы повторить этот опыт. Каждая практика прошла рецензирование по итогам запроса практик или содержит ссылку на источник, из которого она взята.
practices-forum = Форум
practices-state = Государство
practices-theme = Тема
practices-none = Пока не опубликовано ни одного примера передовой практики.
practices-none-filtered = Ни один опубликованный пример передовой практики не соответствует этим фильтрам.
practices-all = Все примеры передовой практики
forum-practices = Передовая практика
practice-peer-reviewed = Прошла рецензирование.
practice-from-sources = Взята из источников.
practice-fora = Форумы
practice-states = Государства
practice-themes = Темы
practice-period = Период
practice-period-from-to = с { $from } по { $to }
practice-period-from = с { $from }
practice-period-to = по { $to }
practice-cost-label = Стоимость
practice-cost = { $band ->
    [low] Низкая: в рамках текущего бюджета
    [medium] Средняя: финансируемый проект
    [high] Высокая: программа на несколько лет или для нескольких государств
   *[unknown] Неизвестна
}
practice-partners = Партнёры
practice-licence = Лицензия на текст
practice-field = { $field ->
    [context] Контекст
    [done] Что было сделано
    [results] Результаты
    [lessons] Извлечённые уроки, в том числе что не сработало
   *[replication] Условия для повторения опыта
}
practice-evidence = Подтверждающие материалы
practice-evidence-paragraph = { $title }, пункт { $paragraph }
practice-no-sources = Практика поступила в ответ на запрос практик; подтверждающие материалы приведены выше.
practice-review-title = Рецензирование
practice-reviewed-by = { $count ->
    [one] Рецензирование: { $count } рецензент; опубликована { $day } в ответ на
    [few] Рецензирование: { $count } рецензента; опубликована { $day } в ответ на
    [many] Рецензирование: { $count } рецензентов; опубликована { $day } в ответ на
   *[other] Рецензирование: { $count } рецензента; опубликована { $day } в ответ на
}
practice-call-number = запрос № { $number }
practice-rubric-caption = Шкала оценки: средний балл по каждому критерию (из 5)
practice-criterion-col = Критерий
practice-mean-col = Средний балл
practice-criterion = { $criterion ->
    [applied] Применение на практике
    [relevant] Актуальность
    [effective] Эффективность, подтверждённая материалами
    [coherent] Согласованность с Глобальным договором и правами человека
    [innovative] Новаторство
    [replicable] Воспроизводимость
   *[sustainable] Устойчивость
}
practice-not-reviewed = Не проходила рецензирование: включена на основании источника, на который ссылается.
practice-contacts = Контактные лица
practice-contacts-sign-in = Контактные лица видны только пользователям, вошедшим в систему.
practice-no-contacts = Контактные данные не хранятся.
practice-contacts-remove = Удалить эти контактные данные
practice-cite-publisher = Agora — портал межгосударственного диалога по вопросам миграции

## Запросы практик
practice-calls-title = Запросы практик
practice-calls-lede = Редакторы объявляют запросы практик по определённой теме. Секретариаты и координаторы представляют практики; приглашённые рецензенты заявляют о возможном конфликте интересов и выставляют оценки; решение принимает редактор.
practice-calls-none = Запросов практик пока нет.
practice-call-col = Название
practice-deadline = Срок
practice-call-closed-mark = закрыт
practice-call-open = Открыть запрос
practice-call-questions = Вопросы
practice-call-questions-hint = По одному вопросу в строке.
practice-call-no-questions = Помимо самой практики, запрос не содержит вопросов.
practice-call-how = До публикации заявку могут читать представивший её пользователь, рецензенты запроса и редакторы. Её оценивают не менее двух рецензентов, а если их оценки сильно расходятся — ещё и третий.
practice-submit = Представить практику
practice-revise = Доработать и представить снова
practice-resubmit = Представить снова
practice-submit-to = В ответ на
practice-reviewing = Рецензирование
practice-accepted-as = Вы рецензируете практики по этому запросу в качестве представителя: { $affiliation }.
practice-invited = Вам предлагается рецензировать практики по этому запросу. Укажите, от чьего имени вы выступаете: практику, в которой упоминается ваше государство или форум, вы рецензировать не можете.
practice-affiliation-kind = Вид аффилиации
practice-affiliation-state = Государство
practice-affiliation-forum = Форум
practice-affiliation-organisation = Организация
practice-affiliation = Аффилиация
practice-affiliation-hint = Код ISO государства (NPL), идентификатор форума (colombo-process) или название организации.
practice-accept = Принять
practice-yours = Ваши представленные практики
practice-submissions = Заявки
practice-status-col = Статус
practice-round-col = Раунд
practice-status = { $status ->
    [submitted] На рецензировании
    [returned] Возвращена автору заявки
    [published] Опубликована
   *[rejected] Отклонена
}
practice-reviewers = Рецензенты
practice-reviewer-col = Рецензент
practice-no-reviewers = Рецензенты пока не приглашены.
practice-not-accepted = приглашение ещё не принято
practice-invite-email = Адрес электронной почты учётной записи
practice-invite = Пригласить к рецензированию
practice-title-en = Название (на английском языке)
practice-summary-en = Краткое описание (на английском языке)
practice-from = Начало (YYYY, YYYY-MM или YYYY-MM-DD)
practice-to = Окончание
practice-evidence-url = Подтверждающий материал: веб-адрес
practice-evidence-note = Что он показывает
practice-contacts-hint = Видны только пользователям, вошедшим в систему; вы можете в любое время попросить их удалить.
practice-contact-name = Имя
practice-contact-role = Должность
practice-contact-email = Адрес электронной почты

## Заявка и её рецензирование
practice-stage = Рецензирование
practice-stage-reviewing = Получено рецензий: { $done } из { $needed }
practice-stage-third = Две рецензии сильно расходятся: приглашается третий рецензент
practice-stage-ready = Все рецензии получены: решение принимает редактор
practice-answers = Ответы на вопросы запроса
practice-reviews = Рецензии
practice-no-reviews = Рецензий пока нет.
practice-review-heading = Раунд { $round }, рецензент { $number }
practice-review-mine = ваша
practice-review-declared = Отсутствие конфликта интересов заявлено; оценка ещё не выставлена.
practice-review-blind = Оценка выставлена; она будет показана, когда поступят ваша собственная рецензия и все необходимые рецензии.
practice-review-total = Итого: { $total } из 35
practice-score-col = Балл
practice-comment-col = Комментарий
practice-declare = Заявить
practice-declare-question = Есть ли у вас конфликт интересов в отношении этой практики?
practice-declare-none = Конфликта интересов нет
practice-declare-some = Есть конфликт интересов
practice-declare-statement = В чём он состоит
practice-score = Отправить рецензию
practice-override = Разрешить рецензенту с конфликтом интересов рецензировать её
practice-override-reason-label = Причина
practice-release = Освободить рецензента, не выставившего оценки
practice-release-hint = Тогда её сможет отрецензировать другой рецензент запроса.
practice-decide = Принять решение
practice-decision-publish = Опубликовать
practice-decision-return = Вернуть с рецензиями
practice-decision-reject = Отклонить
practice-decision-note = Примечание
practice-history = История
practice-event = { $event ->
    [submitted] Представлена
    [resubmitted] Представлена повторно, с изменениями
    [declared] Рецензент заявил об отсутствии конфликта интересов
    [refused] Рецензент отведён из-за конфликта интересов
    [override] Редактор разрешил рецензенту с конфликтом интересов её рецензировать
    [reviewed] Поступила рецензия
    [third_asked] Приглашён третий рецензент
    [returned] Возвращена с рецензиями
    [published] Опубликована
    [rejected] Отклонена
    [contacts_removed] Её контактные данные удалены
    [released] Редактор освободил рецензента, не выставившего оценки
   *[other] { $event }
}
