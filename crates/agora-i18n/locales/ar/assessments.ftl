# تقييمات ما حققه المنتدى قياسًا بأهدافه هو (المسألة 21): حالات الرفض في أداة العمل،
# وعبارات التقرير. ولا يُقارَن المنتدى إلا بنفسه.

## حالات الرفض
assessment-editors = لا يجوز فتح التقييمات وتعيين الباحثين ونشر التقارير إلا للمحررين
assessment-secretariat = لا يجوز الرد على مشروع التقرير إلا لأمانة المنتدى الخاضع للتقييم
assessment-researchers-only = لا يعمل على هذا التقييم إلا الباحثون المعيَّنون له
assessment-year = سنة من { $first } إلى { $last }
assessment-period-order = نهاية الفترة تسبق بدايتها
store-assessment-taken = لدى المنتدى بالفعل تقييم لتلك الفترة ({ $id })
assessment-published = التقرير منشور: ولم يعد قابلًا للتغيير
assessment-needs-objectives = سجّل هدفًا واحدًا على الأقل من أهداف المنتدى قبل النشر
assessment-changed = غيّر شخص آخر التقييم في أثناء ذلك: اقرأه مجددًا ثم أعد المحاولة
assessment-consent = لا تشمل موافقةُ الشخص الذي أُجريت معه المقابلة اقتباسَ هذا المقتطف
assessment-assigned-already = سبق تعيين هذا الباحث
assessment-not-one-of = «{ $typed }» ليس من بين القيم التالية: { $words }
assessment-empty = لا يجوز أن يكون هذا الحقل فارغًا
assessment-no-objective = لا يوجد هدف رقم { $number } في هذا التقييم
assessment-not-a-researcher = لا يحمل الحساب { $email } دور الباحث
assessment-range = الحروف من { $start } إلى { $end } لا تشكّل مقطعًا من نص عدد حروفه { $length }
assessment-no-extract = لا يوجد مقتطف رقم { $number } من هذه المقابلة
assessment-no-interview = لا توجد مقابلة رقم { $number } يمكن استخدامها في هذا التقييم
assessment-code-empty = صنِّف المقطع ببُعدٍ أو بهدفٍ واحد على الأقل
assessment-code-source = حدّد إما مقابلة وإما وثيقة من المكتبة
assessment-no-text = ليس للوثيقة نص باللغة { $lang }
assessment-future = لا يجوز أن يكون تاريخ المقابلة لاحقًا لتاريخ اليوم
assessment-no-paragraph = لا توجد في الوثيقة فقرة رقم { $number }
assessment-serves-none = اذكر الأهداف التي خدمها الناتج
assessment-no-evidence = قدّم الأدلة على التغيير
assessment-passage-not-found = هذا المقطع غير موجود في ذلك النص: انسخ كلماته تمامًا كما وردت فيه
assessment-not-a-number = «{ $typed }» ليس عددًا
assessment-withdrawn-already = سبق سحب هذه المقابلة
assessment-released-already = سبق إدراج هذا المقتطف في التقرير
assessment-document-not-public = الوثيقة { $id } ليست علنية: لا يستشهد التقرير إلا بما يمكن لأي شخص قراءته

## المصطلحات
assessment-word = { $word ->
    [networks] شبكات العلاقات بين الأفراد
    [trust] الثقة والاطمئنان
    [understanding] فهم الهجرة
    [capacity] القدرات
    [governance] حوكمة الهجرة (القوانين والسياسات والممارسات)
    [none] لا مؤشر على أي مساهمة
    [limited] محدودة
    [moderate] معتدلة
    [substantial] كبيرة
    [low] منخفضة
    [medium] متوسطة
    [high] مرتفعة
    [claimed] مُدَّعاة
    [plausible] مرجَّحة
    [documented] موثَّقة
    [corroborated] مؤكَّدة من مصدر مستقل
    [law] قانون
    [policy] سياسة
    [practice] ممارسة
    [meeting] اجتماع
    [document] وثيقة
    [training] تدريب
    [tool] أداة
    [joint_project] مشروع مشترك
    [notes_only] ملاحظات فقط، دون أي اقتباس
    [quotable] يجوز اقتباس المقتطفات المعتمدة، دون ذكر الاسم
    [draft] مسودة
    [published] منشور
    [opened] فُتح التقييم
    [assigned] عُيِّن باحث
    [objective] سُجِّل هدف
    [output] سُجِّل ناتج
    [impact] سُجِّل أثر
    [rating] قُيِّم بُعد
    [method] دُوِّن المنهج وحدود الدراسة
    [interview] سُجِّلت مقابلة
    [extract] حُدِّد مقتطف
    [released] أُدرج مقتطف في التقرير
    [coded] رُمِّز مقطع
    [withdrawn] سُحبت مقابلة
    [reply] رد الأمانة
    [for] مؤيِّد
    [against] معارِض
   *[other] { $word }
}

## القائمة
assessments-title = تقييمات المنتديات
assessments-lede = ما حققه كل منتدى قياسًا بأهدافه هو، خلال فترة معيّنة، مع الأدلة: وليس ذلك ترتيبًا للمنتديات في أي حال من الأحوال.
assessments-none = لم يُنشر أي تقييم بعد.
assessments-caption = التقييمات، حسب المنتدى والفترة
assessments-all = جميع التقييمات
assessment-forum-col = المنتدى
assessment-period-col = الفترة
assessment-status-col = الحالة
assessment-open = فتح تقييم
assessment-from = السنة الأولى
assessment-to = السنة الأخيرة

## التقرير
forum-assessments = تقييمات في ضوء أهدافه الخاصة
forum-assessment-of = ما حققه، { $period }
assessment-title = { $forum }، { $period }: ما حققه قياسًا بأهدافه هو
assessment-draft-notice = مسودة: لا يطّلع عليها إلا الباحثون المكلَّفون بها والمحررون وأمانة المنتدى، إلى أن ينشرها أحد المحررين.
assessment-published-on = نُشر في { $day }.
assessment-own-objectives = يُقاس ما تحقق بالأهداف التي حددها المنتدى لنفسه، لا بالمقارنة مع منتديات أخرى:
assessment-objectives = أهداف المنتدى
assessment-none-yet = لم يُسجَّل شيء.
assessment-outputs = النواتج
assessment-kind-col = النوع
assessment-output-col = الناتج
assessment-date-col = التاريخ
assessment-serves-col = الأهداف التي خدمها
assessment-impacts = الآثار في قوانين الدول وسياساتها وممارساتها
assessment-impact-heading = { $change }: { $state }
assessment-objective-col = الهدف
assessment-attribution = نسبة التغيير إلى المنتدى
assessment-judged-by = الجهة التي أصدرت التقدير
assessment-dimensions = الأبعاد الخمسة للمساهمة
assessment-dimension-col = البُعد
assessment-rating-col = التقدير
assessment-confidence-col = درجة الثقة
assessment-passages = المقاطع المرمَّزة، المؤيِّدة والمعارِضة
assessment-objective-n = الهدف { $number }
assessment-place-document = { $document }، الفقرة { $paragraph }
assessment-place-interview = المقابلة { $number }
assessment-for = مؤيِّد:
assessment-against = معارِض:
assessment-extracts = من المقابلات
assessment-no-extracts = لم يُدرَج في هذا التقرير أي مقتطف من المقابلات.
assessment-an-interviewee = أحد من أُجريت معهم المقابلات
assessment-method = المنهج
assessment-interviews-held = { $count ->
    [zero] لم تُجرَ أي مقابلة.
    [one] أُجريت مقابلة واحدة.
    [two] أُجريت مقابلتان.
    [few] أُجريت { $count } مقابلات.
    [many] أُجريت { $count } مقابلة.
   *[other] أُجريت { $count } مقابلة.
}
assessment-interviews-withdrawn = { $count ->
    [zero] لم يسحب أحد ممن أُجريت معهم المقابلات موافقته.
    [one] سحب أحد من أُجريت معهم المقابلات موافقته: ولا يُستخدم أي شيء من تلك المقابلة.
    [two] سحب اثنان ممن أُجريت معهم المقابلات موافقتهما: ولا يُستخدم أي شيء من هاتين المقابلتين.
    [few] سحب { $count } ممن أُجريت معهم المقابلات موافقتهم: ولا يُستخدم أي شيء من تلك المقابلات.
    [many] سحب { $count } ممن أُجريت معهم المقابلات موافقتهم: ولا يُستخدم أي شيء من تلك المقابلات.
   *[other] سحب { $count } ممن أُجريت معهم المقابلات موافقتهم: ولا يُستخدم أي شيء من تلك المقابلات.
}
assessment-limits = حدود الدراسة
assessment-no-ranking = يقارن هذا التقرير المنتدى بنفسه عبر الزمن، ولا يقارنه أبدًا بمنتديات أخرى.
assessment-pdf = هذا التقرير بصيغة PDF (مقاس A4، للطباعة أو الإرسال)
assessment-replies = رد الأمانة
assessment-no-replies = لم تردّ أمانة المنتدى.
assessment-reply-by = أمانة المنتدى، { $day }
assessment-reply = الرد على المسودة
assessment-interviews = المقابلات
assessment-interviews-confidential = سرية: لا تُعرض إلا على الباحثين المعيَّنين لهذا التقييم.
assessment-withdrawn = مسحوبة: سحب الشخص الذي أُجريت معه المقابلة موافقته، وحُذفت ملاحظاتها ومقتطفاتها وترميزاتها.
assessment-released = أُدرج في التقرير
assessment-approved = وافق عليه الشخص الذي أُجريت معه المقابلة
assessment-researchers = الباحثون
assessment-no-researchers = لم يُعيَّن أي باحث بعد.
assessment-assign-email = البريد الإلكتروني لحساب يحمل دور الباحث
assessment-assign = تعيين باحث
assessment-publish = نشر التقرير
assessment-history = سجل الأحداث
assessment-step-col = الخطوة
assessment-note-col = ملاحظة
assessment-by-col = القائم بها

## أداة عمل الباحثين
assessment-workbench = أداة العمل
assessment-workbench-lede = للباحثين المعيَّنين لهذا التقييم. تُحفظ كل خطوة في سجل الأحداث، ولا تُعرض ملاحظات المقابلات على أي شخص آخر أبدًا.
assessment-add-objective = تسجيل هدف
assessment-objective-text = الهدف، بصيغته الواردة في مصدره
assessment-document = وثيقة من المكتبة
assessment-paragraph = الفقرة
assessment-objectives-first = سجّل هدفًا أولًا: تُسجَّل النواتج والآثار في ضوء أهداف المنتدى.
assessment-add-output = تسجيل ناتج
assessment-meeting-id = الاجتماع المعني (معرّفه، إن كان مدرجًا في السجل)
assessment-document-id = وثيقة من المكتبة (معرّفها)
assessment-add-impact = تسجيل أثر
assessment-state-code = الدولة (رمز ISO 3166-1 alpha-3)
assessment-change = ما الذي تغيّر
assessment-description = الوصف
assessment-evidence-url = الدليل: عنوان صفحة شبكية
assessment-evidence-note = ما يُثبته الدليل
assessment-rate = تقييم بُعد
assessment-write-method = تدوين المنهج وحدود الدراسة
assessment-add-interview = تسجيل مقابلة
assessment-interviewee-role = صفة الشخص الذي أُجريت معه المقابلة (دون ذكر اسمه أبدًا)
assessment-held-on = تاريخ إجراء المقابلة
assessment-consent-label = الموافقة
assessment-notes = الملاحظات
assessment-themes = المواضيع
assessment-themes-hint = موضوع واحد في كل سطر.
assessment-add-extract = تحديد مقتطف
assessment-interview-col = المقابلة
assessment-passage = المقطع، بنصه الحرفي كما ورد
assessment-passage-hint = انسخ كلماته من النص: إذ يُحدَّد موضعه بناءً عليها.
assessment-approved-label = وافق الشخص الذي أُجريت معه المقابلة على اقتباسه
assessment-release = إدراج مقتطف في التقرير
assessment-extract-number = رقم المقتطف
assessment-withdraw = سحب مقابلة
assessment-withdraw-warning = عندما يسحب الشخص الذي أُجريت معه المقابلة موافقته، تُحذف ملاحظات المقابلة ومقتطفاتها وترميزاتها نهائيًا: ولا يحتفظ التقييم إلا بواقعة سحب مقابلة.
assessment-code = ترميز مقطع
assessment-source = موضع المقطع
assessment-stance = موقف المقطع
