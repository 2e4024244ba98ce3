## Lo que se indica cuando se rechaza un dato: por las reglas de las fichas, los formularios y la API.
## Los argumentos contienen lo que se indicó (un identificador, el nombre de un campo), tal como se indicó.

# Palabras que no escribió Agora (la queja de una biblioteca de software), reproducidas tal cual.
said-as-given = { $text }
# Dos problemas, uno tras otro.
said-then = { $first }; { $then }

## Fechas

date-not-a-date = “{ $input }” no es una fecha: { $why }
date-year-range = el año está fuera del intervalo admitido (1800-2200)
date-month-range = el mes debe estar entre 01 y 12
date-no-such-day = ese mes no tiene ese día
date-full-needed = se necesita una fecha completa AAAA-MM-DD
date-expected-iso = se esperaba AAAA, AAAA-MM o AAAA-MM-DD
date-slashed-day = una fecha escrita como 04/11/2025 se lee de forma distinta según el país: escriba 2025-11-04 o 4 de noviembre de 2025
date-write-one = escriba un año (2025), un mes (2025-11 o nov. 2025) o un día (2025-11-04 o 4 de noviembre de 2025)

## Las reglas de las fichas (importaciones, propuestas, agora check)

check-source-required = se requiere al menos una fuente
check-not-a-url = “{ $url }” no es una dirección http(s)
check-duplicate-id = identificador “{ $id }” duplicado (también en { $list }[{ $index }])
check-end-before-start = el fin ({ $end }) es anterior al inicio ({ $start })
check-format = se esperaba “{ $expected }” y se encontró “{ $found }”
check-version = esta versión de Agora lee la versión { $expected }; se encontró la versión { $found }
check-english-name = se requiere un nombre en inglés
check-names-empty = los nombres no pueden estar vacíos
check-id-of-a-forum = “{ $id }” ya es el identificador de un foro; los foros y las organizaciones comparten identificadores
check-english-label = se requiere una etiqueta en inglés
check-gcm-objective = el Pacto Mundial para la Migración Segura, Ordenada y Regular tiene los objetivos 1 a 23, no { $given }
check-name-required = se requiere al menos un nombre que no esté vacío
check-category-required = se requiere una categoría
check-not-another-forum = “{ $id }” no es otro foro
check-own-parent = un foro no puede ser su propio foro matriz
check-unknown-forum = foro desconocido: “{ $id }”
check-unknown-theme = tema desconocido: “{ $id }”
check-unknown-m49 = código M49 desconocido: { $code }
check-id-of-an-organisation = “{ $id }” ya es el identificador de una organización; los foros y las organizaciones comparten identificadores
check-parent-loop = la cadena de foros matrices vuelve a este foro
check-membership-id = el identificador de una participación empieza por el identificador de su foro y dos puntos (“{ $forum }:...”)
check-unknown-area = código de Estado o territorio desconocido: “{ $id }”
check-unknown-organisation = organización desconocida: “{ $id }”
check-member-of-itself = un foro no puede ser miembro de sí mismo
# $why es uno de los mensajes check-starts-/check-ends-/check-no-end- siguientes, referido a la participación.
check-membership-outside = la participación “{ $id }” { $why }
check-the-membership-outside = la participación { $why }
check-starts-before-established = empieza ({ $own }) antes de la creación de su foro ({ $forum })
check-ends-before-established = termina ({ $own }) antes de la creación de su foro ({ $forum })
check-starts-after-dissolved = empieza ({ $own }) después de la disolución de su foro ({ $forum })
check-ends-after-dissolved = termina ({ $own }) después de la disolución de su foro ({ $forum })
check-no-end-but-dissolved = no tiene fecha de fin, pero su foro se disolvió ({ $forum }): fije su fin en esa fecha como máximo
check-role-and-note = la función es “member”, pero la nota dice “{ $other }”: dedique a cada función su propia fila con sus fechas, o corrija la función
check-suspension-inside = una suspensión se sitúa dentro de las fechas de la propia participación (un miembro que se retiró no está suspendido)
check-verified-needs-primary = “verified” requiere al menos una fuente primaria (el sitio web del foro o de una organización intergubernamental, el de un gobierno, un diario oficial o el documento de antecedentes); las enciclopedias, los sitios espejo de documentos y las noticias, por sí solos, dejan el dato como “unverified”
check-overlap = se superpone en el tiempo con “{ $other }”, una fila del mismo miembro con la misma función: combínelas o asígneles periodos que no compartan ningún día
check-undated-rows = filas sin fechas: { $undated } de { $rows }, mientras que las demás tienen fecha; no cuentan en ninguna fecha hasta que se les asigne una: { $ids }

## Las reglas de las fichas de la biblioteca

doc-check-a-version = un documento tiene al menos una versión lingüística
doc-check-second-version = una segunda versión en “{ $lang }”
doc-check-title = un título de 1 a 500 caracteres
doc-check-sha256 = no es un SHA-256 en hexadecimal en minúsculas
doc-check-file-name = un nombre de archivo de 1 a 255 caracteres
doc-check-authors = 50 autores como máximo
doc-check-author = un autor de 1 a 300 caracteres
doc-check-publisher = una entidad editora de 1 a 300 caracteres
doc-check-abstract = un resumen de 1 a 5000 caracteres
doc-check-forum = un documento pertenece al menos a un foro
doc-check-source-url = una dirección http(s)

## Identificadores, cuentas, funciones y pasos

id-not-forum = “{ $input }” no es un identificador de foro válido: { $rule }
id-not-organisation = “{ $input }” no es un identificador de organización válido: { $rule }
id-not-theme = “{ $input }” no es un identificador de tema válido: { $rule }
id-not-document = “{ $input }” no es un identificador de documento válido: { $rule }
id-not-area = “{ $input }” no es un código de Estado o territorio válido: { $rule }
id-not-membership = “{ $input }” no es un identificador de participación válido: { $rule }
id-not-language = “{ $input }” no es un código de idioma válido: { $rule }
id-rule-slug = letras minúsculas, cifras y guiones sueltos, 80 caracteres como máximo
id-rule-area = tres letras mayúsculas (ISO 3166-1 alpha-3)
id-rule-membership = de 1 a 200 letras, cifras y . _ : -
id-rule-language = dos o tres letras minúsculas (ISO 639)
account-not-an-email = “{ $input }” no es una dirección de correo electrónico
account-not-an-id = “{ $input }” no es el identificador de una cuenta
password-too-short = la contraseña debe tener al menos { $least } caracteres (unas cuantas palabras forman una buena contraseña)
password-too-long = la contraseña puede tener como máximo { $most } caracteres
password-common = esta contraseña es una de las más comunes; elija otra
password-is-email = la contraseña no puede ser la dirección de correo electrónico de la cuenta
password-guessable = esta contraseña es demasiado fácil de adivinar (caracteres repetidos, secuencias, patrones de teclado o unas pocas palabras comunes); unas cuantas palabras sin relación entre sí forman una buena contraseña
role-not-a-role = “{ $input }” no es una función: utilice admin, editor, researcher, secretariat:FORUM, focal_point:STATE o reviewer:CALL
scope-not-a-scope = “{ $input }” no es un ámbito: utilice read, contribute o administer
# $state es un contribution-state-word; $step, un contribution-step.
step-not-from-here = una contribución que está { $state } no puede dar el paso “{ $step }”
step-not-allowed = esta cuenta no puede dar el paso “{ $step }” en esta contribución
contribution-state-word = { $state ->
    [draft] en borrador
    [submitted] enviada
    [in_review] en revisión
    [changes_requested] devuelta para que se introduzcan cambios
    [published] publicada
   *[withdrawn] retirada
}

## Fichas propuestas

# $field es el lugar de la ficha (tal como lo nombra la API); $said, lo que está mal en él.
check-at-field = { $field }: { $said }
# $error es la queja del lector de JSON, en inglés.
record-not-forum = no es una ficha de foro: { $error }
record-not-membership = no es una ficha de participación: { $error }
record-not-document = no es una ficha de documento: { $error }
record-not-error-report = no es una ficha de notificación de error: { $error }
record-no-such-forum = no existe el foro “{ $id }”: las contribuciones modifican foros existentes
no-such-forum = no existe el foro “{ $id }”
report-id = el identificador de una notificación de error es “{ $stem }” seguido de un número
report-what-missing = indique qué es incorrecto
report-source = indique la dirección http(s) de una página en la que pueda consultarse el dato correcto
at-most-characters = { $most } caracteres como máximo

## Contribuciones

token-reads-only = este token de API solo permite leer: cree uno que permita contribuir
only-secretariat-or-editor = solo la secretaría de “{ $forum }” o un editor pueden proponer cambios en sus fichas
document-uploaded-only = un documento se propone cargando su archivo: POST /api/v1/documents (multipart) o la página de carga; para corregir una carga, cargue el archivo corregido
record-names-no-forum = la ficha no indica ningún foro
record-names-fora = la ficha indica más de un foro: una ficha pertenece a uno solo
report-not-a-record = una notificación de error se envía desde la página del foro (o report_error); nunca se propone como ficha
records-none = proponga al menos una ficha
records-too-many = { $most } fichas como máximo en una contribución: divida el lote
records-one-forum = una contribución modifica las fichas de un solo foro: proponga las demás por separado
records-twice = esta ficha ya figura en el lote
report-needs-contribute-scope = para notificar un error se necesita un token con el ámbito contribute
record-stays-with-forum = una ficha permanece en su foro: una contribución no puede cambiar el identificador ni el foro de una ficha
record-id-as-written = escriba el identificador de la ficha como lo hace su tipo: “{ $id }”
# $kind es el nombre del tipo tal como lo escribe la API (forum, membership).
record-not-created = una ficha de tipo “{ $kind }” no se crea mediante una contribución: proponga un cambio en una ficha existente
record-names-another-forum = la ficha indica otro foro
record-changes-nothing = esta propuesta no cambia nada: la ficha ya es así
# $state es un contribution-state-word.
contribution-not-editable = una contribución que está { $state } no puede editarse
contribution-not-rebasable = una contribución que está { $state } no puede actualizarse
contribution-not-revisable = una contribución que está { $state } no puede modificarse
contribution-same-record = una contribución se refiere siempre a la misma ficha, de una versión a otra
comment-empty = escriba un comentario
step-unknown = utilice submit, start_review, request_changes, publish, withdraw o comment
comment-what-to-change = indique qué debe cambiarse al devolver una contribución
contribution-up-to-date = la contribución está al día: no hay nada que actualizar
site-sends-no-mail = este sitio no envía correos electrónicos: pida un enlace a la persona que lo administra
only-contributors-propose = solo la secretaría de un foro o un editor pueden proponer cambios en sus fichas

## Hojas de cálculo

spreadsheet-csv-only = envíe un archivo CSV (.csv) con las columnas de `agora export --format csv`: fora.csv o memberships.csv
# $problems son las palabras del importador (en inglés); $more, cuántos problemas más encontró.
spreadsheet-problems = { $more ->
    [0] { $problems }
   *[other] { $problems }; y { $more } más
}
spreadsheet-nothing-new = ninguna fila de este archivo difiere de las fichas tal como están: no hay nada que proponer

## Cargas

use-true-or-false = utilice true o false
only-contributors-upload = solo la secretaría de un foro o un editor pueden cargar documentos, personalmente o con un token de API que permita contribuir
upload-kind-missing = indique qué tipo de documento es
upload-kind-unknown = utilice uno de estos valores: declaration, action_plan, meeting_report, summary_report, background_paper, study, statement, recommendations, other
# $said es un mensaje date-not-a-date.
upload-day = { $said } (utilice AAAA-MM-DD)
upload-date-bad = { $said } (utilice AAAA, AAAA-MM o AAAA-MM-DD)
upload-embargo = una fecha de embargo solo corresponde a un documento reservado a los participantes
upload-visibility = utilice public, participants o confidential
upload-forum-missing = indique a qué foro corresponde el documento
upload-confidential-unseen = usted no puede ver un documento confidencial: cárguelo para los participantes en el foro o recurra a un editor
upload-no-language = no se pudo detectar el idioma a partir del texto: indíquelo (un código ISO 639-1 como en, fr, es, ar, ru, zh)
upload-unread = no se pudo leer el archivo
extract-empty = el archivo está vacío
extract-too-large = el archivo supera los { $most } MB
# $found es un tipo de archivo según su contenido (PDF, DOCX, ZIP).
extract-mismatch = el nombre indica { $extension }, pero el contenido es { $found }
extract-unsupported = no se leen archivos “.{ $extension }”: utilice .txt, .md, .html, .htm, .docx o .pdf
extract-not-read-yet = los archivos { $format } se reconocen, pero todavía no se puede leer su texto
# $why es la queja del lector, en inglés.
extract-bad-docx = no es un archivo DOCX utilizable: { $why }
extract-bad-pdf = no se pudo leer el PDF: { $why }
extract-not-text = el contenido no es texto (datos binarios o texto que no está en UTF-8)
extract-no-text = no se encontró texto en el archivo
# $kinds enumera los nombres de los tipos tal como los escribe la API.
entity-unknown = “{ $entity }” no es un tipo de ficha: utilice { $kinds }

## Lo que rechazan las fichas tal como están

store-record-elsewhere = la contribución { $id } solo puede modificar fichas de { $forum }: esta corresponde a otro foro
# $state es un contribution-state-word.
store-no-longer = la contribución ya no está { $state }
store-report-opens = una notificación de error no puede abrir una contribución sobre una ficha de tipo “{ $kind }”
store-no-record = una contribución modifica al menos una ficha
store-kind-undeclared = la contribución { $id } modifica una ficha de tipo “{ $kind }”, un tipo de ficha que no está declarado aquí
store-stale = contribución desactualizada: la ficha { $kind } { $id } ha cambiado desde que se redactó esta contribución; actualícela primero
store-changed-since-published = la ficha { $kind } { $id } ha cambiado desde que se publicó esta contribución; ya no puede retirarse
store-forum-not-removed = una contribución no puede eliminar un foro
store-account-exists = ya existe una cuenta con la dirección de correo electrónico { $email }

## Parámetros de las páginas y de la API

param-not-form-encoding = la cadena de consulta no tiene una codificación de formulario válida
param-unknown = parámetro desconocido; se esperaba uno de estos: { $allowed }
param-twice = se indicó más de una vez
# $said es un mensaje date-not-a-date.
param-date = { $said } (se esperaba AAAA-MM-DD, AAAA-MM o AAAA)
param-not-one-of = “{ $value }” no es uno de estos valores: { $allowed }
param-not-between = “{ $value }” no es un número entero entre { $least } y { $most }
param-not-flag = “{ $value }” no es “{ $expected }”
param-not-year = “{ $value }” no es un año entre 1800 y 2200
param-not-month = “{ $value }” no es un mes: escríbalo como 2027-03
param-not-region = “{ $value }” no es un código de región M49 conocido
param-years-reversed = es anterior a year_from
param-rows-all-as-of = rows=all no admite as_of: abarca todas las fechas
cursor-not-ours = este cursor no procede de esta búsqueda (vuelva a empezar sin él)
cursor-not-this-apis = este cursor no lo ha devuelto esta API
cursor-other-sort = este cursor corresponde a otro criterio de ordenación
queue-for-editors = la cola de revisión está reservada a los editores
document-not-revised = un documento cargado no se modifica aquí: cargue en su lugar el archivo corregido
api-token-only = escriba mediante la API con un token de API (Authorization: Bearer), no con una cookie de sesión
# $error es la queja del lector de JSON, en inglés.
body-not-json = no se puede leer el cuerpo JSON: { $error }
entity-forum-or-membership = utilice forum o membership
record-or-records = indique record o records, no ambos
record-missing = indique la ficha propuesta
upload-not-multipart = envíe la carga como multipart/form-data: { $error }
upload-multipart-unread = no se puede leer el cuerpo multipart: { $error }
upload-one-file = envíe un solo archivo por carga
upload-no-name = el archivo no tiene nombre
upload-unknown-field = campo desconocido; esta carga tiene file y { $fields }
upload-field-too-long = { $most } bytes como máximo
upload-not-utf8 = no es texto UTF-8
upload-choose-file = elija un archivo para cargar
param-compare-not-here = esta página no compara fechas: la página de un foro o de un Estado sí lo hace
form-unread = no se pudo leer el formulario
email-too-long = una dirección de correo electrónico tiene como máximo { $most } caracteres
token-cannot-manage = un token de API no puede gestionar tokens ni contraseñas: inicie sesión para hacerlo
form-token-wrong = falta el token del formulario o no es correcto: vuelva a cargar la página e inténtelo de nuevo

## Cuentas, tokens y administración

token-name = asigne un nombre al token (de 1 a 100 caracteres), por ejemplo el del programa que lo utiliza
tick-or-leave = marque la casilla o déjela sin marcar
token-administer-admin-only = solo el token de un administrador puede administrar
page-for-administrators = esta página está reservada a los administradores
token-cannot-change-admin = un token de API no puede modificar ni desactivar a un administrador: inicie sesión para hacerlo
token-cannot-give-powers = un token de API no puede crear cuentas ni asignar funciones: inicie sesión para hacerlo
no-such-state = no existe el Estado “{ $id }”
cannot-disable-self = no puede desactivar su propia cuenta
admin-action-unknown = utilice grant, revoke o disable
audit-outcome-unknown = utilice any, ok o refused
audit-before = un número de entrada positivo
# $error es la queja del lector de JSON, en inglés.
proposal-unreadable = no se puede leer la propuesta guardada: { $error }
propose-forum-or-entry = proponga un cambio en el foro o en una entrada
check-translation-english = el resumen y los objetivos en inglés son el resumen y los objetivos propios del foro, no una traducción
check-translation-empty = una traducción aporta un resumen u objetivos, sin que ninguno esté vacío

## Archivos leídos para una importación o una hoja de cálculo: dónde está un problema y en qué consiste

# Un problema de un archivo: su nombre, dónde está en él ($at: un mensaje file-at-), la columna o el campo, qué está mal.
file-problem = { $file }: { $said }
file-problem-field = { $file }: { $field }: { $said }
file-problem-at = { $file }: { $at }: { $said }
file-problem-at-field = { $file }: { $at }: { $field }: { $said }
file-at-line = línea { $line }
file-at-line-id = línea { $line } (id { $id })
file-at-header = fila de encabezado
file-not-utf8 = el archivo no está en UTF-8 válido (byte no válido en la posición { $offset })
file-unknown-type = tipo de archivo desconocido: Agora importa archivos .json (en su propio formato o en formato Popolo) y .csv (foros o participaciones)
csv-value-required = se requiere un valor
csv-not-bool = “{ $value }” no es true ni false
# $error es la queja del lector de CSV, en inglés.
csv-unreadable-header = no se puede leer la fila de encabezado CSV: { $error }
csv-missing-column = falta la columna “{ $column }”
csv-unknown-column = columna desconocida: “{ $column }”
csv-column-twice = la columna “{ $column }” aparece dos veces
csv-unreadable-row = no se puede leer la fila: { $error }
csv-formula-cell = esta celda se ejecutaría como una fórmula en una hoja de cálculo (empieza por =, +, -, @ o un tabulador): anteponga un apóstrofo para conservarla como texto
csv-not-a-period = “{ $value }” no tiene la forma START/END (por ejemplo, 2009-03/2014-01, o 2016-12/ para un periodo aún en curso)
csv-not-m49 = “{ $value }” no es un código M49
id-not-meeting = “{ $input }” no es un identificador de reunión válido: { $rule }
record-not-meeting = no es una ficha de reunión: { $error }
meeting-no-fora = una reunión la celebra al menos un foro
meeting-forum-twice = cada foro que celebra la reunión se indica una sola vez
meeting-title-english = una reunión requiere un título en inglés
meeting-text-empty = no puede estar vacío
meeting-part-of-itself = una reunión no puede formar parte de sí misma
meeting-hidden-documents = esta reunión cita documentos finales que usted no puede ver: la corrige un editor
time-unreadable = “{ $typed }” no se puede leer como una hora: escríbala como 09:30
meeting-time-needs-day = una hora necesita el día en que se sitúa: indique la fecha completa
meeting-time-needs-zone = el horario de una reunión necesita su huso horario
meeting-unknown-zone = “{ $zone }” no es un huso horario que conozca la base de datos de husos horarios
meeting-closes-before-it-opens = la reunión termina antes de empezar
check-unknown-document = documento desconocido: “{ $id }”
check-unknown-meeting = reunión desconocida: “{ $id }”
support-no-forum = solo la secretaría de un foro o un editor pueden declarar el apoyo de ese foro

metrics-not-allowed = solo las direcciones que el operador autoriza pueden leer las métricas
