# Библиотека документов и поиск: перечень документов, страница документа, его цитирование,
# загрузка документа; страница поиска.

## Перечень документов
docs-title = Документы
docs-title-of = Документы: { $name }
docs-heading-of-html = Документы: <a href="{ $href }">{ $name }</a>
docs-lede = Итоговые документы форумов: декларации, планы действий, доклады, справочные документы, исследования и заявления.
docs-upload-html = <a href="{ $href }">Загрузить документ</a> (редактор публикует его после проверки).
docs-search = Поиск по тексту документов
docs-search-of = Поиск по тексту документов: { $name }
docs-none = Документов нет.
docs-count = { $count ->
    [one] { $count } документ
    [few] { $count } документа
    [many] { $count } документов
   *[other] { $count } документа
}
docs-count-page = { $count ->
    [one] { $count } документ, на этой странице — { $shown }
    [few] { $count } документа, на этой странице — { $shown }
    [many] { $count } документов, на этой странице — { $shown }
   *[other] { $count } документа, на этой странице — { $shown }
}
docs-col-title = Название
docs-col-date = Дата
docs-restricted = (ограниченный доступ)

## Виды документов
doc-kind-declaration = Декларация
doc-kind-action-plan = План действий
doc-kind-meeting-report = Доклад о работе совещания
doc-kind-summary-report = Краткий доклад
doc-kind-background-paper = Справочный документ
doc-kind-study = Исследование
doc-kind-statement = Заявление
doc-kind-recommendations = Рекомендации
doc-kind-other = Другое

## Документ
doc-authors = { $count ->
    [one] Автор
    [few] Авторы
    [many] Авторы
   *[other] Авторы
}
doc-publisher = Издатель
doc-meeting = Совещание
doc-published-at = Адрес публикации
doc-access = Доступ
doc-access-public = Открытый
doc-access-participants = Для участников форума «{ $forum }»
doc-access-participants-until = Для участников форума «{ $forum }»; открыт для всех с { $day }
doc-access-confidential = Конфиденциальный: для редакторов и исследователей
doc-abstract = Аннотация
doc-marked-html = { $count ->
    [one] «{ $q }»: в тексте выделено { $count } слово. <a href="{ $href }">Перейти</a>.
    [few] «{ $q }»: в тексте выделено { $count } слова. <a href="{ $href }">Перейти к первому</a>.
    [many] «{ $q }»: в тексте выделено { $count } слов. <a href="{ $href }">Перейти к первому</a>.
   *[other] «{ $q }»: в тексте выделено { $count } слова. <a href="{ $href }">Перейти к первому</a>.
}
doc-not-in-text = «{ $q }» в тексте не встречается.
doc-not-in-text-language = «{ $q }» не встречается в тексте ({ $language } язык).
doc-back-to-search = Вернуться к поиску.
doc-files = Файлы
doc-language = Язык: { $language }
doc-text = Текст
doc-text-in = Текст ({ $language } язык)
doc-words = { $count ->
    [one] { $count } слово (в тексте, извлечённом из файла)
    [few] { $count } слова (в тексте, извлечённом из файла)
    [many] { $count } слов (в тексте, извлечённом из файла)
   *[other] { $count } слова (в тексте, извлечённом из файла)
}
size-mb = { $size } МБ
size-kb = { $size } КБ
size-bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байта
    [many] { $size } байт
   *[other] { $size } байта
}

## Цитирование
cite-title = Как цитировать
cite-plain = Простой текст
cite-accessed = (дата обращения: { $day }).
cite-copy = Копировать
cite-copied = Скопировано: { $what }.
cite-copy-failed = Выделите текст и скопируйте его.
cite-bibtex = Запись BibTeX
cite-csl = CSL-JSON (Zotero, Mendeley, pandoc)

## Загрузка документа
upload-title = Загрузить документ
upload-lede-html = Файл становится предлагаемым документом библиотеки форума. Его проверяет редактор; пока редактор не опубликует документ, он не попадает ни в библиотеку, ни в результаты поиска, ни в открытый доступ. Допускаются файлы PDF, Word (DOCX), HTML, простой текст или Markdown размером до { $mb } МБ. <a href="/documents">Вернуться в библиотеку</a>.
upload-no-fora = Вы не можете загружать документы ни для одного форума.
upload-file = Файл
upload-doc-title = Название (оставьте пустым, чтобы взять его из файла)
upload-lang = Язык (код ISO 639-1, например en, fr, es, ar, ru, zh; оставьте пустым для автоматического определения)
upload-date = Дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)
upload-who = Кто может его просматривать
upload-who-participants = Участники форума (координаторы его государств-членов, его секретариат, редакторы)
upload-who-everyone = Все
upload-who-confidential = Конфиденциально: только редакторы и исследователи
upload-public-from = Открыт для всех с (ГГГГ-ММ-ДД; документ, доступный только участникам, в этот день автоматически становится открытым)
upload-themes = Темы (идентификаторы через запятую)
upload-authors = Авторы (по одному в строке: лица или органы — так, как они названы в документе)
upload-abstract = Аннотация (краткое содержание в одном абзаце)
upload-source = Источник (веб-адрес)

## Поиск
search-title = Поиск
search-title-for = { $q } — Поиск
search-q = Слова или "точная фраза" на любом языке
search-sort-relevance = По степени соответствия
search-sort-date = По дате, сначала новые
search-total = { $count ->
    [one] Найден { $count } результат.
    [few] Найдено { $count } результата.
    [many] Найдено { $count } результатов.
   *[other] Найдено { $count } результата.
}
search-total-for = { $count ->
    [one] По запросу «{ $q }» найден { $count } результат.
    [few] По запросу «{ $q }» найдено { $count } результата.
    [many] По запросу «{ $q }» найдено { $count } результатов.
   *[other] По запросу «{ $q }» найдено { $count } результата.
}
search-named = Государства и организации
search-named-state = { $independent ->
    [true] , государство; сегодня участвует в { $count ->
        [one] { $count } форуме
        [few] { $count } форумах
        [many] { $count } форумах
       *[other] { $count } форума
    }
   *[false] , территория; сегодня участвует в { $count ->
        [one] { $count } форуме
        [few] { $count } форумах
        [many] { $count } форумах
       *[other] { $count } форума
    }
}
search-named-other = { $kind ->
    [organisation] , организация
   *[forum] , форум
}
search-did-you-mean-html = Возможно, вы имели в виду <a href="{ $href }">{ $words }</a>?
search-did-you-mean-everywhere-html = Возможно, вы имели в виду <a href="{ $href }">{ $words }</a> (поиск по всем материалам, без фильтров)?
search-perhaps = Возможно, вы имели в виду:
search-or-perhaps = Или, возможно:
search-narrowed = Применённые фильтры:
search-remove-filter = (снять этот фильтр)
search-narrow = Уточнить результаты
search-facet-type = Тип
search-facet-kind = Вид
search-facet-forum = Форум
search-facet-year = Год
search-facet-language = Язык
search-facet-theme = Тема
search-years = { $from }–{ $to }
search-what-forum = Форум
search-what-document = Документ
search-next = Следующие результаты
