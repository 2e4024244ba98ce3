# إطار كل صفحة: العنوان، والتنقل، واختيار اللغة، وتذييل الصفحة؛ وصفحة الخطأ؛ ونموذج اختيار
# التاريخ؛ والأعداد المشتركة بين عدة صفحات.
# المفتاح الذي ينتهي بـ -html يتضمن ترميزًا (روابط)؛ وما سواه نص عادي.

site-title = { $title } — Agora
site-skip = الانتقال إلى المحتوى
site-nav = التنقل الرئيسي
site-nav-fora = المنتديات
site-nav-states = الدول
site-nav-organisations = المنظمات
site-nav-documents = الوثائق
site-nav-search = البحث
site-nav-api = واجهة البرمجة
site-nav-account = الحساب
site-nav-review = المراجعة ({ $count })
site-languages = اللغة
site-footer-about = يعرض Agora مشهد الحوار بين الدول بشأن الهجرة، مع مصادر كل معلومة.
site-footer-open-data-html = <a href="{ $data }">البيانات المفتوحة</a>: <a href="{ $api }">واجهة JSON</a>، <a href="{ $openapi }">وصف OpenAPI</a>.
site-footer-provenance = مدى التحقق من كل معلومة

error-title = { $status ->
    [400] طلب غير صالح
    [401] يلزم تسجيل الدخول
    [403] الوصول ممنوع
    [404] الصفحة غير موجودة
    [405] الطريقة غير مسموح بها
    [409] تعارض
    [413] الحجم كبير جدًا
    [415] نوع المحتوى غير مدعوم
    [422] تعذرت معالجة المحتوى
    [429] طلبات كثيرة جدًا
    [503] الخدمة غير متاحة
   *[other] خطأ
}
error-search-instead = ابحث في Agora بدلًا من ذلك
error-search = بحث
error-browse-html = أو تصفح <a href="/fora">المنتديات</a> أو <a href="/areas">الدول والأقاليم</a> أو <a href="/documents">المكتبة</a>.
error-home = العودة إلى الصفحة الرئيسية

as-of-showing-html = المشهد في <strong>{ $day }</strong>.
as-of-showing-today-html = المشهد في <strong>{ $day }</strong> (اليوم).
as-of-showing-period-html = المشهد في <strong>{ $day }</strong>، آخر يوم من { $period }.
as-of-other = عرض تاريخ آخر
as-of-hint = يوم (2009-06-04) أو شهر (2009-06) أو سنة (2009)
as-of-compare = المقارنة مع
as-of-show = عرض
as-of-bangkok = 4 يونيو 2009 (الاجتماع العالمي للعمليات الاستشارية الإقليمية في بانكوك)
as-of-today = اليوم

count-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}

error-internal = حدث خطأ غير متوقع، وقد سُجِّل.
error-unavailable = الخدمة غير متاحة مؤقتًا؛ يُرجى المحاولة بعد قليل.
error-not-found = { $what ->
    [feed] لا يوجد موجز بهذا العنوان.
    [saved-search] ليس لديك بحث محفوظ برقم { $id }.
    [release] لا يوجد إصدار { $id }.
    [recommendation] لا توجد توصية بالمعرّف { $id }.
    [follow_up] لا يوجد قيد متابعة بالمعرّف { $id }، أو لا يحق لك الاطلاع عليه.
    [forum] لا يوجد منتدى بالمعرّف «{ $id }».
    [area] لا توجد دولة أو إقليم بالرمز «{ $id }».
    [organisation] لا توجد منظمة بالمعرّف «{ $id }».
    [document] لا توجد وثيقة بالمعرّف «{ $id }»، أو لا يحق لك الاطلاع عليها.
    [contribution] لا توجد مساهمة برقم { $id }، أو لا يحق لك فتحها.
    [account] لا يوجد حساب برقم { $id }.
    [file] هذا الملف غير موجود.
   *[other] تعذّر العثور على «{ $id }».
}
error-no-route = لا توجد صفحة بهذا العنوان.
error-invalid-link = هذا الرابط غير صالح: ربما انتهت صلاحيته أو سبق استخدامه؛ اطلب رابطًا جديدًا من أحد مديري الموقع.
error-sign-in = يُرجى تسجيل الدخول أولًا.
error-bad-token = رمز واجهة البرمجة مفقود أو غير معروف أو أُلغي.
error-bad-parameter = يتضمن العنوان أو النموذج قيمة تتعذر قراءتها: «{ $parameter }».
error-forbidden = لا يحق لك القيام بهذا الإجراء.
error-conflict = يتعذر القيام بهذا الإجراء في ضوء حالة السجلات الآن.
error-too-many = { $seconds ->
    [zero] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد { $seconds } ثانية.
    [one] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد ثانية واحدة.
    [two] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد ثانيتين.
    [few] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد { $seconds } ثوانٍ.
    [many] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد { $seconds } ثانية.
   *[other] طلبات كثيرة جدًا من هذا النوع؛ يُرجى المحاولة مجددًا بعد { $seconds } ثانية.
}
error-other = تعذّرت الاستجابة للطلب.
