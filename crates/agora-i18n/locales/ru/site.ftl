# Каркас каждой страницы: заголовок, навигация, выбор языка, нижний колонтитул; страница
# ошибки; форма выбора даты; счётчики, общие для нескольких страниц.
# Ключ, оканчивающийся на -html, содержит разметку (ссылки); остальные — простой текст.

site-title = { $title } — Agora
site-skip = Перейти к содержанию
site-nav = Основная навигация
site-nav-fora = Форумы
site-nav-states = Государства
site-nav-organisations = Организации
site-nav-documents = Документы
site-nav-search = Поиск
site-nav-api = API
site-nav-account = Учётная запись
site-nav-review = Проверка ({ $count })
site-languages = Язык
site-footer-about = Agora представляет картину межгосударственного диалога по вопросам миграции с источниками каждого факта.
site-footer-open-data-html = Открытые данные: <a href="{ $api }">JSON API</a>, <a href="{ $openapi }">описание OpenAPI</a>.
site-footer-provenance = Насколько достоверен каждый факт

error-title = { $status ->
    [400] Неверный запрос
    [401] Требуется вход
    [403] Доступ запрещён
    [404] Страница не найдена
    [405] Метод не разрешён
    [409] Конфликт
    [413] Слишком большой объём
    [415] Неподдерживаемый тип содержимого
    [422] Невозможно обработать содержимое
    [429] Слишком много запросов
    [503] Сервис недоступен
   *[other] Ошибка
}
error-search-instead = Искать в Agora
error-search = Найти
error-browse-html = Или просмотрите <a href="/fora">форумы</a>, <a href="/areas">государства и территории</a> или <a href="/documents">библиотеку</a>.
error-home = Вернуться на главную страницу

as-of-showing-html = Картина на <strong>{ $day }</strong>.
as-of-showing-today-html = Картина на <strong>{ $day }</strong> (сегодня).
as-of-showing-period-html = Картина на <strong>{ $day }</strong>, последний день периода «{ $period }».
as-of-other = Показать другую дату
as-of-hint = День (2009-06-04), месяц (2009-06) или год (2009)
as-of-compare = Сравнить с
as-of-show = Показать
as-of-bangkok = 4 июня 2009 г. (глобальное совещание РКП в Бангкоке)
as-of-today = сегодня

count-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
