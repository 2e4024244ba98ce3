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
       *[other] المستجدات
    }
   *[no] { $what ->
        [meeting] التغييرات في الاجتماعات
        [document] التغييرات في الوثائق الختامية
        [membership] التغييرات في العضويات
        [forum] التغييرات في المنتديات
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
   *[documents] الوثائق الختامية العامة
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>: المنتديات والمنظمات بوصفها organizations، وعضوياتها بوصفها memberships، والدول بوصفها areas، والاجتماعات بوصفها events، وفقًا لمعيار Popolo.
data-follow-heading = متابعة التغييرات
data-follow-html = <a href="{ $changes }">موجز Atom لجميع التغييرات</a> (ولكل صفحة منتدى أو دولة أو منظمة موجزها الخاص)، و<a href="{ $meetings }">تقويم الاجتماعات</a>، و<a href="{ $api }">واجهة JSON</a>.
