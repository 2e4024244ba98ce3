# 各页面所显示的受控词表：论坛类别、角色、移民与发展问题的地位、组织类型、语言、时期。

category-rcp = 区域移民问题协商进程
category-interregional-forum = 区域间论坛
category-regional-organisation = 区域组织
category-migration-body = 区域组织的移民问题机构
category-global-process = 全球进程

md-priority = 列为优先事项
md-ad-hoc = 临时讨论
md-not-addressed = 未涉及
md-unknown = 不详

role-member = 成员
role-observer = 观察员
role-partner = 伙伴
role-associate = 联系成员
role-chair = 主席
role-co-chair = 共同主席
role-secretariat = 秘书处
role-steering-group = 指导委员会

org-kind-un = 联合国机构
org-kind-intergovernmental = 政府间组织
org-kind-eu = 欧洲联盟机构或机关
org-kind-national-agency = 国家机构
org-kind-other = 其他

language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文
language-pt = 葡萄牙文

period-between = { $start }至{ $end }
period-since = 自{ $start }起
period-until = 至{ $end }止
period-not-recorded = 日期未记录

yes = 是
no = 否
not-known = 不详
none = 无
