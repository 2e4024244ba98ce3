# Страницы реестра: страница форума, перечень форумов, государства и территории, организации,
# главная страница, истории версий, достоверность данных; общие для них карты и таблицы членов.

verified = проверено
unverified = не проверено

## Страница форума
forum-propose-html = <a class="button" href="{ $href }">Предложить изменение</a> сведений о членах, председателях, секретариате или профиле этого форума.
forum-verified = проверенный профиль
forum-unverified = непроверенный профиль
forum-unverified-why = : некоторые факты опираются лишь на один источник или на косвенные данные
forum-dissolved-in = Дата упразднения этого форума: { $date }.
forum-successor-html = Его работу продолжает <a href="{ $href }">{ $name }</a>.
forum-dissolved-no-members = По состоянию на { $day } у него не было членов; выберите более раннюю дату, чтобы увидеть, кто в нём участвовал.
forum-profile = Профиль
forum-fact-category = Категория
forum-fact-established = Дата создания
forum-fact-dissolved = Дата упразднения
forum-fact-regions = Охватываемые регионы
forum-fact-md = Миграция и развитие
forum-fact-operational = Оперативный компонент
forum-fact-meeting-level = Уровень совещаний
forum-fact-members = Число членов на эту дату
meeting-level-ministerial = уровень министров
meeting-level-vice-ministerial = уровень заместителей министров
meeting-level-senior-officials = уровень старших должностных лиц
meeting-level-technical = технический уровень
meeting-level-mixed = смешанный
forum-part-of = Входит в
forum-bodies-under = Органы в его составе
forum-themes = Темы
forum-objectives = Цели
forum-topics = Тематические приоритеты (в формулировках источников)
forum-other-names = Другие и прежние названия
forum-name-in = { $name } ({ $language })
forum-name-during = { $name } ({ $period })
forum-category-over-time = Категория в разные периоды
forum-category-span = { $period }: { $category }
forum-category-span-note = { $period }: { $category } — { $note }
forum-websites = Веб-сайты
forum-members-on = Члены по состоянию на { $day } ({ $count })
forum-members-on-suspended = Члены по состоянию на { $day } ({ $count }, в том числе с приостановленным членством: { $suspended })
forum-download-html = <a href="{ $href }" download>Скачать строки на { $day } в формате CSV</a> · <a href="{ $all }" download>все строки за все даты</a> (формат открытых данных, который считывает команда <code>agora import</code>)
forum-open-participation = Открытое участие:
forum-no-members = Сведений о членах на эту дату нет.
forum-no-members-but-undated = Сведений о членах на эту дату нет; те, кого источники называют без указания дат, перечислены в разделе «Даты не указаны».
forum-through-caption = Государства, участвующие через свою региональную организацию, по состоянию на { $day } ({ $count })
forum-through-state = Государство или территория
forum-through-via = Через
forum-undated = Даты не указаны ({ $count })
forum-undated-why = Источники называют этих членов, наблюдателей и партнёров, не указывая, с какого и по какое время они участвовали, поэтому они не учитываются среди участников по состоянию на { $day }.
forum-others-on = Наблюдатели и партнёры по состоянию на { $day } ({ $count })
forum-chairs = Председатели в разные периоды
forum-no-chairs = Сведений о председателях нет.
forum-secretariat = Секретариат
forum-no-secretariat = Сведений о секретариате нет.
forum-timeline = Хронология вступления и выхода
forum-no-timeline = Сведений о датированных изменениях членского состава нет.
forum-joined = вступили:
forum-left = вышли:
forum-undated-starts = { $count ->
    [one] { $count } запись о членстве не содержит даты начала.
    [few] { $count } записи о членстве не содержат даты начала.
    [many] { $count } записей о членстве не содержат даты начала.
   *[other] { $count } записи о членстве не содержат даты начала.
}
forum-documents = Документы
forum-no-documents = В библиотеке пока нет документов этого форума.
forum-sources = Источники
forum-version-history = История версий
forum-propose = Предложить изменение
forum-report = Сообщить об ошибке
forum-sign-in-to-report-html = <a href="{ $href }">Войдите</a>, чтобы сообщить об ошибке
forum-how-sure = Насколько достоверны данные
forum-machine-readable-html = В машиночитаемом формате: <a href="{ $json }">этот форум в формате JSON</a>, <a href="{ $memberships }">его членский состав по состоянию на { $day }</a>.
forum-map-title = Карта членского состава: { $name }, по состоянию на { $day }
forum-members-caption = Члены: { $name }, по состоянию на { $day }
forum-others-caption = Наблюдатели и партнёры: { $name }, по состоянию на { $day }
forum-chairs-caption = Председатели и сопредседатели: { $name }
forum-secretariat-caption = Секретариат: { $name }
forum-undated-caption = Участники: { $name }, даты не указаны

## Таблицы членов
members-name = Наименование
members-role = Роль
members-period = Период
members-checked = Проверка
members-sources = Источники и примечания
members-suspended = членство приостановлено

## Сравнение двух дат
compare-title = Сравнение: { $day } и { $other }
compare-same-members = На обе даты членский состав одинаков.
compare-same-fora = На обе даты перечень форумов одинаков.
compare-only-on = На { $day }, но не на { $other } ({ $count })
compare-none = Нет.

## Карты
map-small-states = Малые государства в этом масштабе могут быть не видны; в таблице перечислены все.
map-point = Наведите указатель на государство, чтобы увидеть число форумов; выберите его, чтобы открыть его страницу.
map-member = { $name }: член
map-other = { $name }: наблюдатель или партнёр
map-legend-member = член
map-legend-other = наблюдатель или партнёр
map-legend-neither = ни то, ни другое
map-count = { $count ->
    [one] { $name }: { $count } форум
    [few] { $name }: { $count } форума
    [many] { $name }: { $count } форумов
   *[other] { $name }: { $count } форума
}
map-step-none = нет
map-step-range = { $from }–{ $to }
map-step-more = { $from } и более

## Государства и территории
areas-title = Государства и территории
areas-download = Скачать этот список в формате CSV
areas-caption = Государства и территории с указанием числа форумов, в которых участвует каждое из них, по состоянию на { $day }
areas-name = Название
areas-code = Код
areas-region = Регион
areas-fora = Форумы
area-names = Названия
area-name-in = { $language }:
area-m49-code = Код M49
area-m49-regions = Регионы M49
area-takes-part = { $count ->
    [one] Участвует в { $count } форуме по состоянию на { $day }
    [few] Участвует в { $count } форумах по состоянию на { $day }
    [many] Участвует в { $count } форумах по состоянию на { $day }
   *[other] Участвует в { $count } форума по состоянию на { $day }
}
area-undated = { $count ->
    [one] Ещё в { $count } форуме источники называют его без указания дат, поэтому этот форум не учитывается на эту дату (ниже он отмечен пометкой «даты не указаны»).
    [few] Ещё в { $count } форумах источники называют его без указания дат, поэтому эти форумы не учитываются на эту дату (ниже они отмечены пометкой «даты не указаны»).
    [many] Ещё в { $count } форумах источники называют его без указания дат, поэтому эти форумы не учитываются на эту дату (ниже они отмечены пометкой «даты не указаны»).
   *[other] Ещё в { $count } форума источники называют его без указания дат, поэтому эти форумы не учитываются на эту дату (ниже они отмечены пометкой «даты не указаны»).
}
area-timeline-title = Хронология участия в форумах: { $name }, { $from } – { $to }
area-bar-title = { $forum }, { $role }: { $period }
area-timeline-caption = Каждая полоса соответствует одному членству и подписана аббревиатурой или названием форума; полосы следуют в порядке строк таблицы ниже; полосы, действующие на { $day }, выделены более тёмным цветом; вертикальная линия отмечает { $day }. Членство без указанной даты начала изображается от начала оси.
area-memberships-caption = Участие в форумах: { $name } (все периоды)
area-forum = Форум
area-category = Категория
area-on = На { $day }
area-machine-readable-html = В машиночитаемом формате: <a href="{ $href }">{ $name } в формате JSON</a>.

## Перечень форумов
fora-title = Форумы
fora-q = Название, аббревиатура или прежнее название
fora-category = Категория
fora-any = Все
fora-region = Регион (M49)
fora-theme = Тема
fora-status = Статус
fora-status-any = Действующие и упразднённые
fora-status-active = Существующие на эту дату
fora-status-dissolved = Упразднённые
fora-md-option = Миграция и развитие: { $status }
fora-on-date = На дату
fora-date-hint = Год, месяц или день: 2010, 2010-06, 2010-06-30
fora-sort = Сортировать
fora-sort-default = по степени соответствия или по названию
fora-sort-name = по названию
fora-sort-established = по году создания
fora-sort-members = по числу членов (сначала наибольшее)
fora-sort-relevance = по степени соответствия
fora-also-show = Показать также
fora-website = Веб-сайт
fora-show = Показать форумы
fora-total-html = { $count ->
    [one] Найден { $count } форум (подсчёт по состоянию на { $day }). <a href="{ $href }" download>Скачать этот список в формате CSV</a> (электронная таблица со всеми строками и показанными столбцами).
    [few] Найдено { $count } форума (подсчёт по состоянию на { $day }). <a href="{ $href }" download>Скачать этот список в формате CSV</a> (электронная таблица со всеми строками и показанными столбцами).
    [many] Найдено { $count } форумов (подсчёт по состоянию на { $day }). <a href="{ $href }" download>Скачать этот список в формате CSV</a> (электронная таблица со всеми строками и показанными столбцами).
   *[other] Найдено { $count } форума (подсчёт по состоянию на { $day }). <a href="{ $href }" download>Скачать этот список в формате CSV</a> (электронная таблица со всеми строками и показанными столбцами).
}
fora-other-times = Форумы перечислены по категории, к которой каждый из них относился на { $day }. Следующие форумы относились к категории «{ $category }» в другое время и выше не учтены:
fora-other-times-how = Чтобы включить их в подсчёт, выберите дату в соответствующие годы.
fora-caption = Форумы и число их членов по состоянию на { $day }
fora-acronym = Аббревиатура
fora-members = Члены
fora-matched = совпадение: { $name }
fora-open = открыт для всех
fora-suspended = (с приостановленным членством: { $count })
fora-undated = (ещё без указания дат: { $count })
fora-dates-not-recorded = (даты не указаны)
fora-next = Следующая страница

## Последние изменения, каждое в виде предложения
change-other = { $op ->
    [create] Добавлена запись.
    [delete] Удалена запись.
   *[update] Обновлена запись.
}

## Главная страница
home-title = Межгосударственный диалог по вопросам миграции
home-heading = Межгосударственный диалог по вопросам миграции — в одном месте
home-lede = Agora отражает общую картину региональных консультативных процессов по миграции (РКП), межрегиональных форумов, региональных организаций и их органов по вопросам миграции, а также Глобального форума по миграции и развитию: кто и с какого времени в них участвует, с указанием источников каждого факта.
home-find = Найти государство, форум, организацию или документ
home-find-placeholder = Эфиопия, Коломбский процесс, денежные переводы…
home-browse-html = Или просмотрите <a href="{ $areas }">все государства и территории</a>, <a href="{ $fora }">все форумы</a> или <a href="/documents">библиотеку</a>.
home-fora-on = Форумы по состоянию на { $day }
home-counts-html = На эту дату { $fora ->
        [one] существовал
       *[other] существовало
    } <a href="{ $href }">{ $fora ->
        [one] { $fora } форум
        [few] { $fora } форума
        [many] { $fora } форумов
       *[other] { $fora } форума
    }</a> и действовало { $memberships ->
        [one] { $memberships } членство
        [few] { $memberships } членства
        [many] { $memberships } членств
       *[other] { $memberships } членства
    }; реестр охватывает { $areas ->
        [one] { $areas } государство или территорию
        [few] { $areas } государства и территории
        [many] { $areas } государств и территорий
       *[other] { $areas } государства и территории
    }.
home-by-category = Форумы по категориям по состоянию на { $day }
home-world = Число форумов, в которых участвует каждое государство
home-same-as-table = Те же данные в виде таблицы (государства и территории: { $count })
home-states-caption = Число форумов, в которых участвует каждое государство, по состоянию на { $day }
home-latest = Последние изменения
home-no-changes = Изменений пока нет.
home-map-title = Карта мира: число форумов, в которых участвует каждое государство, по состоянию на { $day }
home-map-svg-title = Число форумов, в которых участвует каждое государство, по состоянию на { $day }

## Организации
orgs-title = Организации
orgs-lede = Международные и региональные организации, выполняющие функции секретариатов, наблюдателей или партнёров форумов.
orgs-caption = Организации и число ролей, которые они выполняют или выполняли в форумах
orgs-acronyms = Аббревиатуры
orgs-kind = Тип
orgs-roles = Роли
org-other-names = Другие названия
org-roles = Роли в форумах
org-no-roles = Сведений о ролях нет.
org-roles-caption = Функции секретариата, наблюдателя или партнёра в форумах, нынешние и прежние: { $name }
org-note = Примечание

## Истории версий
history-title = История версий: { $name }
history-covers-forum = Все изменения профиля форума и сведений о его членах, председателях и секретариате,
history-covers-record = Все изменения этой записи (изменения сведений о членстве отражены в истории каждого форума),
history-how-html = начиная с последних, с указанием роли автора. <a href="{ $href }">Вернуться на страницу «{ $name }»</a>.
history-none = Изменений не зарегистрировано.
history-version = { $op ->
    [create] Добавлено { $by }: { $what }
    [delete] Удалено { $by }: { $what }
   *[update] Изменено { $by }: { $what }
}
history-fields = { $count ->
    [one] { $count } поле
    [few] { $count } поля
    [many] { $count } полей
   *[other] { $count } поля
}
history-field = Поле
history-before = Было
history-after = Стало
history-what-forum = профиль форума
history-what-membership = запись { $id }
history-what-document = документ { $id }
history-what-report = сообщение об ошибке { $id }
history-what-meeting = совещание { $id }
history-what-area = запись о государстве
history-what-organisation = запись об организации
history-by-secretariat = секретариатом форума «{ $forum }»
history-by-focal-point = координатором ({ $area })
history-by-editor = редактором
history-by-admin = администратором
history-by-published = { $who } (опубликовано редактором)
history-by-builtin = на основе встроенного набора данных
history-by-import = при импорте данных

## Насколько достоверны данные
provenance-title = Насколько достоверны данные: происхождение фактов реестра
provenance-heading = Насколько достоверен каждый факт
provenance-lede-html = Для каждого форума и каждого членства в Agora указаны источники. Факт считается <strong>проверенным</strong>, только если хотя бы один из источников является первичным: собственный сайт форума или его секретариата, сайт межправительственной организации, правительства или официального вестника либо справочный документ 2009 года. Энциклопедии, зеркала документов и новостные материалы сами по себе никогда не подтверждают факт. Факт, не проверявшийся более { $days } { $days ->
        [one] дня
       *[other] дней
    }, считается <strong>устаревшим</strong>.
provenance-by-state = Факты по статусу проверки
provenance-by-state-caption = Форумы и членства по статусу проверки и дате последней проверки
provenance-state = Статус
provenance-facts = Факты
provenance-verified = Проверенные
provenance-unverified = Непроверенные
provenance-stale = Устаревшие (не проверялись или проверялись более { $days } { $days ->
        [one] дня
       *[other] дней
    } назад)
provenance-never-checked = Ни разу не проверялись
provenance-by-source = Факты по наилучшему источнику
provenance-by-class-caption = Факты по наилучшему типу издателя среди их источников
provenance-publisher = Тип издателя
provenance-by-host-caption = Сайты-источники, на которые ссылается наибольшее число фактов
provenance-site = Сайт
provenance-citing = Число ссылающихся фактов
provenance-by-year-caption = Факты по году последней проверки
provenance-last-checked = Последняя проверка
provenance-queue = Очередь на проверку ({ $count })
provenance-queue-how = Непроверенные и устаревшие факты: сначала ни разу не проверявшиеся, затем проверявшиеся давнее всего; непроверенные — раньше проверенных. Войдя в систему, вы можете сообщить об ошибке со ссылкой на источник со страницы любого форума; редакторы рассматривают каждое сообщение.
provenance-queue-first-html = Здесь перечислены первые { $count }; через <a href="{ $href }">API</a> можно постранично просмотреть все.
provenance-queue-caption = Факты, подлежащие проверке в первую очередь
provenance-fact = Факт
provenance-best-source = Наилучший источник
provenance-kind-forum = форум
provenance-kind-membership = членство
provenance-never = никогда
provenance-class-primary = первичный
provenance-class-encyclopedia = энциклопедия
provenance-class-mirror = зеркало документов
provenance-class-staging = предварительная копия сайта
provenance-class-other = другое

## Страница API
api-title = Справочник по API
api-lede-html = JSON API доступен по адресу <code>/api/v1</code>; его описание в формате OpenAPI 3.1 находится по адресу <a href="/api/openapi.json">/api/openapi.json</a>. Списки возвращаются в виде <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code>; ошибки возвращаются как сообщения о проблемах по RFC 9457 (<code>application/problem+json</code>) с неизменным полем <code>code</code>.
api-no-script-html = Для интерактивного справочника требуется JavaScript; без него все конечные точки описаны в <a href="/api/openapi.json">документе OpenAPI</a>.
