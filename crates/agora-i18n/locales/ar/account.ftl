# الحسابات: تسجيل الدخول، وتعيين كلمة المرور وإعادة تعيينها، وحساب المستخدم ورموز الوصول
# الخاصة به، وصفحات مديري الموقع (الحسابات والأدوار، وسجل التدقيق).

## تسجيل الدخول
sign-in-title = تسجيل الدخول
sign-in-lede = مخصص للأمانات وجهات التنسيق والمحررين والباحثين ومديري الموقع. ويتولى أحد مديري الموقع إنشاء الحسابات.
sign-in-password = كلمة المرور
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-too-many = محاولات فاشلة كثيرة جدًا. انتظر بضع دقائق ثم أعد المحاولة.
sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
form-error-html = <strong>خطأ:</strong> { $error }

## تعيين كلمة المرور
setup-title = تعيين كلمة المرور
setup-lede-html = تُعيَّن هنا كلمة مرور الحساب <strong>{ $email }</strong>. ولا يعمل الرابط إلا مرة واحدة.
setup-password = كلمة المرور (15 حرفًا على الأقل؛ وبضع كلمات تكفي لتكوين كلمة مرور جيدة)
setup-password-again = كلمة المرور نفسها مرة أخرى
setup-submit = تعيين كلمة المرور
setup-done-title = تم تعيين كلمة المرور
setup-done-html = عُيِّنت كلمة مرور <strong>{ $email }</strong>، ولم يعد الرابط صالحًا.
setup-done-sign-in-html = <a href="{ $href }">سجّل الدخول الآن</a> بعنوان البريد الإلكتروني هذا وبكلمة المرور التي اخترتها.
setup-done-home = الانتقال إلى الصفحة الرئيسية

## كلمة مرور جديدة
reset-title = كلمة مرور جديدة
reset-sent-html = <strong>إذا كان هناك حساب يستخدم { $email }، فإن رابطًا لتعيين كلمة مرور جديدة في طريقه إليه.</strong> ولا يعمل الرابط إلا مرة واحدة، في غضون { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }. ألم يصلك شيء؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو أعد الطلب بعد ربع ساعة.
reset-lede = اكتب عنوان البريد الإلكتروني لحسابك، وسيُرسَل إليه رابط لتعيين كلمة مرور جديدة.
reset-send = أرسل إليّ رابطًا
reset-no-mail-html = لا يرسل هذا الموقع رسائل بريد إلكتروني. فاطلب من القائم على تشغيله رابطًا جديدًا لتعيين كلمة مرورك: إذ يشغّل الأمر <code>agora user link your@address</code> على الخادم ويرسل إليك الرابط الذي يعرضه. ولا يعمل الرابط إلا مرة واحدة، في غضون { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }.
reset-back = العودة إلى تسجيل الدخول

## حساب المستخدم
account-title = حسابك
account-email = عنوان البريد الإلكتروني
account-roles = الأدوار
account-no-roles = لا شيء: يمكنك الإبلاغ عن أخطاء في السجلات
account-propose-to = اقتراح تغيير على { $name }
account-editor-proposes = بوصفك محررًا، يمكنك اقتراح تغيير على أي منتدى: افتح صفحته واختر «اقتراح تغيير».
account-news = مستجدات مساهماتك
account-no-news = لا شيء حتى الآن: عندما يتولى أحد المحررين مراجعة اقتراح قدمته، أو ينشره، أو يعيده إليك، يظهر ذلك هنا.
account-no-news-mail = لا شيء حتى الآن: عندما يتولى أحد المحررين مراجعة اقتراح قدمته، أو ينشره، أو يعيده إليك، يظهر ذلك هنا، وتُبلَّغ به بالبريد الإلكتروني.
account-my-contributions = مساهماتي
account-review-queue = قائمة انتظار المراجعة
account-sign-out = تسجيل الخروج
account-change-password = تغيير كلمة المرور
account-current = كلمة المرور الحالية
account-new = كلمة المرور الجديدة (15 حرفًا على الأقل؛ وتفي بالغرض بضع كلمات لا رابط بينها)
account-new-again = كلمة المرور الجديدة مرة أخرى
account-change-password-submit = تغيير كلمة المرور
account-current-wrong = كلمة المرور الحالية غير صحيحة.
account-passwords-differ = كلمتا المرور غير متطابقتين.
account-password-refused = رُفضت كلمة المرور الجديدة: { $why }.
account-password-changed = تم تغيير كلمة مرورك، وأُنهيت جلساتك الأخرى.
account-tokens = رموز الوصول إلى واجهة البرمجة (API)
account-tokens-lede-html = ترسل البرامج الرمز في صورة <code>Authorization: Bearer TOKEN</code>، وتتصرف بأدوارك في حدود نطاقات الرمز: فكل رمز يتيح قراءة ما يحق لك قراءته؛ ولا يتيح المساهمة (الاقتراح والمراجعة والرفع) أو الإدارة إلا إذا أُنشئ لذلك. ولا يمكن لأي رمز أن ينشئ رموزًا أو أن يغيّر كلمة مرورك، ويتوقف كل رمز عن العمل عند تغيير كلمة مرورك. فألغِ أي رمز بمجرد انتفاء الحاجة إليه.
account-tokens-caption = رموزك
account-scopes = النطاقات
account-made = تاريخ الإنشاء
account-status = الحالة
account-revoked = أُلغي في { $at }
account-revoke = إلغاء { $name }
account-token-name = اسم الرمز الجديد
account-token-may = إضافةً إلى القراءة، يجوز للرمز
account-token-contribute = المساهمة: اقتراح التغييرات ومراجعتها، ورفع الوثائق
account-token-administer = الإدارة: قراءة سجل التدقيق والحسابات، وسحب الأدوار وتعطيل الحسابات (باستثناء حسابات مديري الموقع؛ أما إنشاء الحسابات ومنح الأدوار فيتطلبان أن تقوم بهما بنفسك بعد تسجيل الدخول)
account-token-submit = إنشاء رمز
account-token-made = أُنشئ الرمز «{ $name }». انسخه الآن، فلن يُعرض مرة أخرى.

## الحسابات والأدوار
admin-users-title = الحسابات والأدوار
admin-users-count = { $count ->
    [zero] لا حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-change = تغيير
admin-status = { $status ->
    [active] نشط
    [disabled] معطَّل
   *[waiting] في انتظار تعيين كلمة المرور
}
admin-role = الدور
admin-grant = منح
admin-revoke = سحب
admin-disable = تعطيل الحساب
admin-add = إضافة حساب
admin-role-hint = الدور (admin، editor، researcher، secretariat:FORUM-ID، focal_point:ISO3، reviewer:CALL)
admin-add-submit = إضافة
admin-account-made = أُنشئ الحساب { $email }. أرسل إلى صاحبه هذا الرابط الصالح لمرة واحدة لتعيين كلمة المرور (وهو صالح لمدة { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }):

## سجل التدقيق
audit-title = سجل التدقيق
audit-lede = من فعل ماذا، بما في ذلك المحاولات المرفوضة، من الأحدث إلى الأقدم. وتُجمع حالات الرفض المتكررة للفاعل نفسه من العنوان نفسه في غضون 15 دقيقة في قيد واحد، مع بيان عددها.
audit-who = الفاعل
audit-who-example = account:7، anonymous، cli
audit-action = الإجراء
audit-action-example = sign_in، contribution.publish
audit-outcome = النتيجة
audit-any = الكل
audit-ok = نُفِّذ
audit-refused = رُفض
audit-q = الهدف أو العنوان (نص)
audit-none = لا توجد قيود
audit-count = { $count ->
    [zero] لا قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
audit-count-older = { $count ->
    [zero] لا قيود أقدم
    [one] قيد واحد أقدم
    [two] قيدان أقدم
    [few] { $count } قيود أقدم
    [many] { $count } قيدًا أقدم
   *[other] { $count } قيد أقدم
}
audit-when = التوقيت (UTC)
audit-from = العنوان
audit-on = الهدف
audit-times = عدد المرات
audit-older = القيود الأقدم
