## ما الذي تغيّر، كل تغيير في جملة (آخر التغييرات، وموجزات Atom). يرد دور القيد أو نوعه أو حالته
## بالكلمة المستخدمة في البيانات ($role: member، observer، chair...).
change-membership-began = { $role ->
    [steering_group] انضمام { $member } إلى اللجنة التوجيهية في { $forum }
    [member] انضمام { $member } إلى عضوية { $forum }
    [observer] حصول { $member } على صفة المراقب في { $forum }
    [partner] انضمام { $member } إلى { $forum } بصفة شريك
    [associate] حصول { $member } على صفة العضو المنتسب في { $forum }
    [chair] تولّي { $member } رئاسة { $forum }
    [co_chair] تولّي { $member } الرئاسة المشاركة في { $forum }
   *[secretariat] تولّي { $member } أمانة { $forum }
} ({ $period }).
change-membership-recorded = إدراج { $member } في السجل { $role ->
    [steering_group] بصفة عضو في اللجنة التوجيهية في
    [member] بصفة عضو في
    [observer] بصفة مراقب في
    [partner] بصفة شريك في
    [associate] بصفة عضو منتسب في
    [chair] بصفة رئيس
    [co_chair] بصفة رئيس مشارك في
   *[secretariat] بصفة أمانة
} { $forum } ({ $period }).
change-membership-ended = { $role ->
    [steering_group] انتهاء عضوية { $member } في اللجنة التوجيهية في { $forum }
    [member] انتهاء عضوية { $member } في { $forum }
    [observer] انتهاء تمتّع { $member } بصفة المراقب في { $forum }
    [partner] انتهاء شراكة { $member } مع { $forum }
    [associate] انتهاء تمتّع { $member } بصفة العضو المنتسب في { $forum }
    [chair] انتهاء تولّي { $member } رئاسة { $forum }
    [co_chair] انتهاء تولّي { $member } الرئاسة المشاركة في { $forum }
   *[secretariat] انتهاء تولّي { $member } أمانة { $forum }
} ({ $period }).
change-membership-corrected = تصحيح قيد { $member } في { $forum } ({ $period }).
change-membership-removed = حذف قيد { $member } في { $forum }.
change-period-on = { $day }
change-forum-added = منتدى جديد في السجل: { $name }.
change-forum-updated = تحديث قيد { $name }.
change-forum-removed = حذف { $name } من السجل.
change-document-added = وثيقة ختامية جديدة صادرة عن { $fora }: { $title } ({ $kind ->
    [declaration] إعلان
    [action_plan] خطة عمل
    [meeting_report] تقرير اجتماع
    [summary_report] تقرير موجز
    [background_paper] ورقة معلومات أساسية
    [study] دراسة
    [statement] بيان
    [recommendations] توصيات
   *[other] وثيقة
}).
change-document-updated = تحديث وثيقة ختامية: { $title }.
change-document-removed = حذف وثيقة ختامية من المكتبة: { $title }.
change-meeting-added = اجتماع جديد: { $title } ({ $when }).
change-meeting-place = { $city }، { $when }
change-meeting-updated = تحديث اجتماع: { $title } ({ $when }).
change-meeting-cancelled = إلغاء اجتماع: { $title } ({ $when }).
change-meeting-postponed = تأجيل اجتماع: { $title } ({ $when }).
change-meeting-removed = حذف اجتماع من جدول الاجتماعات: { $title }.
change-party-updated = { $op ->
    [create] إدراج جديد في السجل: { $name }.
    [delete] حذف { $name } من السجل.
   *[update] تحديث قيد { $name }.
}

## موجزات Atom ($what: نوع القيود الذي يقتصر عليه الموجز، أو any؛ $new: yes حين لا تُدرج
## إلا القيود الجديدة)
feed-what = { $new ->
    [yes] { $what ->
        [meeting] الاجتماعات الجديدة
        [document] الوثائق الختامية الجديدة
        [membership] العضويات الجديدة
        [forum] المنتديات الجديدة
        [recommendation] التوصيات الجديدة
        [follow_up] قيود المتابعة الجديدة
       *[other] المستجدات
    }
   *[no] { $what ->
        [meeting] التغييرات في الاجتماعات
        [document] التغييرات في الوثائق الختامية
        [membership] التغييرات في العضويات
        [forum] التغييرات في المنتديات
        [recommendation] التغييرات في التوصيات
        [follow_up] التغييرات في قيود المتابعة
       *[other] آخر التغييرات
    }
}
feed-title = Agora: { $what }
feed-title-about = Agora: { $what } — { $about }
feed-no-such-theme = لا يوجد موضوع بالمعرّف «{ $id }»
feed-follow = متابعة هذه التغييرات (موجز Atom)
feed-follow-documents = الوثائق الختامية الجديدة (موجز Atom)
feed-follow-meetings = الاجتماعات الجديدة (موجز Atom)

## صفحة البيانات المفتوحة
data-title = البيانات المفتوحة
data-lede = كل ما يُتاح للجمهور الاطلاع عليه في Agora، جاهزًا للتنزيل وإعادة الاستخدام: المنتديات، ومن يشارك فيها ومنذ متى وحتى متى، والدول والمنظمات، والاجتماعات والوثائق الختامية العامة، مع مصادر كل معلومة.
data-licence-html = تُنشر البيانات بموجب ترخيص <a href="{ $href }">Creative Commons Attribution 4.0</a>: أعد استخدامها بحرية، مع الإشارة إلى Agora وإلى المصادر التي يذكرها كل سجل.
data-everything = تضم الملفات كل ما سُجّل، في الماضي والحاضر.
data-everything-link = كل ما سُجّل
data-as-of-shown = تضم الملفات مجموعة البيانات كما كانت في { $day }.
data-as-of = مجموعة البيانات كما كانت في
data-as-of-submit = عرض الملفات
data-csv-heading = ملفات CSV
data-csv-lede-html = ملف واحد لكل نوع من السجلات: بترميز UTF-8، والقيم مفصولة بفواصل، مع صف للعناوين. ويصف الملف <a href="{ $href }">datapackage.json</a> كل عمود ونوعه ومعناه (وفق صيغة Frictionless Data Package)، كي تتمكن الأدوات من التحقق من الملفات وتحميلها.
data-file = { $name ->
    [areas] الدول والأقاليم
    [organisations] المنظمات
    [themes] المواضيع
    [fora] المنتديات
    [memberships] من يشارك في أي منتدى، وبأي صفة، ومنذ متى وحتى متى (وهو الملف الذي يمكن لأمانة المنتدى تعديله وإعادته في صورة اقتراح)
    [meetings] الاجتماعات
    [meeting_participants] من شارك في كل اجتماع، وبأي شكل
    [recommendations] التوصيات والنتائج المتفق عليها وخطط العمل، مع موضع ورود كل منها
    [follow_ups] ما الذي اتُّخذ بشأن كل توصية، ومن اتخذه، وما وضعه الحالي، وما مدى التقدم فيه (وهو الملف الذي يمكن لأمانة المنتدى تعديله وإعادته في صورة اقتراح)
    [follow_up_updates] التسلسل الزمني لكل قيد متابعة
    [routes] طرق الهجرة كما تسمّيها مصادرها
    [route_stops] الدول الواقعة على كل طريق بالترتيب: المنشأ، العبور، المقصد
    [practices] الممارسات الجيدة والدروس المستفادة، مع ملخص مراجعة الأقران (دون بيانات الاتصال بأي شخص)
   *[documents] الوثائق الختامية العامة
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: المنتديات والمنظمات بوصفها organizations، وعضوياتها بوصفها memberships، والدول بوصفها areas، والاجتماعات بوصفها events، وفقًا لمعيار Popolo.
data-follow-heading = متابعة التغييرات
data-follow-html = <a href="{ $changes }">موجز Atom لجميع التغييرات</a> (ولكل صفحة منتدى أو دولة أو منظمة موجزها الخاص)، و<a href="{ $meetings }">تقويم الاجتماعات</a>، و<a href="{ $api }">واجهة JSON</a>.

## إصدارات البيانات المفتوحة
data-releases-heading = الإصدارات
data-releases-lede-html = يثبّت الإصدار مجموعة البيانات بأكملها على حالها في يوم بعينه: فلا تتغير ملفاته أبدًا، وتشهد على ذلك مجاميعها الاختبارية. اذكر الإصدار عند الاستشهاد بالبيانات كي يتمكن الآخرون من العثور على البيانات نفسها التي استخدمتها بالضبط. وتجمع بوابات البيانات المفتوحة الإصدارات من <a href="{ $href }">فهرس DCAT</a>.
data-releases-none = لم يُنشأ أي إصدار بعد.
data-release-make = إنشاء إصدار من مجموعة البيانات بحالتها الراهنة
data-release-title = الإصدار { $name }
data-release-made = صدر في { $at } (UTC).
data-release-first = الإصدار الأول.
data-release-changes = منذ الإصدار { $since }: { $fora_added ->
    [zero] لم يُضف أي منتدى
    [one] أُضيف منتدى واحد
    [two] أُضيف منتديان
    [few] أُضيفت { $fora_added } منتديات
    [many] أُضيف { $fora_added } منتدًى
   *[other] أُضيف { $fora_added } منتدى
} { $fora_removed ->
    [zero] ولم يُحذف أي منتدى
    [one] وحُذف منتدى واحد
    [two] وحُذف منتديان
    [few] وحُذفت { $fora_removed } منتديات
    [many] وحُذف { $fora_removed } منتدًى
   *[other] وحُذف { $fora_removed } منتدى
}؛ { $added ->
    [zero] لم تُضف أي عضوية
    [one] أُضيفت عضوية واحدة
    [two] أُضيفت عضويتان
    [few] أُضيفت { $added } عضويات
    [many] أُضيفت { $added } عضويةً
   *[other] أُضيفت { $added } عضوية
}، { $removed ->
    [zero] ولم تُحذف أي عضوية
    [one] وحُذفت عضوية واحدة
    [two] وحُذفت عضويتان
    [few] وحُذفت { $removed } عضويات
    [many] وحُذفت { $removed } عضويةً
   *[other] وحُذفت { $removed } عضوية
}، { $changed ->
    [zero] ولم تُعدَّل أي عضوية
    [one] وعُدِّلت عضوية واحدة
    [two] وعُدِّلت عضويتان
    [few] وعُدِّلت { $changed } عضويات
    [many] وعُدِّلت { $changed } عضويةً
   *[other] وعُدِّلت { $changed } عضوية
}.
data-release-cite = Agora ({ $year }). Agora: الحوار بين الدول بشأن الهجرة، مجموعة بيانات، الإصدار { $name } [مجموعة بيانات]. { $url }
data-release-files = ملفات الإصدار { $name }
data-release-file = الملف
data-release-size = الحجم بالبايت
data-release-sha256 = SHA-256
data-release-sums = المجاميع الاختبارية لجميع الملفات (لاستخدامها مع sha256sum -c)
change-release-added = إصدار جديد من البيانات المفتوحة: { $name }.
only-admins-release = لا يُنشئ إصدارات مجموعة البيانات إلا أحد مديري الموقع
release-name-taken = أُنشئ إصدار بالاسم نفسه في اللحظة ذاتها: أعد المحاولة

## البحث في صورة موجزات، وعمليات البحث المحفوظة، والموجز الخاص
feed-search-title-all = Agora: البحث
feed-search-title = Agora: البحث عن «{ $q }»
feed-found-by = عثر عليه بحثك المحفوظ «{ $search }».
feed-saved-title = Agora: بحثك المحفوظ «{ $name }»
feed-private-title = Agora: عمليات البحث التي حفظتها
feed-not-a-search = «{ $value }» ليس رقم أي عملية من عمليات البحث التي حفظتها
feed-key-title = موجزك الخاص
feed-key-lede = يتيح هذا العنوان لكل من يحوزه ما تعثر عليه عمليات البحث التي حفظتها ضمن كل ما يحق لك قراءته، بما في ذلك المواد السرية: فاحتفظ به لنفسك. ولا يُعرض إلا الآن؛ وإنشاء عنوان جديد، أو إنهاء هذا العنوان من صفحة حسابك، يوقفه عن العمل فورًا.
feed-key-address = عنوان موجزك الخاص (Atom)
feed-key-each = بحث محفوظ واحد فقط
feed-key-back = العودة إلى حسابك
account-searches = عمليات البحث المحفوظة وموجزك الخاص
account-searches-lede = تُتابَع كل عملية بحث محفوظة في موجزك الخاص: ما تعثر عليه ضمن كل ما يحق لك قراءته، من الأحدث إلى الأقدم.
account-searches-none-html = لم تحفظ أي عملية بحث بعد: <a href="{ $href }">ابحث</a>، ثم احفظ البحث من أسفل نتائجه.
account-search-forget = إيقاف متابعة «{ $name }»
account-feed-made = أُنشئ عنوان موجزك الخاص في { $at } وعُرض حينها.
account-feed-new = إنشاء عنوان جديد (يتوقف العنوان القديم عن العمل)
account-feed-end = إنهاء عنوان الموجز الخاص
account-feed-none = ليس لديك عنوان لموجز خاص بعد.
account-feed-make = إنشاء عنوان موجزي الخاص
search-follow-heading = متابعة هذا البحث
search-follow = النتائج الجديدة لهذا البحث، ضمن ما يُتاح للجمهور الاطلاع عليه (موجز Atom)
search-save-name = اسم البحث المحفوظ
search-save = حفظ هذا البحث ومتابعته في موجزي الخاص
search-save-sign-in-html = <a href="{ $href }">سجّل الدخول</a> لحفظ هذا البحث ومتابعته في موجز خاص، ضمن كل ما يحق لك قراءته.
saved-search-name-empty = أعطِ البحث المحفوظ اسمًا
saved-search-too-long = الاسم أو البحث طويل جدًا
saved-search-too-many = لديك بالفعل 50 عملية بحث محفوظة: أوقف متابعة إحداها أولًا
