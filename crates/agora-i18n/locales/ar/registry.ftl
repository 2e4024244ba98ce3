# صفحات السجل: صفحة المنتدى، وقائمة المنتديات، والدول والأقاليم، والمنظمات، والصفحة
# الرئيسية، وسجلات الإصدارات، ومدى التحقق؛ والخرائط وجداول الأعضاء المشتركة بينها.

verified = تم التحقق
unverified = لم يتم التحقق

## صفحة المنتدى
forum-propose-html = <a class="button" href="{ $href }">اقترح تغييرًا</a> على أعضاء هذا المنتدى أو رؤسائه أو أمانته أو ملفه التعريفي.
forum-verified = ملف تعريفي متحقَّق منه
forum-unverified = ملف تعريفي غير متحقَّق منه
forum-unverified-why = : تستند بعض المعلومات إلى مصدر وحيد أو إلى مصدر مستنتَج
forum-dissolved-in = حُلَّ هذا المنتدى في { $date }.
forum-successor-html = ويتواصل عمله في إطار <a href="{ $href }">{ $name }</a>.
forum-dissolved-no-members = ولم يكن له أعضاء في { $day }؛ اختر تاريخًا سابقًا لمعرفة من شارك فيه.
forum-profile = الملف التعريفي
forum-fact-category = الفئة
forum-fact-established = تاريخ الإنشاء
forum-fact-dissolved = تاريخ الحل
forum-fact-regions = المناطق المشمولة
forum-fact-md = الهجرة والتنمية
forum-fact-operational = العنصر التشغيلي
forum-fact-meeting-level = مستوى الاجتماعات
forum-fact-members = الأعضاء في هذا التاريخ
meeting-level-ministerial = وزاري
meeting-level-vice-ministerial = على مستوى نواب الوزراء
meeting-level-senior-officials = على مستوى كبار المسؤولين
meeting-level-technical = تقني
meeting-level-mixed = مختلط
forum-part-of = جزء من
forum-bodies-under = الهيئات التابعة له
forum-themes = المواضيع
forum-objectives = الأهداف
forum-topics = الأولويات المواضيعية (بصياغة المصادر)
forum-other-names = الأسماء الأخرى والسابقة
forum-name-in = { $name } ({ $language })
forum-name-during = { $name } ({ $period })
forum-category-over-time = الفئة عبر الزمن
forum-category-span = { $period }: { $category }
forum-category-span-note = { $period }: { $category } — { $note }
forum-websites = المواقع الشبكية
forum-members-on = الأعضاء في { $day } ({ $count })
forum-members-on-suspended = الأعضاء في { $day } ({ $count }، منهم { $suspended } عُلِّقت عضويتهم)
forum-download-html = <a href="{ $href }" download>تنزيل صفوف { $day } بصيغة CSV</a> · <a href="{ $all }" download>جميع الصفوف بكل التواريخ</a> (بصيغة البيانات المفتوحة التي يعيد الأمر <code>agora import</code> قراءتها)
forum-open-participation = باب المشاركة مفتوح:
forum-no-members = لم يُسجَّل أي عضو في هذا التاريخ.
forum-no-members-but-undated = لم يُسجَّل أي عضو في هذا التاريخ؛ أما الأعضاء الذين تذكرهم المصادر دون تواريخ فترد أسماؤهم تحت عنوان «التواريخ غير مسجلة».
forum-through-caption = الدول المشاركة عن طريق منظمتها الإقليمية في { $day } ({ $count })
forum-through-state = الدولة أو الإقليم
forum-through-via = عن طريق
forum-undated = التواريخ غير مسجلة ({ $count })
forum-undated-why = تذكر المصادر هؤلاء الأعضاء والمراقبين والشركاء دون تحديد تاريخ بدء مشاركتهم أو انتهائها، ولذلك لا يُحتسبون ضمن المشاركين في { $day }.
forum-others-on = المراقبون والشركاء في { $day } ({ $count })
forum-chairs = الرؤساء عبر الزمن
forum-no-chairs = لم يُسجَّل أي رئيس.
forum-secretariat = الأمانة
forum-no-secretariat = لم تُسجَّل أي أمانة.
forum-timeline = من انضم ومن غادر، ومتى
forum-no-timeline = لم تُسجَّل أي تغييرات مؤرخة في العضوية.
forum-joined = انضمام:
forum-left = مغادرة:
forum-undated-starts = { $count ->
    [zero] لا توجد عضويات بلا تاريخ بدء مسجل.
    [one] عضوية واحدة ليس لها تاريخ بدء مسجل.
    [two] عضويتان ليس لهما تاريخ بدء مسجل.
    [few] { $count } عضويات ليس لها تاريخ بدء مسجل.
    [many] { $count } عضويةً ليس لها تاريخ بدء مسجل.
   *[other] { $count } عضوية ليس لها تاريخ بدء مسجل.
}
forum-documents = الوثائق
forum-no-documents = لا توجد في المكتبة بعدُ أي وثائق لهذا المنتدى.
forum-sources = المصادر
forum-version-history = سجل الإصدارات
forum-propose = اقتراح تغيير
forum-report = الإبلاغ عن خطأ
forum-sign-in-to-report-html = <a href="{ $href }">سجّل الدخول</a> للإبلاغ عن خطأ
forum-how-sure = مدى التحقق من المعلومات
forum-machine-readable-html = بصيغة قابلة للقراءة الآلية: <a href="{ $json }">هذا المنتدى بصيغة JSON</a>، <a href="{ $memberships }">عضوياته في { $day }</a>.
forum-map-title = خريطة أعضاء { $name } في { $day }
forum-members-caption = أعضاء { $name } في { $day }
forum-others-caption = مراقبو { $name } وشركاؤه في { $day }
forum-chairs-caption = رؤساء { $name } ورؤساؤه المشاركون
forum-secretariat-caption = أمانة { $name }
forum-undated-caption = المشاركون في { $name } دون تواريخ مسجلة

## جداول الأعضاء
members-name = الاسم
members-role = الدور
members-period = الفترة
members-checked = التحقق
members-sources = المصادر والملاحظات
members-suspended = عضوية معلَّقة

## المقارنة بين تاريخين
compare-title = { $day } مقارنةً مع { $other }
compare-same-members = الأعضاء أنفسهم في التاريخين.
compare-same-fora = المنتديات نفسها في التاريخين.
compare-only-on = في { $day } وليس في { $other } ({ $count })
compare-none = لا يوجد.

## الخرائط
map-small-states = قد تكون بعض الدول الصغيرة أصغر من أن تظهر بهذا المقياس؛ ويورد الجدول جميع الدول.
map-point = أشر إلى دولة لمعرفة عددها، واخترها لفتح صفحتها.
map-member = { $name }: عضو
map-other = { $name }: مراقب أو شريك
map-legend-member = عضو
map-legend-other = مراقب أو شريك
map-legend-neither = لا هذا ولا ذاك
map-count = { $count ->
    [zero] { $name }: لا منتديات
    [one] { $name }: منتدى واحد
    [two] { $name }: منتديان
    [few] { $name }: { $count } منتديات
    [many] { $name }: { $count } منتدًى
   *[other] { $name }: { $count } منتدى
}
map-step-none = لا شيء
map-step-range = { $from }–{ $to }
map-step-more = { $from } أو أكثر

## الدول والأقاليم
areas-title = الدول والأقاليم
areas-download = تنزيل هذه القائمة بصيغة CSV
areas-caption = الدول والأقاليم، مع عدد المنتديات التي يشارك فيها كل منها في { $day }
areas-name = الاسم
areas-code = الرمز
areas-region = المنطقة
areas-fora = المنتديات
area-names = الأسماء
area-name-in = { $language }:
area-m49-code = رمز M49
area-m49-regions = مناطق M49
area-takes-part = { $count ->
    [zero] لا تشارك في أي منتدى بتاريخ { $day }
    [one] تشارك في منتدى واحد بتاريخ { $day }
    [two] تشارك في منتديين بتاريخ { $day }
    [few] تشارك في { $count } منتديات بتاريخ { $day }
    [many] تشارك في { $count } منتدًى بتاريخ { $day }
   *[other] تشارك في { $count } منتدى بتاريخ { $day }
}
area-undated = { $count ->
    [zero] ولا تذكرها المصادر دون تواريخ في أي منتدى آخر.
    [one] وتذكرها المصادر دون تواريخ في منتدى آخر، ولذلك لا تُحتسب مشاركتها فيه في هذا التاريخ (وهي مُعلَّمة أدناه بعبارة «التواريخ غير مسجلة»).
    [two] وتذكرها المصادر دون تواريخ في منتديين آخرين، ولذلك لا تُحتسب مشاركتها فيهما في هذا التاريخ (وهي مُعلَّمة أدناه بعبارة «التواريخ غير مسجلة»).
    [few] وتذكرها المصادر دون تواريخ في { $count } منتديات أخرى، ولذلك لا تُحتسب مشاركتها فيها في هذا التاريخ (وهي مُعلَّمة أدناه بعبارة «التواريخ غير مسجلة»).
    [many] وتذكرها المصادر دون تواريخ في { $count } منتدًى آخر، ولذلك لا تُحتسب مشاركتها فيها في هذا التاريخ (وهي مُعلَّمة أدناه بعبارة «التواريخ غير مسجلة»).
   *[other] وتذكرها المصادر دون تواريخ في { $count } منتدى آخر، ولذلك لا تُحتسب مشاركتها فيها في هذا التاريخ (وهي مُعلَّمة أدناه بعبارة «التواريخ غير مسجلة»).
}
area-timeline-title = الجدول الزمني لمشاركة { $name } في المنتديات، من { $from } إلى { $to }
area-bar-title = { $forum }، { $role }: { $period }
area-timeline-caption = يمثل كل شريط عضوية واحدة، ويحمل الاسم المختصر للمنتدى أو اسمه، بترتيب الجدول أدناه؛ والأشرطة السارية في { $day } أغمق لونًا؛ ويشير الخط العمودي إلى { $day }. وتُرسم العضوية التي لم يُسجَّل تاريخ بدئها انطلاقًا من بداية المحور.
area-memberships-caption = عضويات { $name } في المنتديات (جميع الفترات)
area-forum = المنتدى
area-category = الفئة
area-on = في { $day }
area-machine-readable-html = بصيغة قابلة للقراءة الآلية: <a href="{ $href }">{ $name } بصيغة JSON</a>.

## قائمة المنتديات
fora-title = المنتديات
fora-q = الاسم أو الاسم المختصر أو الاسم السابق
fora-category = الفئة
fora-any = الكل
fora-region = المنطقة (M49)
fora-theme = الموضوع
fora-status = الحالة
fora-status-any = قائم أو منحل
fora-status-active = قائم في التاريخ المحدد
fora-status-dissolved = منحل
fora-md-option = الهجرة والتنمية: { $status }
fora-on-date = في التاريخ
fora-date-hint = سنة أو شهر أو يوم: 2010، 2010-06، 2010-06-30
fora-sort = الترتيب حسب
fora-sort-default = أفضل تطابق، أو الاسم
fora-sort-name = الاسم
fora-sort-established = سنة الإنشاء
fora-sort-members = أكبر عدد من الأعضاء
fora-sort-relevance = أفضل تطابق
fora-also-show = عرض أيضًا
fora-website = الموقع الشبكي
fora-show = عرض المنتديات
fora-total-html = { $count ->
    [zero] لا يوجد أي منتدى مطابق، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل القائمة بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
    [one] منتدى واحد مطابق، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل هذا المنتدى بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
    [two] منتديان مطابقان، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل هذين المنتديين بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
    [few] { $count } منتديات مطابقة، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل هذه المنتديات الـ{ $count } بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
    [many] { $count } منتدًى مطابقًا، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل هذه المنتديات الـ{ $count } بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
   *[other] { $count } منتدى مطابق، بحسب الوضع في { $day }. <a href="{ $href }" download>تنزيل هذه المنتديات الـ{ $count } بصيغة CSV</a> (جدول بيانات يضم كل الصفوف، بالأعمدة المعروضة).
}
fora-other-times = صُنِّف كل منتدى بحسب الفئة التي كان يندرج فيها في { $day }. والمنتديات التالية كانت أيضًا ضمن فئة «{ $category }» في وقت آخر، ولم تُحتسب أعلاه:
fora-other-times-how = اختر تاريخًا يقع ضمن تلك السنوات لاحتسابها ضمن هذه الفئة.
fora-caption = المنتديات، مع أعضائها في { $day }
fora-acronym = الاسم المختصر
fora-members = الأعضاء
fora-matched = تطابق مع: { $name }
fora-open = مفتوح للجميع
fora-suspended = (معلَّقة عضويتها: { $count })
fora-undated = (+{ $count } دون تواريخ مسجلة)
fora-dates-not-recorded = (التواريخ غير مسجلة)
fora-next = الصفحة التالية

## آخر التغييرات، كل منها في جملة
change-other = { $op ->
    [create] إضافة قيد.
    [delete] حذف قيد.
   *[update] تحديث قيد.
}

## الصفحة الرئيسية
home-title = الحوار بين الدول بشأن الهجرة
home-heading = الحوار بين الدول بشأن الهجرة، في مكان واحد
home-lede = يرصد Agora مشهد العمليات التشاورية الإقليمية المعنية بالهجرة، والمنتديات الأقاليمية، والمنظمات الإقليمية وهيئاتها المعنية بالهجرة، والمنتدى العالمي المعني بالهجرة والتنمية: من يشارك فيها ومنذ متى، مع مصادر كل معلومة.
home-find = ابحث عن دولة أو منتدى أو منظمة أو وثيقة
home-find-placeholder = إثيوبيا، عملية كولومبو، التحويلات المالية…
home-browse-html = أو تصفح <a href="{ $areas }">جميع الدول والأقاليم</a> أو <a href="{ $fora }">جميع المنتديات</a> أو <a href="/documents">المكتبة</a>.
home-fora-on = المنتديات في { $day }
home-counts-html = <a href="{ $href }">المنتديات القائمة في هذا التاريخ: { $fora }</a>؛ العضويات السارية: { $memberships }؛ الدول والأقاليم المعروفة في السجل: { $areas }.
home-by-category = المنتديات حسب الفئة في { $day }
home-world = عدد المنتديات التي تشارك فيها كل دولة
home-same-as-table = البيانات نفسها في شكل جدول (عدد الدول والأقاليم: { $count })
home-states-caption = المنتديات التي تشارك فيها كل دولة في { $day }
home-latest = آخر التغييرات
home-no-changes = لم تُسجَّل أي تغييرات بعد.
home-map-title = خريطة العالم: عدد المنتديات التي تشارك فيها كل دولة في { $day }
home-map-svg-title = عدد المنتديات التي تشارك فيها كل دولة في { $day }

## المنظمات
orgs-title = المنظمات
orgs-lede = المنظمات الدولية والإقليمية التي تعمل بصفة أمانة أو مراقب أو شريك في المنتديات.
orgs-caption = المنظمات، مع عدد الأدوار التي تضطلع بها أو اضطلعت بها في المنتديات
orgs-acronyms = الأسماء المختصرة
orgs-kind = النوع
orgs-roles = الأدوار
org-other-names = أسماء أخرى
org-roles = الأدوار في المنتديات
org-no-roles = لم يُسجَّل أي دور.
org-roles-caption = أدوار { $name }، الحالية والسابقة، بصفة أمانة أو مراقب أو شريك
org-note = ملاحظة

## سجلات الإصدارات
history-title = سجل إصدارات { $name }
history-covers-forum = جميع التغييرات التي أُدخلت على الملف التعريفي للمنتدى وعلى أعضائه ورؤسائه وأمانته،
history-covers-record = جميع التغييرات التي أُدخلت على هذا السجل (أما العضويات فترد في سجل كل منتدى)،
history-how-html = مرتبةً من الأحدث إلى الأقدم، مع بيان دور من أجراها. <a href="{ $href }">العودة إلى { $name }</a>.
history-none = لم تُسجَّل أي تغييرات.
history-version = { $op ->
    [create] إضافة { $what } من جانب { $by }
    [delete] حذف { $what } من جانب { $by }
   *[update] تغيير { $what } من جانب { $by }
}
history-fields = { $count ->
    [zero] لا حقول
    [one] حقل واحد
    [two] حقلان
    [few] { $count } حقول
    [many] { $count } حقلًا
   *[other] { $count } حقل
}
history-field = الحقل
history-before = قبل
history-after = بعد
history-what-forum = الملف التعريفي للمنتدى
history-what-membership = القيد { $id }
history-what-document = الوثيقة { $id }
history-what-report = بلاغ الخطأ { $id }
history-what-meeting = الاجتماع { $id }
history-what-area = سجل الدولة
history-what-organisation = سجل المنظمة
history-by-secretariat = أمانة { $forum }
history-by-focal-point = جهة التنسيق في { $area }
history-by-editor = أحد المحررين
history-by-admin = أحد مديري الموقع
history-by-published = { $who } (وتولى نشره أحد المحررين)
history-by-builtin = مجموعة البيانات المدمجة
history-by-import = عملية استيراد بيانات

## مدى التحقق
provenance-title = مدى التحقق: مصادر المعلومات الواردة في السجل
provenance-heading = مدى التحقق من كل معلومة
provenance-lede-html = يستشهد كل منتدى وكل عضوية في Agora بمصادره. ولا تُعدّ المعلومة <strong>متحقَّقًا منها</strong> إلا إذا كان أحد مصادرها على الأقل مصدرًا أوليًا: الموقع الشبكي للمنتدى نفسه أو لأمانته، أو موقع منظمة حكومية دولية، أو موقع حكومة، أو جريدة رسمية، أو ورقة المعلومات الأساسية لعام 2009. ولا تكفي الموسوعات ومواقع نسخ الوثائق والأخبار وحدها للتحقق من أي معلومة. وتُعدّ المعلومة التي لم يُتحقق منها منذ أكثر من { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } <strong>قديمة</strong>.
provenance-by-state = المعلومات حسب الحالة
provenance-by-state-caption = المنتديات والعضويات حسب حالة التحقق وتاريخ آخر تحقق
provenance-state = الحالة
provenance-facts = المعلومات
provenance-verified = متحقَّق منها
provenance-unverified = غير متحقَّق منها
provenance-stale = قديمة (لم يُتحقق منها قط، أو جرى التحقق منها قبل أكثر من { $days ->
        [one] يوم واحد)
        [two] يومين)
        [few] { $days } أيام)
        [many] { $days } يومًا)
       *[other] { $days } يوم)
    }
provenance-never-checked = لم يُتحقق منها قط
provenance-by-source = المعلومات حسب أفضل مصادرها
provenance-by-class-caption = المعلومات حسب أفضل نوع من الجهات الناشرة بين مصادرها
provenance-publisher = نوع الجهة الناشرة
provenance-by-host-caption = المواقع المصدرية التي تستشهد بها أكبر عدد من المعلومات
provenance-site = الموقع
provenance-citing = المعلومات التي تستشهد به
provenance-by-year-caption = المعلومات حسب سنة آخر تحقق منها
provenance-last-checked = آخر تحقق
provenance-queue = ما ينبغي التحقق منه تاليًا ({ $count })
provenance-queue-how = المعلومات غير المتحقَّق منها والقديمة، بدءًا بتلك التي لم يُتحقق منها قط، ثم الأقدم تحققًا، مع تقديم غير المتحقَّق منها على المتحقَّق منها. ويمكنك، بعد تسجيل الدخول، الإبلاغ عن خطأ مع ذكر مصدر من صفحة أي منتدى؛ ويراجع المحررون كل بلاغ.
provenance-queue-first-html = ترد هنا أول { $count } من هذه المعلومات؛ وتتيح <a href="{ $href }">واجهة البرمجة</a> تصفحها جميعًا صفحةً صفحة.
provenance-queue-caption = المعلومات التي ينبغي التحقق منها تاليًا
provenance-fact = المعلومة
provenance-best-source = أفضل مصدر
provenance-kind-forum = منتدى
provenance-kind-membership = عضوية
provenance-never = لم يُتحقق منها قط
provenance-class-primary = مصدر أولي
provenance-class-encyclopedia = موسوعة
provenance-class-mirror = موقع ينسخ الوثائق
provenance-class-staging = نسخة معاينة من موقع
provenance-class-other = أخرى

## صفحة واجهة البرمجة
api-title = مرجع واجهة البرمجة (API)
api-lede-html = تقع واجهة JSON البرمجية تحت المسار <code>/api/v1</code>؛ ويرد وصفها وفق OpenAPI 3.1 في <a href="/api/openapi.json">/api/openapi.json</a>. وتُعيد القوائم <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code>؛ وتأتي الأخطاء في شكل مشكلات وفق المعيار RFC 9457 (<code>application/problem+json</code>) مع رمز <code>code</code> ثابت.
api-no-script-html = يتطلب المرجع التفاعلي JavaScript؛ ويصف <a href="/api/openapi.json">مستند OpenAPI</a> جميع نقاط النهاية دون الحاجة إليها.
