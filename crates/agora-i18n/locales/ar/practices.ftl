# الممارسات الجيدة والدروس المستفادة (المسألة 20): الممارسات المنشورة، والدعوات إلى تقديم الممارسات،
# ومراجعتها من قِبل الأقران، وقرار المحرر.

## السجل وقواعده
id-not-practice = «{ $input }» ليس معرّف ممارسة جيدة صالحًا: { $rule }
record-not-practice = ليس ممارسة جيدة: { $error }
history-what-practice = الممارسة الجيدة { $id }
practice-english-required = تلزم نسخة بالإنكليزية
practice-too-many = الحد الأقصى المسموح به { $most }
practice-where = اذكر منتدى أو دولة واحدة على الأقل طُبِّقت فيها
practice-named-twice = ذُكر مرتين
practice-period-order = تاريخ انتهائها يسبق تاريخ بدئها
practice-evidence-empty = الدليل وثيقة من المكتبة أو عنوان شبكي أو رقم
store-practice-taken = المعرّف { $id } تستخدمه ممارسة أخرى
change-practice-added = ممارسة جيدة جديدة: { $title }
change-practice-updated = تصحيح ممارسة جيدة: { $title }
change-practice-removed = حُذفت ممارسة جيدة: { $title }
review-criterion-missing = يجب إعطاء درجة لكل معيار من معايير سلّم التقييم
review-criterion-unknown = ليس معيارًا من معايير سلّم التقييم: استخدم applied أو relevant أو effective أو coherent أو innovative أو replicable أو sustainable
review-score-range = درجة من { $lowest } إلى { $highest }
review-comment-empty = اذكر السبب في تعليق
review-affiliation = «{ $input }» ليس جهة انتماء: استخدم state:ISO3 أو forum:ID أو organisation:NAME

## حالات الرفض
practice-call-editors = لا يجوز فتح الدعوات ودعوة المراجعين واتخاذ القرارات إلا للمحررين
practice-call-title = عنوان من 1 إلى 300 حرف
practice-no-such-account = لا يوجد حساب بعنوان البريد الإلكتروني { $email }: يتولى أحد مديري الموقع إنشاء الحسابات
practice-not-invited = لستَ مدعوًّا إلى مراجعة ممارسات هذه الدعوة
practice-accepted-already = سبق أن قبلتَ الدعوة الموجهة إليك للمراجعة
practice-review-not-yours = يُكتب ملخص مراجعة الأقران عند نشر الممارسة
practice-submitters = تقدّم الممارساتِ أمانةُ المنتدى أو جهةُ التنسيق في الدولة أو أحدُ المحررين
practice-call-closed = أُغلقت الدعوة في { $deadline }
practice-not-yours = لا يجوز لك تقديم ممارسات إلا باسم المنتديات والدول التي تعمل باسمها
practice-not-returned = لا يُعاد تقديم إلا ممارسة أُعيدت إليك
practice-contacts-not-yours = لا يحذف بيانات الاتصال الخاصة بالممارسة إلا من قدّمها أو أحد المحررين
practice-decision = «{ $typed }» ليس قرارًا: استخدم publish أو return أو reject
practice-accept-first = اقبل أولًا الدعوة الموجهة إليك للمراجعة، مع بيان جهة انتمائك
practice-not-in-review = هذه الممارسة ليست قيد المراجعة
practice-declared-already = سبق أن قدّمتَ إقرارك بشأن هذه الممارسة
practice-enough-reviewers = لدى هذه الممارسة ما يلزمها من مراجعين
practice-conflict = تضارب في المصالح: جهة انتمائك ({ $affiliation }) مذكورة في الممارسة؛ ويجوز لأحد المحررين أن يأذن لك بمراجعتها
practice-conflict-declared = أقررتَ بوجود تضارب في المصالح؛ ويجوز لأحد المحررين أن يأذن لك بمراجعة هذه الممارسة
practice-scored-already = سبق أن أعطيتَ هذه الممارسة درجات
practice-declare-first = أقِرّ أولًا بعدم وجود تضارب في المصالح لديك
practice-override-reason = اذكر السبب في نص يتراوح طوله بين 1 و1000 حرف
practice-not-a-reviewer = { $email } ليس من مراجعي هذه الدعوة
practice-overridden-already = سبق الإذن لهذا المراجع بمراجعتها
practice-reviews-missing = لم ترد بعدُ جميع المراجعات اللازمة
practice-not-an-object = الممارسة كائن JSON يضم حقولها
practice-own = أنت من قدّم هذه الممارسة: مراجعتها لغيرك
practice-not-declared = لم يقدّم هذا المراجع إقراره لهذه الجولة، أو سبق أن قيّمها
practice-no-longer-valid = لم تعد الممارسة تجتاز عمليات التحقق ({ $field }: { $said })؛ أعدها إلى مقدّمها

## الممارسات المنشورة
site-nav-practices = الممارسات الجيدة
search-what-practice = ممارسة جيدة
practices-title = الممارسات الجيدة والدروس المستفادة
practices-lede = ما قامت به المنتديات والدول، وما أسفر عنه ذلك مع أدلته، وما لم ينجح، وما يلزم لتكراره. وقد خضعت كلٌّ منها لمراجعة الأقران إثر دعوة إلى تقديم الممارسات، أو هي تستشهد بالمصدر الذي أُخذت منه.
practices-forum = المنتدى
practices-state = الدولة
practices-theme = الموضوع
practices-none = لم تُنشر أي ممارسة جيدة بعد.
practices-none-filtered = لا توجد ممارسة جيدة منشورة تطابق عوامل التصفية هذه.
practices-all = جميع الممارسات الجيدة
forum-practices = الممارسات الجيدة
practice-peer-reviewed = خضعت لمراجعة الأقران.
practice-from-sources = مأخوذة من مصادرها.
practice-fora = المنتديات
practice-states = الدول
practice-themes = المواضيع
practice-period = الفترة
practice-period-from-to = من { $from } إلى { $to }
practice-period-from = منذ { $from }
practice-period-to = حتى { $to }
practice-cost-label = التكلفة
practice-cost = { $band ->
    [low] منخفضة: في حدود ميزانية جارية
    [medium] متوسطة: مشروع مموَّل
    [high] مرتفعة: برنامج يمتد على عدة سنوات أو عدة دول
   *[unknown] غير معروفة
}
practice-partners = الشركاء
practice-licence = ترخيص نصها
practice-field = { $field ->
    [context] السياق
    [done] ما جرى القيام به
    [results] النتائج
    [lessons] الدروس المستفادة، ومنها ما لم ينجح
   *[replication] شروط تكرارها
}
practice-evidence = الأدلة
practice-evidence-paragraph = { $title }، الفقرة { $paragraph }
practice-no-sources = وردت استجابةً لدعوة إلى تقديم الممارسات؛ وأدلتها مبيّنة أعلاه.
practice-review-title = مراجعة الأقران
practice-reviewed-by = { $count ->
    [zero] لم يراجعها أي نظير؛ ونُشرت في { $day }، ردًّا على
    [one] راجعها نظير واحد؛ ونُشرت في { $day }، ردًّا على
    [two] راجعها نظيران؛ ونُشرت في { $day }، ردًّا على
    [few] راجعها { $count } نظراء؛ ونُشرت في { $day }، ردًّا على
    [many] راجعها { $count } نظيرًا؛ ونُشرت في { $day }، ردًّا على
   *[other] راجعها { $count } نظير؛ ونُشرت في { $day }، ردًّا على
}
practice-call-number = الدعوة { $number }
practice-rubric-caption = سلّم التقييم: متوسط درجة كل معيار من 5
practice-criterion-col = المعيار
practice-mean-col = متوسط الدرجة
practice-criterion = { $criterion ->
    [applied] التطبيق العملي
    [relevant] الملاءمة
    [effective] الفعالية، مع الأدلة
    [coherent] الاتساق مع الاتفاق العالمي وحقوق الإنسان
    [innovative] الابتكار
    [replicable] قابلية التكرار
   *[sustainable] الاستدامة
}
practice-not-reviewed = لم تخضع لمراجعة الأقران: أُدرجت استنادًا إلى المصدر الذي تستشهد به.
practice-contacts = جهات الاتصال
practice-contacts-sign-in = لا تُعرض بيانات الأشخاص الذين يمكن الاتصال بهم إلا لمن سجّلوا الدخول.
practice-no-contacts = لا يُحتفظ بأي بيانات اتصال.
practice-contacts-remove = حذف بيانات الاتصال هذه
practice-cite-publisher = Agora، منصة الحوار بين الدول بشأن الهجرة

## الدعوات إلى تقديم الممارسات
practice-calls-title = الدعوات إلى تقديم الممارسات
practice-calls-lede = يطلق المحررون دعوات إلى تقديم الممارسات بشأن موضوع ما. وتقدّم الأمانات وجهات التنسيق الممارسات؛ ويُقرّ المراجعون المدعوون بأي تضارب في المصالح ويعطونها درجات؛ ويتخذ أحد المحررين القرار.
practice-calls-none = لا توجد دعوة إلى تقديم الممارسات بعد.
practice-call-col = العنوان
practice-deadline = الموعد النهائي
practice-call-closed-mark = مغلقة
practice-call-open = فتح دعوة
practice-call-questions = الأسئلة
practice-call-questions-hint = سؤال واحد في كل سطر.
practice-call-no-questions = لا تطرح الدعوة أي أسئلة غير الممارسة نفسها.
practice-call-how = لا يطّلع على الممارسة المقدَّمة، إلى أن تُنشر، إلا من قدّمها ومراجعو الدعوة والمحررون. ويعطيها درجاتٍ مراجعان اثنان على الأقل، ومراجع ثالث إذا تباعدت درجاتهما كثيرًا.
practice-submit = تقديم ممارسة
practice-revise = التعديل وإعادة التقديم
practice-resubmit = إعادة التقديم
practice-submit-to = ردًّا على
practice-reviewing = المراجعة
practice-accepted-as = تراجع ممارسات هذه الدعوة بصفتك ممثلًا لجهة الانتماء: { $affiliation }.
practice-invited = أنت مدعو إلى مراجعة ممارسات هذه الدعوة. اذكر الجهة التي تتحدث باسمها: فلا يجوز لك مراجعة ممارسة تذكر دولتك أو منتداك.
practice-affiliation-kind = نوع جهة الانتماء
practice-affiliation-state = دولة
practice-affiliation-forum = منتدى
practice-affiliation-organisation = منظمة
practice-affiliation = جهة الانتماء
practice-affiliation-hint = رمز ISO للدولة (NPL)، أو معرّف المنتدى (colombo-process)، أو اسم المنظمة.
practice-accept = قبول
practice-yours = ما قدّمته
practice-submissions = الممارسات المقدَّمة
practice-status-col = الحالة
practice-round-col = الجولة
practice-status = { $status ->
    [submitted] قيد المراجعة
    [returned] أُعيدت إلى مقدّمها
    [published] منشورة
   *[rejected] مرفوضة
}
practice-reviewers = المراجعون
practice-reviewer-col = المراجع
practice-no-reviewers = لم يُدعَ أي مراجع بعد.
practice-not-accepted = لم تُقبل الدعوة بعد
practice-invite-email = البريد الإلكتروني للحساب
practice-invite = دعوة إلى المراجعة
practice-title-en = العنوان (بالإنكليزية)
practice-summary-en = الملخص (بالإنكليزية)
practice-from = من (YYYY أو YYYY-MM أو YYYY-MM-DD)
practice-to = إلى
practice-evidence-url = الدليل: عنوان شبكي
practice-evidence-note = ما الذي يبيّنه
practice-contacts-hint = لا تُعرض إلا لمن سجّلوا الدخول؛ ويمكنك طلب حذفها في أي وقت.
practice-contact-name = الاسم
practice-contact-role = الوظيفة
practice-contact-email = البريد الإلكتروني

## الممارسة المقدَّمة ومراجعتها
practice-stage = المراجعة
practice-stage-reviewing = المراجعات الواردة: { $done } من أصل { $needed }
practice-stage-third = تتباعد المراجعتان كثيرًا: يُطلب مراجع ثالث
practice-stage-ready = وردت المراجعات: يتخذ أحد المحررين القرار
practice-answers = الإجابات عن أسئلة الدعوة
practice-reviews = المراجعات
practice-no-reviews = لا توجد مراجعة بعد.
practice-review-heading = الجولة { $round }، المراجع { $number }
practice-review-mine = مراجعتك
practice-review-declared = أقرّ بعدم وجود تضارب في المصالح؛ ولم يُعطِ درجات بعد.
practice-review-blind = أُعطيت الدرجات؛ وتُعرض حين ترد مراجعتك أنت والمراجعات اللازمة.
practice-review-total = المجموع: { $total } من 35
practice-score-col = الدرجة
practice-comment-col = التعليق
practice-declare = إقرار
practice-declare-question = هل لديك تضارب في المصالح يتعلق بهذه الممارسة؟
practice-declare-none = لا يوجد تضارب في المصالح
practice-declare-some = يوجد تضارب في المصالح
practice-declare-statement = ما طبيعته
practice-score = إرسال المراجعة
practice-override = الإذن لمراجع لديه تضارب في المصالح بمراجعتها
practice-override-reason-label = السبب
practice-release = إعفاء مراجع لم يقيّم بعد
practice-release-hint = يمكن عندئذ لمراجع آخر في الدعوة أن يراجعها بدلًا منه.
practice-decide = اتخاذ القرار
practice-decision-publish = نشر
practice-decision-return = إعادة مع المراجعات
practice-decision-reject = رفض
practice-decision-note = ملاحظة
practice-history = سجل الأحداث
practice-event = { $event ->
    [submitted] قُدِّمت
    [resubmitted] أُعيد تقديمها بعد تنقيحها
    [declared] أقرّ أحد المراجعين بعدم وجود تضارب في المصالح
    [refused] رُفض أحد المراجعين بسبب تضارب في المصالح
    [override] أذن أحد المحررين لمراجع لديه تضارب في المصالح بمراجعتها
    [reviewed] وردت مراجعة
    [third_asked] طُلب مراجع ثالث
    [returned] أُعيدت مع المراجعات
    [published] نُشرت
    [rejected] رُفضت
    [contacts_removed] حُذفت بيانات الاتصال الخاصة بها
    [released] أعفى محرر مراجعًا لم يكن قد قيّم
   *[other] { $event }
}
