# Контролируемые словари в том виде, в каком их показывают страницы: категории форумов, роли,
# место темы миграции и развития, типы организаций, языки, периоды.

category-rcp = Региональный консультативный процесс
category-interregional-forum = Межрегиональный форум
category-regional-organisation = Региональная организация
category-migration-body = Орган региональной организации по вопросам миграции
category-global-process = Глобальный процесс

md-priority = приоритетная тема
md-ad-hoc = рассматривается в отдельных случаях
md-not-addressed = не рассматривается
md-unknown = нет сведений

role-member = член
role-observer = наблюдатель
role-partner = партнёр
role-associate = ассоциированный член
role-chair = председатель
role-co-chair = сопредседатель
role-secretariat = секретариат
role-steering-group = руководящая группа

org-kind-un = орган Организации Объединённых Наций
org-kind-intergovernmental = межправительственная организация
org-kind-eu = институт или агентство Европейского союза
org-kind-national-agency = национальное ведомство
org-kind-other = другое

language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский
language-pt = португальский

period-between = { $start } – { $end }
period-since = с { $start }
period-until = по { $end }
period-not-recorded = даты не указаны

yes = да
no = нет
not-known = нет сведений
none = нет
