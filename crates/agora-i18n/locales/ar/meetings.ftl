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
