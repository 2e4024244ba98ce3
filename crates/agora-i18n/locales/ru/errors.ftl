## Сообщения об отказе в приёме данных: по правилам записей, форм и API.
## Подстановки содержат то, что было передано (идентификатор, имя поля), в исходном виде.

# Слова, написанные не Agora (сообщение библиотеки), приводятся как есть.
said-as-given = { $text }
# Два замечания подряд.
said-then = { $first }; { $then }

## Даты

date-not-a-date = «{ $input }» не является датой: { $why }
date-year-range = год вне допустимого диапазона (1800–2200)
date-month-range = месяц должен быть от 01 до 12
date-no-such-day = в этом месяце нет такого дня
date-full-needed = нужна полная дата в формате ГГГГ-ММ-ДД
date-expected-iso = ожидается ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
date-slashed-day = дата вида 04/11/2025 в разных странах читается по-разному: напишите 2025-11-04 или 4 Nov 2025
date-write-one = укажите год (2025), месяц (2025-11 или Nov 2025) или день (2025-11-04 или 4 Nov 2025)

## Правила записей (импорт, предложения, agora check)

check-source-required = требуется хотя бы один источник
check-not-a-url = «{ $url }» не является адресом http(s)
check-duplicate-id = повторяющийся идентификатор «{ $id }» (встречается также в { $list }[{ $index }])
check-end-before-start = дата окончания ({ $end }) предшествует дате начала ({ $start })
check-format = ожидается «{ $expected }», указано «{ $found }»
check-version = эта версия Agora читает данные версии { $expected }, а указана версия { $found }
check-english-name = требуется название на английском языке
check-names-empty = названия не должны быть пустыми
check-id-of-a-forum = «{ $id }» уже является идентификатором форума; форумы и организации используют общий набор идентификаторов
check-english-label = требуется обозначение на английском языке
check-gcm-objective = Глобальный договор о безопасной, упорядоченной и легальной миграции содержит цели с 1 по 23; цели { $given } в нём нет
check-name-required = требуется хотя бы одно непустое название
check-category-required = требуется категория
check-not-another-forum = «{ $id }» не является другим форумом
check-own-parent = форум не может входить в состав самого себя
check-unknown-forum = неизвестный форум «{ $id }»
check-unknown-theme = неизвестная тема «{ $id }»
check-unknown-m49 = неизвестный код M49 { $code }
check-id-of-an-organisation = «{ $id }» уже является идентификатором организации; форумы и организации используют общий набор идентификаторов
check-parent-loop = цепочка вышестоящих форумов замыкается на этом форуме
check-membership-id = идентификатор членства начинается с идентификатора его форума и двоеточия («{ $forum }:...»)
check-unknown-area = неизвестный код государства или территории «{ $id }»
check-unknown-organisation = неизвестная организация «{ $id }»
check-member-of-itself = форум не может быть членом самого себя
# $why — одно из сообщений check-starts-/check-ends-/check-no-end- ниже, сказанное о членстве.
check-membership-outside = членство «{ $id }» { $why }
check-the-membership-outside = членство { $why }
check-starts-before-established = начинается ({ $own }) до создания своего форума ({ $forum })
check-ends-before-established = заканчивается ({ $own }) до создания своего форума ({ $forum })
check-starts-after-dissolved = начинается ({ $own }) после упразднения своего форума ({ $forum })
check-ends-after-dissolved = заканчивается ({ $own }) после упразднения своего форума ({ $forum })
check-no-end-but-dissolved = не имеет даты окончания, хотя его форум был упразднён ({ $forum }): укажите дату окончания не позднее этой даты
check-role-and-note = роль указана как «member», но в примечании сказано «{ $other }»: укажите каждую роль в отдельной строке с её датами или исправьте роль
check-suspension-inside = приостановление должно приходиться на период действия самого членства (членство вышедшего члена не приостанавливается)
check-verified-needs-primary = для статуса «verified» нужен хотя бы один первичный источник (собственный сайт форума или межправительственной организации, сайт правительства, официальный вестник или справочный документ); если источниками служат только энциклопедии, зеркала документов и новости, факт остаётся в статусе «unverified»
check-overlap = пересекается по времени с «{ $other }» — строкой того же члена в той же роли: объедините их или задайте им периоды, не имеющие общих дней
check-undated-rows = записи о членстве без дат: { $undated } из { $rows }, тогда как остальные датированы; пока даты не указаны, эти записи не учитываются ни на одну дату: { $ids }

## Правила записей библиотеки

doc-check-a-version = у документа должна быть хотя бы одна языковая версия
doc-check-second-version = вторая версия на языке «{ $lang }»
doc-check-title = нужно название длиной от 1 до 500 символов
doc-check-sha256 = не является значением SHA-256 в шестнадцатеричной записи строчными буквами
doc-check-file-name = нужно имя файла длиной от 1 до 255 символов
doc-check-authors = не более 50 авторов
doc-check-author = имя автора должно содержать от 1 до 300 символов
doc-check-publisher = название издателя должно содержать от 1 до 300 символов
doc-check-abstract = аннотация должна содержать от 1 до 5000 символов
doc-check-forum = документ должен относиться хотя бы к одному форуму
doc-check-source-url = нужен адрес http(s)

## Идентификаторы, учётные записи, роли и действия

id-not-forum = «{ $input }» не является допустимым идентификатором форума: { $rule }
id-not-organisation = «{ $input }» не является допустимым идентификатором организации: { $rule }
id-not-theme = «{ $input }» не является допустимым идентификатором темы: { $rule }
id-not-document = «{ $input }» не является допустимым идентификатором документа: { $rule }
id-not-area = «{ $input }» не является допустимым кодом государства или территории: { $rule }
id-not-membership = «{ $input }» не является допустимым идентификатором членства: { $rule }
id-not-language = «{ $input }» не является допустимым кодом языка: { $rule }
id-rule-slug = строчные латинские буквы, цифры и одиночные дефисы, не более 80 символов
id-rule-area = три прописные латинские буквы (ISO 3166-1 alpha-3)
id-rule-membership = от 1 до 200 букв, цифр и знаков . _ : -
id-rule-language = две или три строчные латинские буквы (ISO 639)
account-not-an-email = «{ $input }» не является адресом электронной почты
account-not-an-id = «{ $input }» не является номером учётной записи
password-too-short = пароль должен содержать не менее { $least } { $least ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (надёжный пароль можно составить из нескольких слов)
password-too-long = пароль может содержать не более { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
password-common = этот пароль входит в число самых распространённых; выберите другой
password-is-email = пароль не должен совпадать с адресом электронной почты учётной записи
password-guessable = этот пароль слишком легко угадать (повторяющиеся символы, последовательности, сочетания соседних клавиш или несколько распространённых слов); надёжный пароль можно составить из нескольких не связанных между собой слов
role-not-a-role = «{ $input }» не является ролью: используйте admin, editor, researcher, secretariat:FORUM, focal_point:STATE или reviewer:CALL
scope-not-a-scope = «{ $input }» не является областью действия: используйте read, contribute или administer
# $state — текст contribution-state-word, $step — текст contribution-step.
step-not-from-here = к предложению со статусом «{ $state }» нельзя применить действие «{ $step }»
step-not-allowed = эта учётная запись не может выполнить действие «{ $step }» в отношении этого предложения
contribution-state-word = { $state ->
    [draft] черновик
    [submitted] отправлено на проверку
    [in_review] на проверке
    [changes_requested] возвращено на доработку
    [published] опубликовано
   *[withdrawn] отозвано
}

## Предлагаемые записи

# $field — место в записи (так, как его называет API), $said — что в нём неверно.
check-at-field = { $field }: { $said }
# $error — замечание программы чтения JSON на английском языке.
record-not-forum = не является записью о форуме: { $error }
record-not-membership = не является записью о членстве: { $error }
record-not-document = не является записью о документе: { $error }
record-not-error-report = не является записью сообщения об ошибке: { $error }
record-no-such-forum = форума «{ $id }» нет: предложения изменяют существующие форумы
no-such-forum = форума «{ $id }» нет
report-id = идентификатор сообщения об ошибке состоит из «{ $stem }» и номера
report-what-missing = укажите, что неверно
report-source = укажите адрес http(s) страницы, на которой можно найти правильные сведения
at-most-characters = не более { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }

## Предложения

token-reads-only = этот токен API позволяет только читать: создайте токен с правом участвовать в работе
only-secretariat-or-editor = предлагать изменения записей форума «{ $forum }» могут только его секретариат или редактор
document-uploaded-only = документ предлагается путём загрузки его файла: POST /api/v1/documents (multipart) или страница загрузки; чтобы исправить загруженный документ, загрузите исправленный файл
record-names-no-forum = в записи не указан форум
record-names-fora = в записи указано более одного форума: запись относится только к одному форуму
report-not-a-record = сообщение об ошибке отправляется со страницы форума (или через report_error) и никогда не предлагается как запись
records-none = предложите хотя бы одну запись
records-too-many = в одном предложении не более { $most } { $most ->
        [one] записи
        [few] записей
        [many] записей
       *[other] записи
    }: разделите пакет
records-one-forum = одно предложение изменяет записи только одного форума: записи других форумов предложите отдельно
records-twice = эта запись уже есть в пакете
report-needs-contribute-scope = для сообщения об ошибке нужен токен с областью действия contribute
record-stays-with-forum = запись остаётся за своим форумом: предложение не может изменить идентификатор записи или её форум
record-id-as-written = запишите идентификатор записи в принятой для её вида форме: «{ $id }»
# $kind — название вида записи так, как его пишет API (forum, membership).
record-not-created = запись вида { $kind } не создаётся предложением: предложите изменение существующей записи
record-names-another-forum = в записи указан другой форум
record-changes-nothing = это предложение ничего не меняет: запись уже имеет такой вид
# $state — текст contribution-state-word.
contribution-not-editable = предложение со статусом «{ $state }» нельзя изменить
contribution-not-rebasable = предложение со статусом «{ $state }» нельзя привести в соответствие с текущей версией записи
contribution-not-revisable = предложение со статусом «{ $state }» нельзя доработать
contribution-same-record = предложение должно по-прежнему изменять ту же запись
comment-empty = напишите комментарий
step-unknown = используйте submit, start_review, request_changes, publish, withdraw или comment
comment-what-to-change = возвращая предложение, укажите, что нужно изменить
contribution-up-to-date = предложение соответствует текущей версии: приводить в соответствие нечего
site-sends-no-mail = этот сайт не отправляет электронную почту: попросите ссылку у оператора сайта
only-contributors-propose = предлагать изменения записей форума могут только его секретариат или редактор

## Электронные таблицы

spreadsheet-csv-only = отправьте файл CSV (.csv) со столбцами, которые выводит команда `agora export --format csv`: fora.csv или memberships.csv
# $problems — собственные слова программы импорта (на английском языке); $more — сколько ещё она нашла.
spreadsheet-problems = { $more ->
    [0] { $problems }
   *[other] { $problems }; и ещё { $more }
}
spreadsheet-nothing-new = ни одна строка этого файла не отличается от текущих записей: предлагать нечего

## Загрузка файлов

use-true-or-false = используйте true или false
only-contributors-upload = загружать документы могут только секретариат форума или редактор — лично или с помощью токена API с правом участвовать в работе
upload-kind-missing = укажите вид документа
upload-kind-unknown = используйте declaration, action_plan, meeting_report, summary_report, background_paper, study, statement, recommendations или other
# $said — сообщение date-not-a-date.
upload-day = { $said } (используйте ГГГГ-ММ-ДД)
upload-date-bad = { $said } (используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)
upload-embargo = дата открытия доступа указывается только для документа, доступного лишь участникам
upload-visibility = используйте public, participants или confidential
upload-forum-missing = укажите, к какому форуму относится документ
upload-confidential-unseen = вы не можете сами просматривать конфиденциальные документы: загрузите документ для участников форума или обратитесь к редактору
upload-no-language = не удалось определить язык по тексту: укажите его (код ISO 639-1, например en, fr, es, ar, ru, zh)
upload-unread = не удалось прочитать файл
extract-empty = файл пуст
extract-too-large = размер файла превышает { $most } МБ
# $found — тип файла, определённый по его содержимому (PDF, DOCX, ZIP).
extract-mismatch = судя по имени, это файл { $extension }, но по содержимому — { $found }
extract-unsupported = файлы «.{ $extension }» не читаются: используйте .txt, .md, .html, .htm, .docx или .pdf
extract-not-read-yet = файлы { $format } распознаются, но прочитать их текст пока невозможно
# $why — замечание программы чтения на английском языке.
extract-bad-docx = непригодный файл DOCX: { $why }
extract-bad-pdf = не удалось прочитать PDF: { $why }
extract-not-text = содержимое не является текстом (двоичные данные или текст не в кодировке UTF-8)
extract-no-text = в файле не найден текст
# $kinds — названия видов записей так, как их пишет API.
entity-unknown = «{ $entity }» не является видом записи: используйте { $kinds }

## Что не допускают текущие записи

store-record-elsewhere = предложение № { $id } может изменять только записи форума { $forum }: эта запись относится к другому форуму
# $state — текст contribution-state-word.
store-no-longer = предложение больше не имеет статуса «{ $state }»
store-report-opens = сообщение об ошибке не может открыть предложение, касающееся записи вида { $kind }
store-no-record = предложение должно изменять хотя бы одну запись
store-kind-undeclared = предложение № { $id } изменяет запись вида { $kind }, который здесь не объявлен
store-stale = устарело: запись { $kind } { $id } изменилась после подготовки этого предложения; сначала приведите его в соответствие с текущей версией записи
store-changed-since-published = запись { $kind } { $id } изменилась после публикации этого предложения; отозвать его нельзя
store-forum-not-removed = форум нельзя удалить с помощью предложения
store-account-exists = учётная запись с адресом электронной почты { $email } уже существует

## Параметры страниц и API

param-not-form-encoding = строка запроса закодирована не так, как данные формы
param-unknown = неизвестный параметр; допустимые параметры: { $allowed }
param-twice = указан более одного раза
# $said — сообщение date-not-a-date.
param-date = { $said } (ожидается ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ)
param-not-one-of = «{ $value }» не входит в число допустимых значений: { $allowed }
param-not-between = «{ $value }» не является целым числом от { $least } до { $most }
param-not-flag = «{ $value }» не равно «{ $expected }»
param-not-year = «{ $value }» не является годом в диапазоне от 1800 до 2200
param-not-month = «{ $value }» не является месяцем: укажите его в виде 2027-03
param-not-region = «{ $value }» не является известным кодом региона M49
param-years-reversed = предшествует year_from
param-rows-all-as-of = rows=all не сочетается с as_of: выводятся все даты
cursor-not-ours = этот курсор не был выдан данным поиском (начните заново без него)
cursor-not-this-apis = этот курсор не был выдан данным API
cursor-other-sort = этот курсор относится к другому порядку сортировки
queue-for-editors = очередь на проверку предназначена для редакторов
document-not-revised = загруженный документ здесь не дорабатывается: вместо этого загрузите исправленный файл
api-token-only = записывайте данные через API с токеном API (Authorization: Bearer), а не с файлом cookie сеанса
# $error — замечание программы чтения JSON на английском языке.
body-not-json = не удаётся прочитать тело запроса JSON: { $error }
entity-forum-or-membership = используйте forum или membership
record-or-records = укажите record или records, но не оба сразу
record-missing = укажите предлагаемую запись
upload-not-multipart = отправьте загружаемый файл в формате multipart/form-data: { $error }
upload-multipart-unread = не удаётся прочитать тело запроса multipart: { $error }
upload-one-file = отправляйте по одному файлу за одну загрузку
upload-no-name = у файла нет имени
upload-unknown-field = неизвестное поле; в этой загрузке есть поля file и { $fields }
upload-field-too-long = не более { $most } { $most ->
        [one] байта
        [few] байт
        [many] байт
       *[other] байта
    }
upload-not-utf8 = текст не в кодировке UTF-8
upload-choose-file = выберите файл для загрузки
param-compare-not-here = на этой странице даты не сравниваются: это можно сделать на странице форума или государства
form-unread = не удалось прочитать форму
email-too-long = адрес электронной почты может содержать не более { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
token-cannot-manage = токен API не может управлять токенами или паролями: для этого войдите в систему
form-token-wrong = токен формы отсутствует или неверен: перезагрузите страницу и повторите попытку

## Учётные записи, токены и администрирование

token-name = дайте токену название (от 1 до 100 символов), например по названию программы, которая его использует
tick-or-leave = отметьте этот пункт или оставьте его неотмеченным
token-administer-admin-only = право администрирования может иметь только токен администратора
page-for-administrators = эта страница предназначена для администраторов
token-cannot-change-admin = токен API не может изменить или отключить учётную запись администратора: для этого войдите в систему
token-cannot-give-powers = токен API не может создавать учётные записи или предоставлять роли: для этого войдите в систему
no-such-state = государства «{ $id }» нет
cannot-disable-self = вы не можете отключить собственную учётную запись
admin-action-unknown = используйте grant, revoke или disable
audit-outcome-unknown = используйте any, ok или refused
audit-before = укажите положительный номер записи
# $error — замечание программы чтения JSON на английском языке.
proposal-unreadable = не удаётся прочитать сохранённое предложение: { $error }
propose-forum-or-entry = предложите изменение профиля форума или одной из его записей
check-translation-english = краткое описание и цели на английском языке — это собственные краткое описание и цели форума, а не перевод
check-translation-empty = перевод должен содержать краткое описание или цели, причём ни одно из них не может быть пустым

## Файлы, читаемые при импорте или из электронной таблицы: где проблема и в чём она состоит

# Проблема в файле: его имя, место в нём ($at — одно из сообщений file-at-), столбец или поле, в чём ошибка.
file-problem = { $file }: { $said }
file-problem-field = { $file }: { $field }: { $said }
file-problem-at = { $file }: { $at }: { $said }
file-problem-at-field = { $file }: { $at }: { $field }: { $said }
file-at-line = строка { $line }
file-at-line-id = строка { $line } (id { $id })
file-at-header = строка заголовков
file-not-utf8 = файл не является допустимым текстом в кодировке UTF-8 (недопустимый байт по смещению { $offset })
file-unknown-type = неизвестный тип файла: Agora импортирует файлы .json (в собственном формате или в формате Popolo) и .csv (форумы или членства)
csv-value-required = требуется значение
csv-not-bool = «{ $value }» не является значением true или false
# $error — замечание программы чтения CSV на английском языке.
csv-unreadable-header = не удаётся прочитать строку заголовков CSV: { $error }
csv-missing-column = отсутствует столбец «{ $column }»
csv-unknown-column = неизвестный столбец «{ $column }»
csv-column-twice = столбец «{ $column }» встречается дважды
csv-unreadable-row = не удаётся прочитать строку: { $error }
csv-formula-cell = в электронной таблице эта ячейка была бы выполнена как формула (она начинается с =, +, -, @ или символа табуляции): поставьте перед её содержимым апостроф, чтобы сохранить его как текст
csv-not-a-period = «{ $value }» не соответствует формату START/END (например, 2009-03/2014-01 или 2016-12/, если период ещё не завершён)
csv-not-m49 = «{ $value }» не является кодом M49
id-not-meeting = «{ $input }» не является допустимым идентификатором совещания: { $rule }
record-not-meeting = не является записью о совещании: { $error }
meeting-no-fora = совещание должно проводиться хотя бы одним форумом
meeting-forum-twice = каждый форум, проводящий совещание, указывается только один раз
meeting-title-english = для совещания требуется название на английском языке
meeting-text-empty = не должно быть пустым
meeting-part-of-itself = совещание не может быть частью самого себя
meeting-hidden-documents = у этого совещания есть итоговые документы, недоступные вам: его исправляет редактор
time-unreadable = «{ $typed }» не удаётся прочитать как время: запишите его в виде 09:30
meeting-time-needs-day = для времени нужен день: укажите полную дату
meeting-time-needs-zone = для времени совещания нужен часовой пояс
meeting-unknown-zone = «{ $zone }» нет в базе данных часовых поясов
meeting-closes-before-it-opens = совещание заканчивается раньше, чем начинается
check-unknown-document = неизвестный документ «{ $id }»
check-unknown-meeting = неизвестное совещание «{ $id }»
support-no-forum = заявлять о поддержке от имени форума могут только его секретариат или редактор

metrics-not-allowed = читать метрики могут только адреса, разрешённые оператором
