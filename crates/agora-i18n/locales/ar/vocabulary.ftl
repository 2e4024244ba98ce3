# المفردات المضبوطة كما تعرضها الصفحات: فئات المنتديات، والأدوار، ومكانة الهجرة والتنمية،
# وأنواع المنظمات، واللغات، والفترات.

category-rcp = عملية تشاورية إقليمية معنية بالهجرة
category-interregional-forum = منتدى أقاليمي
category-regional-organisation = منظمة إقليمية
category-migration-body = هيئة معنية بالهجرة تابعة لمنظمة إقليمية
category-global-process = عملية عالمية

md-priority = أولوية
md-ad-hoc = تُتناول حسب الاقتضاء
md-not-addressed = لا تُتناول
md-unknown = غير معروف

role-member = عضو
role-observer = مراقب
role-partner = شريك
role-associate = عضو منتسب
role-chair = رئيس
role-co-chair = رئيس مشارك
role-secretariat = الأمانة
role-steering-group = اللجنة التوجيهية

org-kind-un = هيئة تابعة للأمم المتحدة
org-kind-intergovernmental = منظمة حكومية دولية
org-kind-eu = مؤسسة أو وكالة تابعة للاتحاد الأوروبي
org-kind-national-agency = وكالة وطنية
org-kind-other = أخرى

language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية
language-pt = البرتغالية

period-between = { $start } – { $end }
period-since = منذ { $start }
period-until = حتى { $end }
period-not-recorded = التواريخ غير مسجلة

yes = نعم
no = لا
not-known = غير معروف
none = لا شيء
