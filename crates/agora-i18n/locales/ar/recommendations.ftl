## التوصيات ومتابعتها: السجل، وصفحة التوصية، ولوحة معلومات المتابعة، والقواعد التي يجب
## أن تلتزم بها التوصية أو قيد المتابعة.

site-nav-recommendations = التوصيات
recs-title = التوصيات
recs-lede = ما أوصت به المنتديات وما اتفقت عليه، وأين ورد ذلك، وما يكرّره من توصيات سابقة، وما الذي اتُّخذ بشأنه.
recs-q = كلمات من نص التوصية
recs-forum = المنتدى
recs-meeting = الاجتماع
recs-theme = الموضوع
recs-addressee = موجَّهة إلى
recs-status = حالة المتابعة
recs-kind = النوع
recs-none = لا توجد أي توصية تطابق عوامل التصفية هذه.
recs-count = { $count ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصيةً
   *[other] { $count } توصية
}
recs-count-page = { $count ->
    [zero] لا توصيات، يُعرض منها { $shown } في هذه الصفحة
    [one] توصية واحدة، يُعرض منها { $shown } في هذه الصفحة
    [two] توصيتان، يُعرض منهما { $shown } في هذه الصفحة
    [few] { $count } توصيات، يُعرض منها { $shown } في هذه الصفحة
    [many] { $count } توصيةً، يُعرض منها { $shown } في هذه الصفحة
   *[other] { $count } توصية، يُعرض منها { $shown } في هذه الصفحة
}
recs-col-recommendation = التوصية
recs-col-source = صادرة عن
recs-col-date = التاريخ
recs-col-progress = مدى التقدم
recs-progress-of = مدى التقدم في { $id }
recs-percent = { $value }٪
recs-not-reported = لم يُبلَّغ عن شيء
recs-follow-up-count = { $count ->
    [zero] لا قيود متابعة
    [one] قيد متابعة واحد
    [two] قيدا متابعة
    [few] { $count } قيود متابعة
    [many] { $count } قيدًا للمتابعة
   *[other] { $count } قيد متابعة
}
recs-all = جميع التوصيات

rec-kind-recommendation = توصية
rec-kind-possible-outcome = نتيجة ممكنة
rec-kind-agreement = اتفاق
rec-kind-action-plan = خطة عمل
rec-kind-track = مسار
rec-kind-area = مجال عمل
rec-kind-item = إجراء
rec-relation-repeats = تكرّر
rec-relation-builds-on = تبني على
rec-relation-replaces = تحلّ محلّ
rec-part-of = جزء من
rec-source = موضع الورود
rec-all-states = جميع الدول المشاركة
rec-weight = وزنها في خطتها
rec-parts = أجزاؤها ومدى التقدم فيها
rec-previously = سبق أن أوصى بها
rec-later = أُعيد تناولها لاحقًا
rec-support = المنتديات الداعمة لتنفيذها
rec-no-support = لم يعلن أي منتدى دعمه لها بعد.
rec-follow-up = ما الذي اتُّخذ من إجراءات
rec-no-follow-up = لم يُبلَّغ عن أي شيء بعد.

follow-ups-title = لوحة معلومات المتابعة
follow-ups-lede = { $count ->
    [zero] لا يوجد أي قيد متابعة يحق لك الاطلاع عليه ليُصنَّف حسب الحالة والمنتدى والدولة والموضوع.
    [one] قيد متابعة واحد يحق لك الاطلاع عليه، مصنَّف حسب الحالة والمنتدى والدولة والموضوع.
    [two] قيدا متابعة يحق لك الاطلاع عليهما، مصنَّفان حسب الحالة والمنتدى والدولة والموضوع.
    [few] { $count } قيود متابعة يحق لك الاطلاع عليها، مصنَّفة حسب الحالة والمنتدى والدولة والموضوع.
    [many] { $count } قيدًا للمتابعة يحق لك الاطلاع عليها، مصنَّفة حسب الحالة والمنتدى والدولة والموضوع.
   *[other] { $count } قيد متابعة يحق لك الاطلاع عليها، مصنَّفة حسب الحالة والمنتدى والدولة والموضوع.
}
follow-ups-plans = خطط العمل
follow-ups-no-plans = لم تُسجَّل أي خطة عمل.
follow-ups-by-status = حسب الحالة
follow-ups-by-forum = حسب المنتدى
follow-ups-by-state = حسب الدولة
follow-ups-by-theme = حسب الموضوع
follow-ups-none = لا يوجد ما يُحصى بعد.
follow-ups-entries = عدد القيود
follow-up-participants-only = للمشاركين في المنتدى فقط
follow-up-evidence = الأدلة
follow-up-timeline = التسلسل الزمني

follow-up-kind-endorsement = تأييد
follow-up-kind-commitment = التزام
follow-up-kind-support-declaration = إعلان دعم
follow-up-kind-activity = نشاط
follow-up-kind-law-change = تغيير في القانون
follow-up-kind-policy-change = تغيير في السياسات
follow-up-kind-practice-change = تغيير في الممارسات
follow-up-kind-report = تقرير
follow-up-status-planned = مخطَّط لها
follow-up-status-under_way = جارية
follow-up-status-completed = منجَزة
follow-up-status-stalled = متعثِّرة
follow-up-status-discontinued = متوقِّفة

history-what-recommendation = التوصية { $id }
history-what-follow-up = قيد المتابعة { $id }

id-not-recommendation = «{ $input }» ليس معرّف توصية صالحًا: { $rule }
id-not-follow-up = «{ $input }» ليس معرّف قيد متابعة صالحًا: { $rule }
id-rule-record = من 1 إلى 120 من الأحرف اللاتينية الصغيرة والأرقام والرموز . : -، على أن يبدأ وينتهي بحرف أو رقم
record-not-recommendation = ليس سجل توصية: { $error }
record-not-follow-up = ليس قيد متابعة: { $error }
check-unknown-recommendation = توصية غير معروفة: «{ $id }»
check-unknown-follow-up = قيد متابعة غير معروف: «{ $id }»
no-such-party = لا توجد دولة أو منتدى أو منظمة بالمعرّف «{ $id }»
recommendation-text-english = يلزم نص التوصية بالإنكليزية
recommendation-paragraph-needs-document = الفقرة هي فقرة من وثيقة: اذكر الوثيقة
recommendation-paragraph-from-one = تُرقَّم الفقرات ابتداءً من 1
recommendation-related-to-itself = لا يمكن أن تكون التوصية مرتبطة بنفسها
recommendation-related-twice = تُذكر كل توصية ذات صلة مرة واحدة فقط
recommendation-part-of-itself = لا يمكن أن تكون التوصية جزءًا من نفسها
recommendation-weight-range = الوزن عدد صحيح من 0 إلى { $most }
follow-up-with-only-support = لا يصدر بالاشتراك مع منتديات أخرى إلا إعلان الدعم
follow-up-support-by-forum = يصدر إعلان الدعم عن منتدى
follow-up-progress-range = مدى التقدم نسبة مئوية من 0 إلى 100، وليس { $progress }
follow-up-completed-is-100 = المتابعة المنجَزة منفَّذة بنسبة 100٪
follow-up-before-recommendation = { $date } سابق لتاريخ صدور التوصية ({ $made })
follow-up-updates-in-order = تُرتَّب تحديثات التسلسل الزمني من الأقدم إلى الأحدث
follow-up-transition = لا يمكن أن تنتقل المتابعة من «{ $from }» إلى «{ $to }»
follow-up-latest-update = الحالة ومدى التقدم هما ما ورد في آخر تحديث في التسلسل الزمني
follow-up-evidence-empty = الدليل وثيقة من المكتبة أو عنوان شبكي
follow-up-part-of-itself = لا يمكن أن يكون قيد المتابعة جزءًا من نفسه
follow-up-not-confidential = قيد المتابعة إما متاح للجميع أو للمشاركين في المنتدى، ولا يكون سريًا أبدًا

## ما الذي تغيّر، في الموجزات وفي الصفحة الرئيسية.
change-recommendation-added = توصية جديدة صادرة عن { $forum }: { $words }
change-recommendation-updated = تصحيح توصية صادرة عن { $forum }: { $words }
change-recommendation-removed = حذف توصية صادرة عن { $forum }: { $words }
change-follow-up-added = قيد متابعة جديد من { $actor } بشأن التوصية { $recommendation }: { $status }، ومدى التقدم { $progress }٪.
change-follow-up-status = أصبحت متابعة { $actor } للتوصية { $recommendation } { $status } (مدى التقدم { $progress }٪).
change-follow-up-updated = تحديث متابعة { $actor } للتوصية { $recommendation }: { $status }، ومدى التقدم { $progress }٪.
change-follow-up-removed = حذف قيد متابعة من { $actor } بشأن التوصية { $recommendation }.
search-type-follow-up = قيود المتابعة

## دورات تقديم التقارير: تطلب أمانة المنتدى من دوله الأعضاء تقديم تقاريرها قبل موعد نهائي محدد.
cycles-title = دورات تقديم التقارير
cycles-lede = موقف الدول الأعضاء من التوصيات التي طلبت منها أمانة منتداها الإبلاغ عنها، تقريرًا تقريرًا.
cycles-none = لا توجد أي دورة لتقديم التقارير يحق لك الاطلاع عليها.
cycle-deadline-label = الموعد النهائي
cycle-forum-label = المنتدى
cycle-counts = التقارير المقدَّمة: { $reported } من أصل { $expected }؛ المعتمَدة: { $validated }، والمطلوب التحقق منها: { $queried }.
cycle-closed = انقضى الموعد النهائي.
cycle-open = يجب تقديم التقارير في موعد أقصاه { $deadline }.
cycle-col-state = الدولة
cycle-col-recommendation = التوصية
cycle-col-reported = ما أُبلغ عنه
cycle-col-review = المراجعة
cycle-review-pending = بانتظار المراجعة
cycle-review-validated = معتمَد
cycle-review-queried = مطلوب التحقق منه
cycle-missing = لم يُقدَّم تقرير
cycle-disagreements = مواضع الخلاف بين الدولة والأمانة
cycle-no-disagreement = لم يُطلب التحقق من أي تقرير.
cycle-overdue = الدول المتأخرة في تقديم تقاريرها
cycle-overdue-row = { $count ->
    [zero] لا تقارير مستحقة
    [one] تقرير واحد مستحق
    [two] تقريران مستحقان
    [few] { $count } تقارير مستحقة
    [many] { $count } تقريرًا مستحقًا
   *[other] { $count } تقرير مستحق
}
cycle-reminded = أُرسل تذكير في { $date }
cycle-no-overdue = لا توجد أي دولة متأخرة في تقديم تقاريرها.
cycle-not-keeper = لا يجوز فتح دورات تقديم التقارير الخاصة بمنتدى ومراجعة تقاريرها إلا لأمانته أو لأحد المحررين
cycle-not-reporter = لا يجوز تقديم تقرير باسم دولة إلا لجهة التنسيق في دولة تطلب منها الدورة تقديم تقارير
cycle-title = يلزم عنوان للدورة لا يتجاوز 300 حرف
cycle-state-not-member = { $state } ليست عضوًا في { $forum } في تاريخ اليوم
cycle-deadline = «{ $typed }» ليس تاريخًا صالحًا (YYYY-MM-DD)
cycle-deadline-past = يجب أن يكون الموعد النهائي اليوم ({ $today }) أو بعده
cycle-list-size = اذكر عنصرًا واحدًا على الأقل، وبحد أقصى { $most }
cycle-recommendation-not-asked = لا تشمل الدورة التوصية { $id }
cycle-status = «{ $typed }» ليس حالة: استخدم planned أو under_way أو completed أو stalled أو discontinued
cycle-report-validated = اعتُمد هذا التقرير، فلم يعد من الممكن تغييره
cycle-decision = «{ $typed }» ليس قرارًا: استخدم validated أو queried
cycle-query-needs-note = يجب أن يبيّن طلب التحقق ما يلزم التحقق منه
cycle-report-not-pending = هذا التقرير ليس بانتظار المراجعة
cycle-reported = { $status }، { $progress }٪
cycle-validate = اعتماد
cycle-query = طلب التحقق
cycle-query-note = ما يلزم التحقق منه
cycle-report-heading = تقرير دولتك
cycle-report-note = ما الذي اتُّخذ من إجراءات (اختياري)
cycle-report-submit = إرسال التقرير

csv-party = «{ $typed }» ليس دولة أو منظمة أو منتدى: اكتب area:CODE أو organisation:id أو forum:id
csv-whole-number = «{ $typed }» ليس عددًا صحيحًا
follow-ups-csv = قيود المتابعة التي يحق لك الاطلاع عليها، في جدول بيانات (CSV): عدّلها وأعِدها في صورة اقتراح
rec-relation-unrelated = غير مرتبطة
rec-proposals = مرتبطة على الأرجح (اقترحها Agora)
rec-proposals-lede = توصيات تشترك مع هذه التوصية في كلماتها أو في موضوعها، بأي لغة. أكّد علاقة التوصية اللاحقة بالتوصية السابقة، أو بيّن أنهما غير مرتبطتين: يُنشر الرابط المؤكَّد فورًا ويُعرض تحت «سبق أن أوصى بها».
rec-proposal-score = الدرجة { $score }
rec-proposal-decision = القرار
rec-proposal-decide = تسجيل القرار
related-confirmed-title = { $later } { $how } { $earlier }
related-editors-only = لا يبتّ في الروابط المقترحة بين التوصيات إلا المحررون
related-already = هذه التوصيات مرتبطة بالفعل
follow-ups-overdue = التقارير المتأخرة
part-of-other-forum = الجزء يتبع منتدى الكل الذي هو جزء منه ({ $forum })
part-of-cycle = سيصبح بذلك جزءًا من نفسه عبر ما هو جزء منه
follow-up-part-of-other-recommendation = الجزء يتابع التوصية نفسها التي يتابعها الكل ({ $id })
follow-up-id-taken = هذا المعرّف مستخدم بالفعل: أعطِ القيد معرّفًا آخر

## إعلان دعم منتدى لتنفيذ توصية
support-declare = إعلان دعم منتدى لتنفيذها
support-title = إعلان دعم تنفيذ التوصية { $id }
support-lede-html = يعلن المنتدى أنه سيدعم تنفيذ <a href="{ $href }">هذه التوصية</a>، منفردًا أو بالاشتراك مع منتديات أخرى. ويُحال الإعلان إلى المحررين لمراجعته؛ وبعد نشره، يظهر في صفحة التوصية ضمن المنتديات الداعمة لتنفيذها.
support-field-forum = المنتدى المعلِن دعمه
support-field-with = بالاشتراك مع
support-field-with-hint = لا تُعرض إلا المنتديات التي يمكنك المساهمة فيها: يصدر الإعلان المشترك عمّن يحق له التحدث باسم كل منتدى مشارك فيه. ولا يُحتسب المنتدى المختار أعلاه مرتين.
support-field-status = المرحلة التي بلغها تنفيذها
support-field-date = تاريخ الإعلان
support-field-date-hint = سنة أو شهر أو يوم، كما تكتبه عادةً (2015، 2015-11، 2015-11-12).
support-field-description = ما يعلنه المنتدى
support-field-evidence = موضع نص الإعلان
support-field-evidence-hint = عنوان شبكي (https://…)، إن كان الإعلان منشورًا.
support-mistake-forum = اختر منتدى يمكنك المساهمة فيه.
support-mistake-with = لا يمكنك إعلان الدعم بالاشتراك إلا مع منتديات يمكنك المساهمة فيها.
support-mistake-status = اختر المرحلة التي بلغها تنفيذها.
support-mistake-future = لا يمكن أن يحمل الإعلان تاريخًا مستقبليًا.
support-mistake-description = اذكر ما يعلنه المنتدى.
support-mistake-evidence = أدخل عنوانًا شبكيًا يبدأ بـ https:// أو http://، أو اتركه فارغًا.
support-contribution-title = دعم { $forum } للتوصية { $id }
