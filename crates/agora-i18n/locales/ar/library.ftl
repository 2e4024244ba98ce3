# مكتبة الوثائق والبحث: قائمة الوثائق، والوثيقة، والاستشهاد بها، ورفع وثيقة؛ وصفحة
# البحث.

## قائمة الوثائق
docs-title = الوثائق
docs-title-of = وثائق { $name }
docs-heading-of-html = وثائق <a href="{ $href }">{ $name }</a>
docs-lede = الوثائق الختامية للمنتديات: الإعلانات، وخطط العمل، والتقارير، وورقات المعلومات الأساسية، والدراسات، والبيانات.
docs-upload-html = <a href="{ $href }">رفع وثيقة</a> (ينشرها أحد المحررين بعد مراجعتها).
docs-search = البحث في نصوص الوثائق
docs-search-of = البحث في نصوص وثائق { $name }
docs-none = لا توجد وثائق.
docs-count = { $count ->
    [zero] لا وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقةً
   *[other] { $count } وثيقة
}
docs-count-page = { $count ->
    [zero] لا وثائق، يُعرض منها { $shown } في هذه الصفحة
    [one] وثيقة واحدة، يُعرض منها { $shown } في هذه الصفحة
    [two] وثيقتان، يُعرض منهما { $shown } في هذه الصفحة
    [few] { $count } وثائق، يُعرض منها { $shown } في هذه الصفحة
    [many] { $count } وثيقةً، يُعرض منها { $shown } في هذه الصفحة
   *[other] { $count } وثيقة، يُعرض منها { $shown } في هذه الصفحة
}
docs-col-title = العنوان
docs-col-date = التاريخ
docs-restricted = (اطلاع مقيَّد)

## أنواع الوثائق
doc-kind-declaration = إعلان
doc-kind-action-plan = خطة عمل
doc-kind-meeting-report = تقرير اجتماع
doc-kind-summary-report = تقرير موجز
doc-kind-background-paper = ورقة معلومات أساسية
doc-kind-study = دراسة
doc-kind-statement = بيان
doc-kind-recommendations = توصيات
doc-kind-other = أخرى

## الوثيقة
doc-authors = { $count ->
    [one] المؤلف
    [two] المؤلفان
   *[other] المؤلفون
}
doc-publisher = الجهة الناشرة
doc-meeting = الاجتماع
doc-published-at = مكان النشر
doc-access = إتاحة الاطلاع
doc-access-public = متاحة للجميع
doc-access-participants = للمشاركين في { $forum }
doc-access-participants-until = للمشاركين في { $forum }؛ ومتاحة للجميع اعتبارًا من { $day }
doc-access-confidential = سرية: للمحررين والباحثين
doc-abstract = الملخص
doc-marked-html = { $count ->
    [one] «{ $q }»: مُيِّزت كلمة واحدة من النص. <a href="{ $href }">الانتقال إليها</a>.
    [two] «{ $q }»: مُيِّزت كلمتان من النص. <a href="{ $href }">الانتقال إلى أولاهما</a>.
    [few] «{ $q }»: مُيِّزت { $count } كلمات من النص. <a href="{ $href }">الانتقال إلى أولاها</a>.
    [many] «{ $q }»: مُيِّزت { $count } كلمةً من النص. <a href="{ $href }">الانتقال إلى أولاها</a>.
   *[other] «{ $q }»: مُيِّزت { $count } كلمة من النص. <a href="{ $href }">الانتقال إلى أولاها</a>.
}
doc-not-in-text = لم ترد «{ $q }» في النص.
doc-not-in-text-language = لم ترد «{ $q }» في النص باللغة { $language }.
doc-back-to-search = العودة إلى البحث.
doc-files = الملفات
doc-language = اللغة: { $language }
doc-text = النص
doc-text-in = النص باللغة { $language }
doc-words = { $count ->
    [zero] لم تُستخرج أي كلمة من الملف
    [one] كلمة واحدة، كما استُخرجت من الملف
    [two] كلمتان، كما استُخرجتا من الملف
    [few] { $count } كلمات، كما استُخرجت من الملف
    [many] { $count } كلمةً، كما استُخرجت من الملف
   *[other] { $count } كلمة، كما استُخرجت من الملف
}
size-mb = { $size } ميغابايت
size-kb = { $size } كيلوبايت
size-bytes = { $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
    [many] { $size } بايتًا
   *[other] { $size } بايت
}

## الاستشهاد
cite-title = الاستشهاد بهذه الوثيقة
cite-plain = نص عادي
cite-accessed = (تاريخ الاطلاع: { $day }).
cite-copy = نسخ
cite-copied = تم النسخ: { $what }.
cite-copy-failed = حدِّد النص وانسخه.
cite-bibtex = قيد BibTeX
cite-csl = CSL-JSON (Zotero، Mendeley، pandoc)

## رفع وثيقة
upload-title = رفع وثيقة
upload-lede-html = يصبح الملف وثيقةً مقترحةً في مكتبة المنتدى. ويراجعه أحد المحررين؛ ولا يصل أي شيء إلى المكتبة أو البحث أو الجمهور قبل أن ينشره أحد المحررين. ويجوز أن تكون الملفات بصيغة PDF أو Word (DOCX) أو HTML أو نصًا عاديًا أو بصيغة Markdown، بحجم لا يتجاوز { $mb } ميغابايت. <a href="/documents">العودة إلى المكتبة</a>.
upload-no-fora = لا يحق لك رفع وثائق لأي منتدى.
upload-file = الملف
upload-doc-title = العنوان (اتركه فارغًا لاستخراجه من الملف)
upload-lang = اللغة (رمز ISO 639-1 مثل en أو fr أو es أو ar أو ru أو zh؛ اتركه فارغًا لتحديدها تلقائيًا)
upload-date = التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)
upload-who = من يحق له الاطلاع عليها
upload-who-participants = المشاركون في المنتدى (جهات التنسيق في دوله الأعضاء، وأمانته، والمحررون)
upload-who-everyone = الجميع
upload-who-confidential = سرية: للمحررين والباحثين فقط
upload-public-from = متاحة للجميع اعتبارًا من (YYYY-MM-DD؛ للوثيقة المقصورة على المشاركين التي تصبح متاحة للجميع تلقائيًا في ذلك اليوم)
upload-themes = المواضيع (معرِّفات تفصل بينها فواصل)
upload-authors = المؤلفون (واحد في كل سطر: أشخاص أو هيئات، كما تسميهم الوثيقة)
upload-abstract = الملخص (مضمون الوثيقة في فقرة واحدة)
upload-source = المصدر (عنوان شبكي)

## البحث
search-title = البحث
search-title-for = { $q } — البحث
search-q = كلمات أو "عبارة"، بأي لغة
search-sort-relevance = الأكثر صلة
search-sort-date = التاريخ، الأحدث أولًا
search-total = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجةً.
   *[other] { $count } نتيجة.
}
search-total-for = { $count ->
    [zero] لا نتائج للبحث عن «{ $q }».
    [one] نتيجة واحدة للبحث عن «{ $q }».
    [two] نتيجتان للبحث عن «{ $q }».
    [few] { $count } نتائج للبحث عن «{ $q }».
    [many] { $count } نتيجةً للبحث عن «{ $q }».
   *[other] { $count } نتيجة للبحث عن «{ $q }».
}
search-named = الدول والمنظمات
search-named-state = { $independent ->
    [true] { $count ->
        [zero] ، دولة لا تشارك اليوم في أي منتدى
        [one] ، دولة تشارك اليوم في منتدى واحد
        [two] ، دولة تشارك اليوم في منتديين
        [few] ، دولة تشارك اليوم في { $count } منتديات
        [many] ، دولة تشارك اليوم في { $count } منتدًى
       *[other] ، دولة تشارك اليوم في { $count } منتدى
    }
   *[false] { $count ->
        [zero] ، إقليم لا يشارك اليوم في أي منتدى
        [one] ، إقليم يشارك اليوم في منتدى واحد
        [two] ، إقليم يشارك اليوم في منتديين
        [few] ، إقليم يشارك اليوم في { $count } منتديات
        [many] ، إقليم يشارك اليوم في { $count } منتدًى
       *[other] ، إقليم يشارك اليوم في { $count } منتدى
    }
}
search-named-other = { $kind ->
    [organisation] ، منظمة
   *[forum] ، منتدى
}
search-did-you-mean-html = هل تقصد <a href="{ $href }">{ $words }</a>؟
search-did-you-mean-everywhere-html = هل تقصد <a href="{ $href }">{ $words }</a> (بحثًا في كل شيء، دون عوامل التصفية)؟
search-perhaps = لعلك تقصد:
search-or-perhaps = أو لعلك تقصد:
search-narrowed = عوامل التصفية المطبَّقة:
search-remove-filter = (إزالة عامل التصفية هذا)
search-narrow = تضييق نطاق النتائج
search-facet-type = النوع
search-facet-kind = الفئة
search-facet-forum = المنتدى
search-facet-year = السنة
search-facet-language = اللغة
search-facet-theme = الموضوع
search-years = { $from }–{ $to }
search-what-forum = منتدى
search-what-document = وثيقة
search-next = النتائج التالية
