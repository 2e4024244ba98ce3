# المساهمة: اقتراح تغيير على منتدى (قيوده وملفه التعريفي)، والإبلاغ عن خطأ، والاقتراح من
# جدول بيانات، ومساهمات المستخدم وقائمة انتظار المراجعة، والمساهمة وخطواتها؛ وأخطاء
# النماذج.

## من فعل ماذا، بالكلمات
who-role = { $kind ->
    [admin] أحد مديري الموقع
    [editor] أحد المحررين
    [researcher] أحد الباحثين
    [reviewer] أحد مراجعي الدعوة { $of }
    [secretariat] ممثل أمانة { $of }
    [focal_point] ممثل جهة التنسيق في { $of }
   *[other] {""}
}
contribution-status = { $status ->
    [draft] مسودة: لا يراها المحررون إلى أن تُرسَل
    [submitted] مُرسَلة: في انتظار أحد المحررين
    [in_review] قيد المراجعة لدى أحد المحررين
    [changes_requested] مُعادة: يطلب المحررون إدخال تغييرات عليها
    [published] منشورة: أُدرج التغيير في السجل
   *[withdrawn] مسحوبة
}
contribution-action = { $action ->
    [create] اقترحها
    [publish] نشرها
    [request_changes] أعادها طالبًا إدخال تغييرات عليها
    [start_review] تولى مراجعتها
    [withdraw] سحبها
    [comment] أبدى تعليقًا
    [submit] أرسلها للمراجعة
    [edit] نقّحها
    [rebase] حدّثها وفق الصيغة الحالية للسجل
   *[other] { $action }
}
contribution-step = { $step ->
    [submit] تقديم للمراجعة
    [start_review] بدء المراجعة
    [request_changes] طلب تغييرات
    [publish] نشر
   *[withdraw] سحب
}
entry-between = من { $start } إلى { $end }
entry-since = منذ { $start }
entry-until = حتى { $end }
entry-no-dates = التواريخ غير مذكورة
entry-sources = { $count ->
    [one] المصدر:
    [two] المصدران:
   *[other] المصادر:
}
field-name = { $path ->
    [name_en] الاسم بالإنكليزية
    [acronyms] الأسماء المختصرة
    [established] تاريخ الإنشاء
    [dissolved] تاريخ الحل
    [summary] الموجز
    [objectives] الأهداف
    [sources] المصادر
    [start_date] من
    [end_date] حتى
    [role] الدور
   *[note] ملاحظة
}

## النماذج
form-read-as = فُهم على أنه { $date } ({ $iso }).
form-mistakes = { $count ->
    [zero] لا شيء ينبغي تصحيحه
    [one] نقطة واحدة ينبغي تصحيحها
    [two] نقطتان ينبغي تصحيحهما
    [few] { $count } نقاط ينبغي تصحيحها
    [many] { $count } نقطةً ينبغي تصحيحها
   *[other] { $count } نقطة ينبغي تصحيحها
}
form-kept = احتُفظ أدناه بما كتبته.
mistake-date = تتعذر قراءة «{ $typed }» بوصفه تاريخًا: { $why }
mistake-source = المصدر هو العنوان الشبكي لصفحة تثبت ذلك، ويبدأ بـ https://
mistake-forum-name = يجب أن يكون للمنتدى اسم
mistake-no-entry = لا يوجد قيد كهذا في هذا المنتدى
mistake-who = حدِّد الجهة: اكتب اسم دولة أو منظمة أو منتدى
mistake-who-unknown = لا توجد دولة أو منظمة أو منتدى باسم «{ $typed }»: اختر أحد الأسماء المقترحة أثناء الكتابة
mistake-who-near = «{ $typed }» ليس اسمًا نعرفه بالضبط؛ هل تقصد { $names }؟
mistake-role = اختر دورًا
mistake-role-offered = اختر أحد الأدوار المقترحة
mistake-end-before-start = تاريخ الانتهاء يسبق تاريخ البدء
mistake-no-source = ليس لهذا القيد مصدر بعد: أدخل العنوان الشبكي لصفحة تثبت ذلك
mistake-new-needs-source = يلزم للقيد الجديد مصدر: العنوان الشبكي لصفحة تثبت ذلك
proposal-comment = تعليق للمحررين
proposal-draft = الحفظ بوصفه مسودة
proposal-submit = تقديم للمراجعة

## حقول القيد
entry-who = الجهة
entry-who-hint = دولة أو منظمة أو منتدى: ابدأ بكتابة الاسم (اليابان، المنظمة الدولية للهجرة، عملية كولومبو) ثم اختره.
entry-name-option = { $kind ->
    [state] دولة · { $code }
    [organisation] منظمة · { $code }
   *[forum] منتدى · { $code }
}
entry-choose-role = اختر دورًا
entry-from = من
entry-from-hint = سنة أو شهر أو يوم، كما تكتبه عادةً: 2025، Nov 2025، 2025-11-04. واتركه فارغًا إن لم يذكر المصدر أي تاريخ.
entry-until-label = حتى
entry-until-hint = اتركه فارغًا إن كان لا يزال ساريًا.

## حقول الملف التعريفي للمنتدى
profile-acronyms = الأسماء المختصرة (تفصل بينها فواصل)
profile-date-hint = سنة أو شهر أو يوم: 2002، Oct 2002، 2002-10-15.
profile-objectives = الأهداف (هدف واحد في كل سطر)

## اقتراح تغيير
propose-title-correct = صحِّح اقتراحك — اقتراح تغيير على { $name }
propose-lede-html = يراجع أحد المحررين ما تقترحه ويرى بدقة ما يغيّره؛ ولا يصل أي شيء إلى الجمهور قبل أن ينشره أحد المحررين. ويمكنك حفظ مسودة وإرسالها لاحقًا. <a href="{ $href }">العودة إلى المنتدى</a>.
propose-on-this-page-html = في هذه الصفحة: <a href="#entry">الأعضاء والرؤساء والأمانة</a> · <a href="#profile">الملف التعريفي للمنتدى</a>.
propose-entries = الأعضاء والرؤساء والأمانة
propose-entries-lede = أضف قيدًا (عضوًا أو مراقبًا جديدًا، أو الرئيس لفترة جديدة)، أو صحِّح قيدًا قائمًا.
propose-entry = القيد
propose-entry-hint = لتصحيح قيد، اختره واملأ ما يتغير فقط: فما تتركه فارغًا يبقى كما هو مسجل.
propose-new-entry = قيد جديد
propose-entry-option = { $member } — { $role } ({ $period })
propose-source-hint = العنوان الشبكي لصفحة تثبت ذلك (مطلوب للقيد الجديد).
propose-title-field = عنوان اقتراحك (اختياري)
propose-comment = تعليق للمحررين (اختياري)
propose-send = إرسال للمراجعة

## الإبلاغ عن خطأ
report-title = الإبلاغ عن خطأ في { $name }
report-thanks-html = <strong>شكرًا لك.</strong> أُدرج بلاغك (المساهمة { $n }) في قائمة انتظار المراجعة لدى المحررين؛ وسيتحقق أحد المحررين من المصدر ويصحح السجلات.
report-back-to = العودة إلى { $name }
report-lede-html = بيِّن موضع الخطأ، واذكر عنوان صفحة يمكن فيها الاطلاع على المعلومة الصحيحة: الموقع الشبكي للمنتدى نفسه، أو إعلان، أو صفحة رسمية. ويراجع المحررون كل بلاغ قبل إجراء أي تغيير. <a href="{ $href }">العودة إلى المنتدى</a>.
report-not-sent-html = <strong>لم يُرسَل البلاغ.</strong> { $field }: { $message }
report-what = موضع الخطأ
report-send = إرسال البلاغ

## من جدول بيانات
spreadsheet-title = اقتراح تغييرات من جدول بيانات
spreadsheet-lede-html = احتفظ بقائمة أعضاء المنتدى أو بقيد المنتدى نفسه في جدول بيانات: نزّلها بصيغة CSV (يكتب الأمر <code>agora export --format csv</code> الملفين <code>fora.csv</code> و<code>memberships.csv</code>، بالأعمدة التي يقرؤها هذا النموذج)، وغيّر الصفوف التي تحتاج إلى تغييرها، وأضف صفوفًا للأعضاء الجدد (مع ترك الحقل <code>id</code> فارغًا)، ثم ارفع الملف هنا. ويصبح كل صف يختلف عن السجلات بصيغتها الحالية جزءًا من مساهمة واحدة: إذ يراجع أحد المحررين الصفوف معًا، فتُنشر معًا أو لا يُنشر أي منها. ويتضمن الملف إما منتديات وإما عضويات، وذلك للمنتديات التي تتولى أمانتها. <a href="/contributions">العودة إلى مساهماتي</a>.
spreadsheet-file = ملف CSV
spreadsheet-doc-title = العنوان (اتركه فارغًا ليُستمد من اسم السجل الأول)

## قوائم المساهمات
contributions-mine-lede = التغييرات التي اقترحتها، والتغييرات المقترحة على المنتديات التي تتولى أمانتها.
contributions-review-lede = مساهمات في انتظار أحد المحررين. ولا يصل أي شيء إلى الجمهور قبل أن ينشره أحد المحررين.
contributions-spreadsheet-html = <a href="{ $href }">اقتراح تغييرات من جدول بيانات</a> (أعضاء منتدى أو قيده، بصيغة CSV).
contributions-none = لا توجد مساهمات مطابقة.
contributions-count = { $count ->
    [zero] لا مساهمات
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $count } مساهمات
    [many] { $count } مساهمةً
   *[other] { $count } مساهمة
}
contributions-contribution = المساهمة
contributions-proposed-as = اقتُرحت بصفة
contributions-last-step = آخر خطوة

## المساهمة
contribution-saved-html = <strong>حُفظت بوصفها مسودة.</strong> لا يراها المحررون بعد: نقّحها، أو أرسلها للمراجعة باستخدام الزر الموجود أسفل هذه الصفحة.
contribution-sent-html = <strong>أُرسلت للمراجعة.</strong> الخطوات التالية:
contribution-next-1 = يقرؤها أحد محرري Agora ويتحقق من مصدرها.
contribution-next-2 = ثم ينشرها، فيعرض السجل التغيير مع مصدره؛ أو يعيدها إليك مع تعليق يبيّن ما ينبغي تغييره.
contribution-next-3-html = وتُبلَّغ كلما تقدمت المساهمة خطوة: في <a href="/account">صفحة حسابك</a>، حيث ترد قائمة <a href="/contributions">مساهماتك</a>.
contribution-next-3-mail-html = وتُبلَّغ كلما تقدمت المساهمة خطوة: بالبريد الإلكتروني، وفي <a href="/account">صفحة حسابك</a>، حيث ترد قائمة <a href="/contributions">مساهماتك</a>.
contribution-records = السجلات
contribution-records-together = { $count ->
    [one] سجل واحد يُنشر
    [two] سجلان يُنشران معًا
    [few] { $count } سجلات تُنشر معًا
    [many] { $count } سجلًا تُنشر معًا
   *[other] { $count } سجل تُنشر معًا
}
contribution-proposed-by = مقدِّم الاقتراح
contribution-revise = تنقيح الاقتراح
contribution-stale = { $count ->
    [one] تغيّر السجل منذ إعداد مسودة هذه المساهمة: ولا يمكن نشرها إلا بعد تحديثها وفق الصيغة الحالية للسجل.
   *[other] تغيّر أحد السجلات التي تعدّلها هذه المساهمة منذ إعداد مسودتها: ولا يمكن نشرها إلا بعد تحديثها وفق الصيغة الحالية للسجل.
}
contribution-rebase = التحديث وفق الصيغة الحالية للسجل
contribution-what-it-changes = ما تغيّره
contribution-adds = تضيف:
contribution-changes = تغيّر:
contribution-was = قبل التغيير:
contribution-entry-changed-since = (تغيّر القيد منذ ذلك الحين)
contribution-changed-since = (تغيّر منذ ذلك الحين)
contribution-record = { $new ->
    [true] { $entity ->
        [forum] منتدى جديد
        [document] وثيقة جديدة
       *[membership] قيد جديد
    }
   *[false] { $entity ->
        [forum] المنتدى
        [document] الوثيقة
       *[membership] القيد
    }
}
contribution-nothing-differs = لا يوجد أي اختلاف.
contribution-every-field = جميع الحقول، كما هي مخزَّنة ({ $count })
contribution-fields-changed = الحقول التي تغيّرها ({ $count })
contribution-fields-of-html = { $count ->
    [zero] لا حقول من حقول <code>{ $id }</code>
    [one] حقل واحد من حقول <code>{ $id }</code>
    [two] حقلان من حقول <code>{ $id }</code>
    [few] { $count } حقول من حقول <code>{ $id }</code>
    [many] { $count } حقلًا من حقول <code>{ $id }</code>
   *[other] { $count } حقل من حقول <code>{ $id }</code>
}
contribution-same-file = الملف نفسه موجود بالفعل في المكتبة، بوصفه:
contribution-same-file-how = يؤدي النشر إلى إضافة هذا الملف المرفوع بوصفه وثيقة أخرى تتشارك الملف نفسه؛ فأعِده أو اتركه دون نشر إن كان يكرر إحدى هذه الوثائق.
contribution-file-text = نص الملف
contribution-steps = الخطوات والتعليقات
contribution-comment = تعليق
contribution-comment-only = تعليق فقط
contribution-withdraw = سحب هذه المساهمة المنشورة
contribution-withdraw-how = يؤدي السحب إلى إزالة التغيير من السجل مجددًا. واذكر السبب في التعليق.
contribution-why = السبب
revise-title = تنقيح: { $title }
revise-lede-html = غيّر ما تقترحه هذه المساهمة. وسيرى المحررون الصيغة الجديدة وتعليقك. <a href="{ $href }">العودة إلى المساهمة</a>.
revise-source = مصدر آخر (عنوان شبكي)
revise-send = الحفظ والإرسال للمراجعة
revise-save = حفظ
profile-name-in = { $language ->
    [ar] الاسم بالعربية
    [zh] الاسم بالصينية
    [fr] الاسم بالفرنسية
    [ru] الاسم بالروسية
   *[es] الاسم بالإسبانية
}
profile-summary-in = { $language ->
    [ar] الموجز بالعربية
    [zh] الموجز بالصينية
    [fr] الموجز بالفرنسية
    [ru] الموجز بالروسية
   *[es] الموجز بالإسبانية
}
profile-objectives-in = { $language ->
    [ar] الأهداف بالعربية (هدف واحد في كل سطر)
    [zh] الأهداف بالصينية (هدف واحد في كل سطر)
    [fr] الأهداف بالفرنسية (هدف واحد في كل سطر)
    [ru] الأهداف بالروسية (هدف واحد في كل سطر)
   *[es] الأهداف بالإسبانية (هدف واحد في كل سطر)
}
spreadsheet-title-of = اقتراح تغييرات على أعضاء { $name } من جدول بياناتهم
spreadsheet-of-forum-html = ابدأ من <a href="{ $href }">جدول بيانات الأعضاء</a> (جميع الصفوف، السابقة منها والحالية)، وغيّر الصفوف التي تحتاج إلى تغييرها وأضف صفوفًا جديدة؛ ولا يدخل في الاقتراح إلا الصفوف التي تختلف عن السجلات. واحفظه أولًا بوصفه مسودة لترى بدقة ما يغيّره، ثم قدّمه للمراجعة. ويُرفض أي صف يتبع منتدى آخر.
spreadsheet-other-forum = هذا الصف يتبع { $other }: ولا يغيّر جدول البيانات هذا إلا سجلات { $forum }
forum-propose-spreadsheet = اقتراح تغييرات على الأعضاء من جدول بياناتهم
