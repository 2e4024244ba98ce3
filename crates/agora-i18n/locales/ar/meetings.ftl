## جدول الاجتماعات وصفحة الاجتماع.

site-nav-meetings = الاجتماعات
meetings-title = الاجتماعات
meetings-lede = من اجتمع وأين، ومن دُعي، وما الذي أسفرت عنه الاجتماعات: اجتماعات المنتديات، بدءًا بأحدثها.
meetings-q = كلمات من العنوان أو الموضوع أو المكان
meetings-when = الموعد
meetings-when-all = السابقة والمقبلة
meetings-when-upcoming = المقبلة
meetings-when-past = السابقة
meetings-forum = المنتدى
meetings-state = الدولة المشاركة
meetings-kind = نوع الاجتماع
meetings-year = السنة
meetings-none = لا يوجد أي اجتماع يطابق عوامل التصفية هذه.
meetings-count = { $count ->
    [zero] لا اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
    [many] { $count } اجتماعًا
   *[other] { $count } اجتماع
}
meetings-count-page = { $count ->
    [zero] لا اجتماعات، يُعرض منها { $shown } في هذه الصفحة
    [one] اجتماع واحد، يُعرض منه { $shown } في هذه الصفحة
    [two] اجتماعان، يُعرض منهما { $shown } في هذه الصفحة
    [few] { $count } اجتماعات، يُعرض منها { $shown } في هذه الصفحة
    [many] { $count } اجتماعًا، يُعرض منها { $shown } في هذه الصفحة
   *[other] { $count } اجتماع، يُعرض منها { $shown } في هذه الصفحة
}
meetings-col-dates = التواريخ
meetings-col-meeting = الاجتماع
meetings-col-place = المكان
meetings-all = جميع الاجتماعات
meeting-place = { $city }، { $country }
meeting-held-by = في إطار
meeting-status = الحالة
meeting-status-since = منذ { $date }
meeting-part-of = جزء من
meeting-host = الجهة المضيفة
meeting-chairs = برئاسة
meeting-theme = الموضوع
meeting-participants = المشاركون
meeting-agenda = جدول الأعمال
meeting-parts = الجلسات والاجتماعات ذات الصلة
meeting-documents = الوثائق الختامية
meeting-no-documents = لا توجد في المكتبة أي وثيقة ختامية لهذا الاجتماع.
meeting-note = ملاحظات
meeting-sources = المصادر
meeting-verified = تم التحقق من المعلومات بالرجوع إلى مصدر أولي.
meeting-unverified = لم يتم التحقق بعدُ من المعلومات بالرجوع إلى مصدر أولي.
meeting-kind-ministerial = اجتماع وزاري
meeting-kind-senior-officials = اجتماع كبار المسؤولين
meeting-kind-technical = اجتماع تقني
meeting-kind-workshop = حلقة عمل
meeting-kind-training = دورة تدريبية
meeting-kind-global-rcp-meeting = اجتماع عالمي للعمليات التشاورية الإقليمية المعنية بالهجرة
meeting-kind-gfmd-summit = قمة المنتدى العالمي للهجرة والتنمية
meeting-kind-gfmd-roundtable = مائدة مستديرة للمنتدى العالمي للهجرة والتنمية
meeting-kind-civil-society-days = أيام المجتمع المدني
meeting-kind-other = اجتماع آخر
meeting-status-scheduled = مقرَّر
meeting-status-held = عُقد
meeting-status-postponed = مؤجَّل
meeting-status-cancelled = ملغى
meeting-role-participant = مشارك
meeting-role-observer = مراقب
meeting-role-guest = ضيف
meeting-role-speaker = متحدث
forum-meetings = الاجتماعات
forum-meetings-none = لم يُسجَّل بعدُ أي اجتماع لهذا المنتدى.
forum-meetings-all = جميع اجتماعات { $name }
area-meetings = الاجتماعات
area-meetings-none = لم يُسجَّل بعدُ أي اجتماع شاركت فيه هذه الدولة.
meetings-feed-all = Agora: الاجتماعات
meetings-feed-forum = Agora: اجتماعات { $name }
meetings-feed-state = Agora: الاجتماعات التي شاركت فيها { $name }
meetings-feed-description = { $kind }. في إطار: { $fora }.
meetings-subscribe = الاشتراك في هذه الاجتماعات (iCalendar)

## اقتراح اجتماع أو تصحيح بيانات اجتماع.

forum-propose-meeting = اقتراح اجتماع
meeting-propose-correction = اقتراح تصحيح لهذا الاجتماع
meeting-propose-title = اقتراح اجتماع لـ { $name }
meeting-correct-title = اقتراح تصحيح: { $title }
meeting-revise-title = تنقيح: { $title }
meeting-propose-lede-html = يراجع محرر ما ترسله قبل أن يظهر في التقويم وفي <a href="{ $href }">صفحة المنتدى</a>. اذكر ما تقوله المصادر، واترك فارغًا ما لا تذكره.
meeting-field-title = العنوان (بالإنكليزية)
meeting-field-titles-other = عنوانه بلغات الأمم المتحدة الأخرى
meeting-title-in = { $language ->
    [ar] العنوان بالعربية
    [zh] العنوان بالصينية
    [fr] العنوان بالفرنسية
    [ru] العنوان بالروسية
   *[es] العنوان بالإسبانية
}
meeting-choose-kind = اختر نوع الاجتماع
meeting-choose-status = اختر حالة الاجتماع
meeting-field-also-held-by = يعقده أيضًا
meeting-field-also-held-by-hint = المنتديات الأخرى التي تعقده معًا، منتدى في كل سطر. لا يمكنك اقتراح اجتماع مشترك إلا للمنتديات التي تساهم فيها.
meeting-field-status-since = الحالة منذ
meeting-field-start = اليوم الأول
meeting-field-end = اليوم الأخير
meeting-field-end-hint = اتركه فارغًا لاجتماع مدته يوم واحد.
meeting-field-city = المدينة
meeting-field-country = البلد
meeting-field-venue = المكان
meeting-field-host-hint = كما تذكره المصادر، مثل «حكومة اليونان».
meeting-field-hosts = استضافته
meeting-field-parties-hint = دول أو منظمات أو منتديات، واحد في كل سطر، بالأسماء التي يستخدمها Agora.
meeting-field-chairs-hint = واحد في كل سطر، كما تسميهم المصادر.
meeting-field-participants = المشاركون
meeting-field-observers = المراقبون
meeting-field-guests = الضيوف
meeting-field-speakers = المتحدثون
meeting-field-documents-none-html = لا توجد بعد في المكتبة وثيقة لهذا المنتدى يمكنك رؤيتها: <a href="{ $href }">ارفع وثيقة</a> أولًا ثم عد.
meeting-field-agenda-hint = بند واحد في كل سطر.
meeting-field-summary = الملخص
meeting-field-documents-hint-html = وثائق المكتبة التي صدرت عن الاجتماع. ليست موجودة بعد؟ <a href="{ $href }">ارفعها</a> أولًا.
meeting-part-of-none = ليس جزءًا من اجتماع آخر
meeting-option = { $title } ({ $dates })
meeting-field-source-hint = العنوان الشبكي لصفحة تثبت أن الاجتماع عُقد أو أنه مقرر، ويبدأ بـ https://
mistake-meeting-title = يجب أن يكون للاجتماع عنوان بالإنكليزية
mistake-meeting-kind = اختر أحد أنواع الاجتماعات المقترحة
mistake-meeting-status = اختر إحدى الحالات المقترحة
mistake-meeting-not-yours = أنت لا تساهم في { $name }: يقترح الاجتماعَ المشترك من يساهم في كل منتدى يعقده
mistake-not-a-forum = «{ $typed }» ليس منتدى
mistake-not-a-state = «{ $typed }» ليست دولة
mistake-meeting-party-twice = { $name } مذكور في دورين: أعطِ كل طرف دورًا واحدًا
mistake-meeting-document = إحدى الوثائق المختارة ليست في المكتبة
mistake-meeting-part-of = اختر أحد الاجتماعات المقترحة
mistake-meeting-source = يجب أن يكون للاجتماع مصدر: العنوان الشبكي لصفحة تثبت ذلك

meeting-times-label = المواعيد
meeting-times = { $start }–{ $end } ({ $zone })
meeting-time-from = ابتداءً من { $start } ({ $zone })
meeting-time-until = حتى { $end } ({ $zone })
meeting-field-start-time = ساعة الافتتاح (اليوم الأول)
meeting-field-end-time = ساعة الاختتام (اليوم الأخير)
meeting-field-time-hint = بنظام الأربع والعشرين ساعة، مثل 09:30. اتركه فارغًا إن لم يكن معروفًا.
meeting-field-time-zone = المنطقة الزمنية
meeting-field-time-zone-hint = منطقة مكان الاجتماع كما تسميها قاعدة بيانات المناطق الزمنية، مثل Asia/Dhaka أو Europe/Brussels.
mistake-time-zone = «{ $typed }» ليست منطقة زمنية معروفة: اكتبها كما في قاعدة بيانات المناطق الزمنية، مثل Asia/Dhaka

meetings-view-list = العرض في قائمة
meetings-view-month = العرض حسب الشهر
meetings-months = الأشهر
meetings-month-prev = الشهر السابق
meetings-month-next = الشهر التالي
meetings-month-more = { $count ->
    [zero] لا مزيد
    [one] واحد آخر
    [two] اثنان آخران
    [few] { $count } أخرى
    [many] { $count } أخرى
   *[other] { $count } أخرى
}
meetings-month-undated = في هذا الشهر أيضًا، دون تسجيل الأيام
meeting-map-title = موقع { $place } على خريطة العالم
meeting-map-credit-html = مواقع المدن: <a href="https://www.geonames.org/">GeoNames</a>، بترخيص CC BY 4.0.
meetings-show = عرض الاجتماعات
meeting-how-held = الجهة المنظِّمة
meeting-how-hosted = المضيف
meeting-how-chaired = الرئاسة
org-meetings = الاجتماعات
org-meetings-none = لم يُسجَّل بعد أي اجتماع شاركت فيه هذه المنظمة.
