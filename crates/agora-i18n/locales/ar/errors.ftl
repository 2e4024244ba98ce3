## ما يُقال عند رفض مُدخَل ما: وفقًا لقواعد السجلات والنماذج وواجهة البرمجة.
## تتضمن العناصر النائبة ما أُدخل (معرّفًا، أو اسم حقل) كما أُدخل.

# كلمات لم يكتبها Agora (اعتراض صادر عن مكتبة برمجية)، تُنقل كما هي.
said-as-given = { $text }
# اعتراضان، أحدهما تلو الآخر.
said-then = { $first }؛ { $then }

## التواريخ

date-not-a-date = «{ $input }» ليس تاريخًا: { $why }
date-year-range = السنة خارج النطاق المسموح به (1800-2200)
date-month-range = يجب أن يكون الشهر من 01 إلى 12
date-no-such-day = لا يوجد هذا اليوم في ذلك الشهر
date-full-needed = يلزم تاريخ كامل بالصيغة YYYY-MM-DD
date-expected-iso = الصيغة المتوقعة: YYYY أو YYYY-MM أو YYYY-MM-DD
date-slashed-day = يُقرأ اليوم المكتوب بالصيغة 04/11/2025 قراءةً مختلفة من بلد إلى آخر: اكتب 2025-11-04 أو 4 Nov 2025
date-write-one = اكتب سنة (2025)، أو شهرًا (2025-11 أو Nov 2025)، أو يومًا (2025-11-04 أو 4 Nov 2025)

## قواعد السجلات (عمليات الاستيراد، والاقتراحات، وagora check)

check-source-required = يلزم ذكر مصدر واحد على الأقل
check-not-a-url = «{ $url }» ليس عنوانًا شبكيًا بصيغة http(s)
check-duplicate-id = المعرّف «{ $id }» مكرر (يرد أيضًا في { $list }[{ $index }])
check-end-before-start = تاريخ الانتهاء ({ $end }) يسبق تاريخ البدء ({ $start })
check-format = الصيغة المتوقعة «{ $expected }»، والصيغة الواردة «{ $found }»
check-version = يقرأ Agora في نسخته هذه الإصدار { $expected }، والإصدار الوارد { $found }
check-english-name = يلزم اسم بالإنكليزية
check-names-empty = لا يجوز أن تكون الأسماء فارغة
check-id-of-a-forum = «{ $id }» هو بالفعل معرّف منتدى؛ فالمنتديات والمنظمات تشترك في مجموعة واحدة من المعرّفات
check-english-label = يلزم تسمية بالإنكليزية
check-gcm-objective = أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية مرقّمة من 1 إلى 23، والرقم { $given } ليس منها
check-name-required = يلزم اسم واحد غير فارغ على الأقل
check-category-required = يلزم تحديد فئة
check-not-another-forum = «{ $id }» ليس منتدى آخر
check-own-parent = لا يمكن أن يكون المنتدى هو المنتدى الأم لنفسه
check-unknown-forum = منتدى غير معروف: «{ $id }»
check-unknown-theme = موضوع غير معروف: «{ $id }»
check-unknown-m49 = رمز M49 غير معروف: { $code }
check-id-of-an-organisation = «{ $id }» هو بالفعل معرّف منظمة؛ فالمنتديات والمنظمات تشترك في مجموعة واحدة من المعرّفات
check-parent-loop = تدور سلسلة المنتديات الأم لتعود إلى هذا المنتدى
check-membership-id = يبدأ معرّف العضوية بمعرّف منتداها تليه نقطتان («{ $forum }:...»)
check-unknown-area = رمز دولة أو إقليم غير معروف: «{ $id }»
check-unknown-organisation = منظمة غير معروفة: «{ $id }»
check-member-of-itself = لا يمكن أن يكون المنتدى عضوًا في نفسه
# $why إحدى رسائل check-starts- وcheck-ends- وcheck-no-end- أدناه، وتُقال عن العضوية.
check-membership-outside = العضوية «{ $id }» { $why }
check-the-membership-outside = هذه العضوية { $why }
check-starts-before-established = تبدأ في { $own }، أي قبل إنشاء منتداها ({ $forum })
check-ends-before-established = تنتهي في { $own }، أي قبل إنشاء منتداها ({ $forum })
check-starts-after-dissolved = تبدأ في { $own }، أي بعد حلّ منتداها ({ $forum })
check-ends-after-dissolved = تنتهي في { $own }، أي بعد حلّ منتداها ({ $forum })
check-no-end-but-dissolved = ليس لها تاريخ انتهاء، مع أن منتداها حُلّ في { $forum }: اجعلها تنتهي في ذلك التاريخ على أقصى تقدير
check-role-and-note = الدور هو «member» لكن الملاحظة تذكر «{ $other }»: أفرِد لكل دور صفًا خاصًا به بتواريخه، أو صحِّح الدور
check-suspension-inside = يجب أن يقع التعليق ضمن تواريخ العضوية نفسها (فالعضو الذي انسحب لا يكون معلَّقًا)
check-verified-needs-primary = تتطلب القيمة «verified» مصدرًا أوليًا واحدًا على الأقل (الموقع الشبكي للمنتدى نفسه أو لمنظمة حكومية دولية، أو موقع حكومة، أو جريدة رسمية، أو ورقة المعلومات الأساسية)؛ أما الموسوعات ومواقع نسخ الوثائق والأخبار وحدها فتُبقي المعلومة «unverified»
check-overlap = تتداخل زمنيًا مع «{ $other }»، وهو صف للعضو نفسه بالدور نفسه: ادمجهما، أو حدِّد لهما فترتين لا تشتركان في أي يوم
check-undated-rows = { $undated } من أصل { $rows } من صفوف عضوياته بلا تواريخ، في حين أن الصفوف الأخرى مؤرخة؛ ولا تُحتسب في أي تاريخ ما لم تُؤرَّخ: { $ids }

## قواعد سجلات المكتبة

doc-check-a-version = يجب أن تكون للوثيقة نسخة لغوية واحدة على الأقل
doc-check-second-version = نسخة ثانية مكررة باللغة «{ $lang }»
doc-check-title = يلزم عنوان طوله من 1 إلى 500 حرف
doc-check-sha256 = ليست قيمة SHA-256 بالنظام الست عشري وبأحرف صغيرة
doc-check-file-name = يلزم اسم ملف طوله من 1 إلى 255 حرفًا
doc-check-authors = لا يجوز أن يتجاوز عدد المؤلفين 50 مؤلفًا
doc-check-author = يلزم أن يكون اسم المؤلف من 1 إلى 300 حرف
doc-check-publisher = يلزم أن يكون اسم الجهة الناشرة من 1 إلى 300 حرف
doc-check-abstract = يلزم أن يكون الملخص من 1 إلى 5000 حرف
doc-check-forum = يجب أن تتبع الوثيقة منتدى واحدًا على الأقل
doc-check-source-url = يلزم عنوان شبكي بصيغة http(s)

## المعرّفات والحسابات والأدوار والخطوات

id-not-forum = «{ $input }» ليس معرّف منتدى صالحًا: { $rule }
id-not-organisation = «{ $input }» ليس معرّف منظمة صالحًا: { $rule }
id-not-theme = «{ $input }» ليس معرّف موضوع صالحًا: { $rule }
id-not-document = «{ $input }» ليس معرّف وثيقة صالحًا: { $rule }
id-not-area = «{ $input }» ليس رمز دولة أو إقليم صالحًا: { $rule }
id-not-membership = «{ $input }» ليس معرّف عضوية صالحًا: { $rule }
id-not-language = «{ $input }» ليس رمز لغة صالحًا: { $rule }
id-rule-slug = أحرف لاتينية صغيرة وأرقام وشرطات مفردة، بحد أقصى 80 حرفًا
id-rule-area = ثلاثة أحرف لاتينية كبيرة (ISO 3166-1 alpha-3)
id-rule-membership = من 1 إلى 200 من الأحرف والأرقام والرموز . _ : -
id-rule-language = حرفان أو ثلاثة أحرف لاتينية صغيرة (ISO 639)
account-not-an-email = «{ $input }» ليس عنوان بريد إلكتروني
account-not-an-id = «{ $input }» ليس رقم حساب
password-too-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $least } (وبضع كلمات تكفي لتكوين كلمة مرور جيدة)
password-too-long = يجب ألا يزيد عدد أحرف كلمة المرور على { $most }
password-common = كلمة المرور هذه من أكثر كلمات المرور شيوعًا؛ فاختر كلمة أخرى
password-is-email = يجب ألا تكون كلمة المرور هي عنوان البريد الإلكتروني للحساب
password-guessable = من السهل جدًا تخمين كلمة المرور هذه (أحرف مكررة، أو تسلسلات، أو أنماط لوحة المفاتيح، أو بضع كلمات شائعة)؛ وتفي بالغرض بضع كلمات لا رابط بينها
role-not-a-role = «{ $input }» ليس دورًا: استخدم admin أو editor أو researcher أو secretariat:FORUM أو focal_point:STATE أو reviewer:CALL
scope-not-a-scope = «{ $input }» ليس نطاقًا: استخدم read أو contribute أو administer
# $state كلمة من contribution-state-word، و$step نص من contribution-step.
step-not-from-here = المساهمة { $state }، فلا يمكن اتخاذ خطوة «{ $step }» بشأنها
step-not-allowed = لا يجوز لهذا الحساب اتخاذ خطوة «{ $step }» بشأن هذه المساهمة
contribution-state-word = { $state ->
    [draft] مسودة
    [submitted] مُرسَلة
    [in_review] قيد المراجعة
    [changes_requested] مُعادة لإدخال تغييرات عليها
    [published] منشورة
   *[withdrawn] مسحوبة
}

## السجلات المقترحة

# $field موضع الخطأ في السجل (كما تسميه واجهة البرمجة)، و$said ما فيه من خطأ.
check-at-field = { $field }: { $said }
# $error اعتراض قارئ JSON، بالإنكليزية كما يكتبه.
record-not-forum = ليس سجل منتدى: { $error }
record-not-membership = ليس سجل عضوية: { $error }
record-not-document = ليس سجل وثيقة: { $error }
record-not-error-report = ليس سجل بلاغ عن خطأ: { $error }
record-no-such-forum = لا يوجد منتدى بالمعرّف «{ $id }»: فالمساهمات تُدخل تغييرات على منتديات قائمة
no-such-forum = لا يوجد منتدى بالمعرّف «{ $id }»
report-id = معرّف البلاغ عن خطأ هو «{ $stem }» متبوعًا برقم
report-what-missing = بيِّن موضع الخطأ
report-source = اذكر العنوان الشبكي (http(s)) لصفحة يمكن فيها الاطلاع على المعلومة الصحيحة
at-most-characters = يجب ألا يتجاوز عدد الأحرف { $most }

## المساهمات

token-reads-only = لا يتيح رمز واجهة البرمجة هذا إلا القراءة: أنشئ رمزًا يتيح المساهمة
only-secretariat-or-editor = لا يجوز اقتراح تغييرات على سجلات «{ $forum }» إلا لأمانته أو لأحد المحررين
document-uploaded-only = تُقترح الوثيقة برفع ملفها: عبر POST /api/v1/documents (multipart) أو صفحة الرفع؛ ولتصحيح ملف مرفوع، ارفع الملف المصحَّح
record-names-no-forum = لا يذكر السجل أي منتدى
record-names-fora = يذكر السجل أكثر من منتدى واحد: والسجل يتبع منتدى واحدًا
report-not-a-record = يُرسَل البلاغ عن خطأ من صفحة المنتدى (أو عبر report_error)، ولا يُقترح أبدًا بوصفه سجلًا
records-none = اقترح سجلًا واحدًا على الأقل
records-too-many = يجب ألا يتجاوز عدد السجلات في المساهمة الواحدة { $most }: قسِّم الدفعة
records-one-forum = تغيّر المساهمة الواحدة سجلات منتدى واحد: اقترح سجلات المنتديات الأخرى على حدة
records-twice = هذا السجل موجود بالفعل في الدفعة
report-needs-contribute-scope = يتطلب الإبلاغ عن خطأ رمزًا له النطاق contribute
record-stays-with-forum = يظل السجل تابعًا لمنتداه: فلا يمكن لمساهمة أن تغيّر معرّف السجل أو منتداه
record-id-as-written = اكتب معرّف السجل بالصيغة التي يعتمدها نوعه: «{ $id }»
# $kind اسم النوع كما تكتبه واجهة البرمجة (forum، membership).
record-not-created = لا يُنشأ سجل من نوع { $kind } عن طريق مساهمة: اقترح تغييرًا على سجل قائم
record-names-another-forum = يذكر السجل منتدى آخر
record-changes-nothing = لا يغيّر هذا الاقتراح شيئًا: فالسجل على هذه الحال بالفعل
# $state كلمة من contribution-state-word.
contribution-not-editable = المساهمة { $state }، فلا يمكن تعديلها
contribution-not-rebasable = المساهمة { $state }، فلا يمكن تحديثها وفق الصيغة الحالية للسجل
contribution-not-revisable = المساهمة { $state }، فلا يمكن تنقيحها
contribution-same-record = يجب أن تظل المساهمة مقتصرة على تغيير السجل نفسه
comment-empty = اكتب تعليقًا
step-unknown = استخدم submit أو start_review أو request_changes أو publish أو withdraw أو comment
comment-what-to-change = بيِّن ما ينبغي تغييره عند إعادة مساهمة إلى صاحبها
contribution-up-to-date = المساهمة مُحدَّثة وفق الصيغة الحالية للسجل: فلا حاجة إلى تحديثها
site-sends-no-mail = لا يرسل هذا الموقع رسائل بريد إلكتروني: اطلب رابطًا من القائم على تشغيله
only-contributors-propose = لا يجوز اقتراح تغييرات على سجلات منتدى إلا لأمانته أو لأحد المحررين

## جداول البيانات

spreadsheet-csv-only = أرسل ملف CSV (.csv) بالأعمدة التي يكتبها الأمر `agora export --format csv`: الملف fora.csv أو memberships.csv
# $problems كلمات أداة الاستيراد نفسها (بالإنكليزية)؛ و$more عدد المشكلات الأخرى التي وجدتها.
spreadsheet-problems = { $more ->
    [0] { $problems }
    [one] { $problems }؛ ومشكلة أخرى
    [two] { $problems }؛ ومشكلتان أخريان
    [few] { $problems }؛ و{ $more } مشكلات أخرى
    [many] { $problems }؛ و{ $more } مشكلةً أخرى
   *[other] { $problems }؛ و{ $more } مشكلة أخرى
}
spreadsheet-nothing-new = لا يختلف أي صف من صفوف هذا الملف عن السجلات بصيغتها الحالية: فلا شيء يُقترح

## رفع الملفات

use-true-or-false = استخدم true أو false
only-contributors-upload = لا يجوز رفع الوثائق إلا لأمانة المنتدى أو لأحد المحررين، إما بأنفسهم بعد تسجيل الدخول أو برمز واجهة برمجة يتيح المساهمة
upload-kind-missing = بيِّن نوع الوثيقة
upload-kind-unknown = استخدم declaration أو action_plan أو meeting_report أو summary_report أو background_paper أو study أو statement أو recommendations أو other
# $said رسالة من نوع date-not-a-date.
upload-day = { $said } (استخدم الصيغة YYYY-MM-DD)
upload-date-bad = { $said } (استخدم الصيغة YYYY أو YYYY-MM أو YYYY-MM-DD)
upload-embargo = لا يُحدَّد تاريخ الإتاحة للجميع إلا لوثيقة مقصورة على المشاركين
upload-visibility = استخدم public أو participants أو confidential
upload-forum-missing = بيِّن المنتدى الذي تتبعه الوثيقة
upload-confidential-unseen = لا يحق لك أنت نفسك الاطلاع على الوثائق السرية: ارفعها للمشاركين في المنتدى، أو اطلب ذلك من أحد المحررين
upload-no-language = تعذّر تحديد اللغة من النص: حدِّدها (برمز ISO 639-1 مثل en أو fr أو es أو ar أو ru أو zh)
upload-unread = تعذّرت قراءة الملف
extract-empty = الملف فارغ
extract-too-large = يتجاوز حجم الملف { $most } ميغابايت
# $found نوع الملف كما يتبيّن من محتواه (PDF، DOCX، ZIP).
extract-mismatch = يشير اسم الملف إلى { $extension }، لكن محتواه من نوع { $found }
extract-unsupported = لا تُقرأ الملفات ذات الامتداد «.{ $extension }»: استخدم .txt أو .md أو .html أو .htm أو .docx أو .pdf
extract-not-read-yet = يُتعرَّف على ملفات { $format }، لكن لا يمكن قراءة نصها بعد
# $why اعتراض القارئ، بالإنكليزية.
extract-bad-docx = ليس ملف DOCX قابلًا للاستخدام: { $why }
extract-bad-pdf = تعذّرت قراءة ملف PDF: { $why }
extract-not-text = المحتوى ليس نصًا (بيانات ثنائية، أو نص غير مرمَّز بـ UTF-8)
extract-no-text = لم يُعثر على أي نص في الملف
# $kinds قائمة بأسماء الأنواع كما تكتبها واجهة البرمجة.
entity-unknown = «{ $entity }» ليس نوعًا من أنواع السجلات: استخدم { $kinds }

## ما ترفضه السجلات بصيغتها الحالية

store-record-elsewhere = لا يجوز للمساهمة { $id } أن تغيّر إلا سجلات { $forum }: وهذا السجل يتبع منتدى آخر
# $state كلمة من contribution-state-word.
store-no-longer = لم تعد المساهمة { $state }
store-report-opens = لا يمكن لبلاغ عن خطأ أن يفتح مساهمة بشأن سجل من نوع { $kind }
store-no-record = يجب أن تغيّر المساهمة سجلًا واحدًا على الأقل
store-kind-undeclared = تغيّر المساهمة { $id } سجلًا من نوع { $kind }، وهو نوع من السجلات غير معرَّف هنا
store-stale = المساهمة متقادمة: تغيّر السجل { $kind } { $id } منذ إعداد مسودة هذه المساهمة؛ فحدِّثها أولًا وفق الصيغة الحالية للسجل
store-changed-since-published = تغيّر السجل { $kind } { $id } منذ نشر هذه المساهمة؛ فلا يمكن سحبها
store-forum-not-removed = لا يمكن إزالة منتدى عن طريق مساهمة
store-account-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني { $email }

## معلمات الصفحات وواجهة البرمجة

param-not-form-encoding = سلسلة الاستعلام ليست مرمَّزة ترميزًا صالحًا للنماذج
param-unknown = معلمة غير معروفة؛ المتوقع إحدى المعلمات التالية: { $allowed }
param-twice = وردت أكثر من مرة
# $said رسالة من نوع date-not-a-date.
param-date = { $said } (الصيغة المتوقعة YYYY-MM-DD أو YYYY-MM أو YYYY)
param-not-one-of = القيمة «{ $value }» ليست إحدى القيم التالية: { $allowed }
param-not-between = القيمة «{ $value }» ليست عددًا صحيحًا من { $least } إلى { $most }
param-not-flag = القيمة «{ $value }» ليست «{ $expected }»
param-not-year = القيمة «{ $value }» ليست سنة من 1800 إلى 2200
param-not-month = القيمة «{ $value }» ليست شهرًا: اكتبها على النحو 2027-03
param-not-region = القيمة «{ $value }» ليست رمزًا معروفًا لإحدى مناطق M49
param-years-reversed = القيمة تسبق year_from
param-rows-all-as-of = لا تقبل rows=all المعلمة as_of: فهي تشمل جميع التواريخ
cursor-not-ours = مؤشر التصفح هذا لم يصدر عن هذا البحث (أعد البحث من دونه)
cursor-not-this-apis = هذا المؤشر لم تُعِده واجهة البرمجة هذه
cursor-other-sort = مؤشر التصفح هذا يخص ترتيبًا آخر للنتائج
queue-for-editors = قائمة انتظار المراجعة مخصصة للمحررين
document-not-revised = لا تُنقَّح الوثيقة المرفوعة هنا: ارفع الملف المصحَّح بدلًا من ذلك
api-token-only = للكتابة عبر واجهة البرمجة، استخدم رمز واجهة البرمجة (Authorization: Bearer)، لا ملف تعريف ارتباط الجلسة
# $error اعتراض قارئ JSON، بالإنكليزية.
body-not-json = تتعذر قراءة نص الطلب بصيغة JSON: { $error }
entity-forum-or-membership = استخدم forum أو membership
record-or-records = أدخل record أو records، لا كليهما
record-missing = أدخل السجل المقترح
upload-not-multipart = أرسل الملف المرفوع بصيغة multipart/form-data: { $error }
upload-multipart-unread = تتعذر قراءة نص الطلب بصيغة multipart: { $error }
upload-one-file = أرسل ملفًا واحدًا في كل عملية رفع
upload-no-name = ليس للملف اسم
upload-unknown-field = حقل غير معروف؛ حقول عملية الرفع هذه هي file و{ $fields }
upload-field-too-long = يجب ألا يتجاوز عدد البايتات { $most }
upload-not-utf8 = ليس نصًا بترميز UTF-8
upload-choose-file = اختر ملفًا لرفعه
param-compare-not-here = لا تقارن هذه الصفحة بين تواريخ: وإنما تفعل ذلك صفحة المنتدى أو صفحة الدولة
form-unread = تعذّرت قراءة النموذج
email-too-long = يجب ألا يتجاوز عدد أحرف عنوان البريد الإلكتروني { $most }
token-cannot-manage = لا يمكن لرمز واجهة البرمجة إدارة الرموز أو كلمات المرور: سجّل الدخول للقيام بذلك
form-token-wrong = رمز التحقق الخاص بالنموذج مفقود أو غير صحيح: أعد تحميل الصفحة ثم حاول مرة أخرى

## الحسابات والرموز والإدارة

token-name = سمِّ الرمز (من 1 إلى 100 حرف)، باسم البرنامج الذي يستخدمه مثلًا
tick-or-leave = ضع علامة في المربع أو اتركه فارغًا
token-administer-admin-only = لا يتيح الإدارة إلا رمز يخص أحد مديري الموقع
page-for-administrators = هذه الصفحة مخصصة لمديري الموقع
token-cannot-change-admin = لا يمكن لرمز واجهة البرمجة تغيير حساب أحد مديري الموقع أو تعطيله: سجّل الدخول للقيام بذلك
token-cannot-give-powers = لا يمكن لرمز واجهة البرمجة إنشاء حسابات أو منح أدوار: سجّل الدخول للقيام بذلك
no-such-state = لا توجد دولة بالرمز «{ $id }»
cannot-disable-self = لا يمكنك تعطيل حسابك
admin-action-unknown = استخدم grant أو revoke أو disable
audit-outcome-unknown = استخدم any أو ok أو refused
audit-before = يلزم رقم قيد موجب
# $error اعتراض قارئ JSON، بالإنكليزية.
proposal-unreadable = تتعذر قراءة الاقتراح المخزَّن: { $error }
propose-forum-or-entry = اقترح تغييرًا على المنتدى أو على أحد القيود
check-translation-english = الموجز والأهداف بالإنكليزية هي موجز المنتدى وأهدافه الأصلية، وليست ترجمة
check-translation-empty = يجب أن تتضمن الترجمة موجزًا أو أهدافًا، على ألا يكون أي منها فارغًا

## الملفات المقروءة لأغراض الاستيراد أو من جداول البيانات: موضع المشكلة وماهيتها

# مشكلة في ملف: اسمه، وموضعها فيه ($at: إحدى رسائل file-at-)، والعمود أو الحقل، وما الخطأ.
file-problem = { $file }: { $said }
file-problem-field = { $file }: { $field }: { $said }
file-problem-at = { $file }: { $at }: { $said }
file-problem-at-field = { $file }: { $at }: { $field }: { $said }
file-at-line = السطر { $line }
file-at-line-id = السطر { $line } (id { $id })
file-at-header = صف العناوين
file-not-utf8 = الملف ليس نصًا صالحًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })
file-unknown-type = نوع ملف غير معروف: يستورد Agora ملفات .json (بصيغته الخاصة أو بصيغة Popolo) وملفات .csv (منتديات أو عضويات)
csv-value-required = يلزم تحديد قيمة
csv-not-bool = القيمة «{ $value }» ليست true ولا false
# $error اعتراض قارئ CSV، بالإنكليزية.
csv-unreadable-header = تتعذر قراءة صف العناوين في ملف CSV: { $error }
csv-missing-column = العمود «{ $column }» غير موجود
csv-unknown-column = عمود غير معروف: «{ $column }»
csv-column-twice = العمود «{ $column }» يرد مرتين
csv-unreadable-row = تتعذر قراءة الصف: { $error }
csv-formula-cell = ستُنفَّذ هذه الخلية بوصفها صيغة في جداول البيانات (لأنها تبدأ بـ = أو + أو - أو @ أو بعلامة جدولة): ضع قبلها فاصلة عليا (') لإبقائها نصًا
csv-not-a-period = القيمة «{ $value }» ليست بالصيغة START/END (مثل 2009-03/2014-01، أو 2016-12/ لفترة لم تنته بعد)
csv-not-m49 = القيمة «{ $value }» ليست رمز M49
id-not-meeting = «{ $input }» ليس معرّف اجتماع صالحًا: { $rule }
record-not-meeting = ليس سجل اجتماع: { $error }
meeting-no-fora = يجب أن يُعقد الاجتماع في إطار منتدى واحد على الأقل
meeting-forum-twice = يُذكر كل منتدى يعقد الاجتماع مرة واحدة فقط
meeting-title-english = يلزم عنوان للاجتماع بالإنكليزية
meeting-text-empty = لا يجوز أن يكون فارغًا
meeting-part-of-itself = لا يمكن أن يكون الاجتماع جزءًا من نفسه
meeting-hidden-documents = يذكر هذا الاجتماع وثائق ختامية لا يمكنك رؤيتها: يتولى محرر تصحيحه
time-unreadable = تعذّرت قراءة «{ $typed }» بوصفه ساعة: اكتبه على النحو 09:30
meeting-time-needs-day = تحتاج الساعة إلى اليوم الذي تقع فيه: أدخل التاريخ كاملًا
meeting-time-needs-zone = تحتاج مواعيد الاجتماع إلى منطقتها الزمنية
meeting-unknown-zone = «{ $zone }» ليست منطقة زمنية تعرفها قاعدة بيانات المناطق الزمنية
meeting-closes-before-it-opens = ينتهي الاجتماع قبل أن يبدأ
check-unknown-document = وثيقة غير معروفة: «{ $id }»
check-unknown-meeting = اجتماع غير معروف: «{ $id }»
support-no-forum = لا يجوز إعلان دعم منتدى إلا لأمانته أو لأحد المحررين

metrics-not-allowed = لا يقرأ المقاييس إلا العناوين التي يأذن بها المشغّل
