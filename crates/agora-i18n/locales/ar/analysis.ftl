# تحليلات المشهد (المسألة 19): طرق الهجرة، وتنبيهات الازدواجية، واقتراحات التبادل.

id-not-route = «{ $input }» ليس معرّف طريق صالحًا: { $rule }
record-not-route = ليس سجل طريق هجرة: { $error }
history-what-route = طريق الهجرة { $id }
route-stops-few = للطريق محطتان على الأقل
route-stop-twice = «{ $id }» مذكور مرتين بين محطات الطريق
route-stops-order = المحطات مرتبة: دول المنشأ، ثم دول العبور، ثم دول المقصد
route-ends = يمتد الطريق من دولة منشأ واحدة على الأقل إلى دولة مقصد واحدة على الأقل
route-forum-twice = يُذكر كل منتدى على الطريق مرة واحدة
change-route-added = طريق هجرة جديد: { $name } (عدد المحطات: { $stops })
change-route-updated = تصحيح طريق هجرة: { $name }
change-route-removed = حذف طريق هجرة: { $name }

analysis-list-separator = {"، "}
analysis-flag-why = { $shared } من أعضاء { $smaller } البالغ عددهم { $of } أعضاء أيضًا في { $other }؛ ومن أولويات كليهما { $themes }.
analysis-along-origin = دول المنشأ: { $count }
analysis-along-transit = دول العبور: { $count }
analysis-along-destination = دول المقصد: { $count }
analysis-why-route = على طول { $route }: بين أعضاء { $forum } ({ $ours })؛ وبين أعضاء { $other } ({ $theirs }).
analysis-why-topics = يعمل كلاهما على { $themes } ({ $percent }٪ من أولوياتهما مشتركة).
analysis-why-bridge = لا يجمع { $forum } و{ $other } أي عضو أو منطقة مشتركة، ويعمل كلاهما على { $themes }: جسر بين المناطق.
