# 登记册的各个页面：论坛页面、论坛列表、国家和领土、组织、首页、版本历史、信息可靠程度；
# 以及这些页面共用的地图和成员表。

verified = 已核实
unverified = 未核实

## 论坛页面
forum-propose-html = <a class="button" href="{ $href }">提出修改建议</a>，涉及本论坛的成员、主席、秘书处或概况。
forum-verified = 概况已核实
forum-unverified = 概况未核实
forum-unverified-why = ：部分事实仅依据单一来源或推断得出的来源
forum-dissolved-in = 该论坛已于{ $date }解散。
forum-successor-html = 其工作由<a href="{ $href }">{ $name }</a>继续开展。
forum-dissolved-no-members = 该论坛在{ $day }没有成员；请选择更早的日期，以查看参与方。
forum-profile = 概况
forum-fact-category = 类别
forum-fact-established = 成立时间
forum-fact-dissolved = 解散时间
forum-fact-regions = 覆盖区域
forum-fact-md = 移民与发展
forum-fact-operational = 业务部分
forum-fact-meeting-level = 会议级别
forum-fact-members = 该日期的成员
meeting-level-ministerial = 部长级
meeting-level-vice-ministerial = 副部长级
meeting-level-senior-officials = 高级官员级
meeting-level-technical = 技术级
meeting-level-mixed = 混合级别
forum-part-of = 隶属于
forum-bodies-under = 下属机构
forum-themes = 主题
forum-objectives = 目标
forum-topics = 专题优先事项（采用来源原文表述）
forum-other-names = 其他名称和曾用名
forum-name-in = { $name }（{ $language }）
forum-name-during = { $name }（{ $period }）
forum-category-over-time = 类别沿革
forum-category-span = { $period }：{ $category }
forum-category-span-note = { $period }：{ $category }——{ $note }
forum-websites = 网站
forum-members-on = { $day }的成员（{ $count }）
forum-members-on-suspended = { $day }的成员（{ $count }，其中 { $suspended } 个被暂停成员资格）
forum-download-html = <a href="{ $href }" download>将{ $day }的数据行下载为 CSV</a> · <a href="{ $all }" download>所有日期的全部数据行</a>（开放数据格式，可由 <code>agora import</code> 读回）
forum-open-participation = 开放参与：
forum-no-members = 该日期无成员记录。
forum-no-members-but-undated = 该日期无成员记录；来源中提及但未注明日期的成员列于“日期未记录”项下。
forum-through-caption = { $day }通过所属区域组织参与的国家（{ $count }）
forum-through-state = 国家或领土
forum-through-via = 参与途径
forum-undated = 日期未记录（{ $count }）
forum-undated-why = 来源提及这些成员、观察员和伙伴，但未说明其参与的起止时间，因此未将其计入{ $day }的参与方。
forum-others-on = { $day }的观察员和伙伴（{ $count }）
forum-chairs = 历任主席
forum-no-chairs = 无主席记录。
forum-secretariat = 秘书处
forum-no-secretariat = 无秘书处记录。
forum-timeline = 加入和退出时间
forum-no-timeline = 无注明日期的成员变动记录。
forum-joined = 加入：
forum-left = 退出：
forum-undated-starts = 有 { $count } 项成员资格未记录起始日期。
forum-documents = 文件
forum-no-documents = 文献库中尚无本论坛的文件。
forum-sources = 来源
forum-version-history = 版本历史
forum-propose = 提出修改建议
forum-report = 报告错误
forum-sign-in-to-report-html = <a href="{ $href }">登录</a>后即可报告错误
forum-how-sure = 信息可靠程度
forum-machine-readable-html = 机器可读格式：<a href="{ $json }">本论坛的 JSON 数据</a>、<a href="{ $memberships }">本论坛在{ $day }的成员资格</a>。
forum-map-title = { $name }在{ $day }的成员分布图
forum-members-caption = { $name }在{ $day }的成员
forum-others-caption = { $name }在{ $day }的观察员和伙伴
forum-chairs-caption = { $name }的主席和共同主席
forum-secretariat-caption = { $name }的秘书处
forum-undated-caption = 参与{ $name }但日期未记录的各方

## 成员表
members-name = 名称
members-role = 角色
members-period = 期间
members-checked = 核查时间
members-sources = 来源和说明
members-suspended = 已暂停资格

## 比较两个日期
compare-title = { $day }与{ $other }的比较
compare-same-members = 两个日期的成员相同。
compare-same-fora = 两个日期的论坛相同。
compare-only-on = 仅在{ $day }而不在{ $other }（{ $count }）
compare-none = 无。

## 地图
map-small-states = 按此比例尺，小国可能过小而无法显示；表格列出了所有国家和领土。
map-point = 将指针指向某一国家可查看其数目；选择该国家可打开其页面。
map-member = { $name }：成员
map-other = { $name }：观察员或伙伴
map-legend-member = 成员
map-legend-other = 观察员或伙伴
map-legend-neither = 均不是
map-count = { $name }：{ $count } 个论坛
map-step-none = 无
map-step-range = { $from }至{ $to }
map-step-more = { $from } 个及以上

## 国家和领土
areas-title = 国家和领土
areas-download = 将此列表下载为 CSV
areas-caption = 国家和领土及其在{ $day }参与的论坛数目
areas-name = 名称
areas-code = 代码
areas-region = 区域
areas-fora = 论坛
area-names = 名称
area-name-in = { $language }：
area-m49-code = M49 代码
area-m49-regions = M49 区域
area-takes-part = 在{ $day }参与 { $count } 个论坛
area-undated = 另有 { $count } 个论坛的来源提及该国家或领土，但未注明日期，因此未计入该日期（下文标注为“日期未记录”）。
area-timeline-title = { $name }参与论坛的时间线（{ $from }至{ $to }）
area-bar-title = { $forum }，{ $role }：{ $period }
area-timeline-caption = 每个条块代表一项成员资格，标有论坛的缩写或名称，排列顺序与下表相同；在{ $day }有效的条块颜色较深；竖线标示{ $day }。未记录起始日期的成员资格从坐标轴起点开始绘制。
area-memberships-caption = { $name }在各论坛的成员资格（所有期间）
area-forum = 论坛
area-category = 类别
area-on = { $day }当日
area-machine-readable-html = 机器可读格式：<a href="{ $href }">{ $name }的 JSON 数据</a>。

## 论坛列表
fora-title = 论坛
fora-q = 名称、缩写或曾用名
fora-category = 类别
fora-any = 不限
fora-region = 区域（M49）
fora-theme = 主题
fora-status = 状态
fora-status-any = 现存或已解散
fora-status-active = 在该日期存在
fora-status-dissolved = 已解散
fora-md-option = 移民与发展：{ $status }
fora-on-date = 日期
fora-date-hint = 某一年、某个月或某一天：2010、2010-06、2010-06-30
fora-sort = 排序方式
fora-sort-default = 最佳匹配或名称
fora-sort-name = 名称
fora-sort-established = 成立年份
fora-sort-members = 成员最多
fora-sort-relevance = 最佳匹配
fora-also-show = 同时显示
fora-website = 网站
fora-show = 显示论坛
fora-total-html = 有 { $count } 个论坛符合条件，按{ $day }的情况计算。<a href="{ $href }" download>将这些论坛下载为 CSV</a>（电子表格，包含所有行及所显示的各列）。
fora-other-times = 按各论坛在{ $day }所属的类别列出。以下论坛在其他时期也曾属于“{ $category }”，未计入上述数目：
fora-other-times-how = 如需将其计入，请在相应年份中选择一个日期。
fora-caption = 论坛及其在{ $day }的成员
fora-acronym = 缩写
fora-members = 成员
fora-matched = 匹配项：{ $name }
fora-open = 向所有各方开放
fora-suspended = （{ $count } 个被暂停资格）
fora-undated = （另有 { $count } 个日期未记录）
fora-dates-not-recorded = （日期未记录）
fora-next = 下一页

## 最新更改，每项一句
change-other = { $op ->
    [create] 已添加一条记录。
    [delete] 已删除一条记录。
   *[update] 已更新一条记录。
}

## 首页
home-title = 关于移民问题的国家间对话
home-heading = 关于移民问题的国家间对话，一站汇集
home-lede = Agora 汇集区域移民问题协商进程（区域协商进程）、区域间论坛、区域组织及其移民问题机构以及全球移民与发展论坛的全貌：哪些方面参与、自何时起参与，并注明每项事实的来源。
home-find = 查找国家、论坛、组织或文件
home-find-placeholder = 埃塞俄比亚、科伦坡进程、汇款……
home-browse-html = 或浏览<a href="{ $areas }">所有国家和领土</a>、<a href="{ $fora }">所有论坛</a>或<a href="/documents">文献库</a>。
home-fora-on = { $day }的论坛
home-counts-html = 在该日期，共有<a href="{ $href }">{ $fora } 个论坛</a>存在；{ $memberships } 项成员资格有效；登记册收录了 { $areas } 个国家和领土。
home-by-category = { $day }按类别分列的论坛
home-world = 各国参与的论坛数目
home-same-as-table = 以表格形式显示的相同数据（{ $count } 个国家和领土）
home-states-caption = 各国在{ $day }参与的论坛
home-latest = 最新更改
home-no-changes = 尚无更改记录。
home-map-title = 世界地图：各国在{ $day }参与的论坛数目
home-map-svg-title = 各国在{ $day }参与的论坛数目

## 组织
orgs-title = 组织
orgs-lede = 担任论坛秘书处、观察员或伙伴的国际组织和区域组织。
orgs-caption = 各组织及其在论坛中担任或曾担任的角色数目
orgs-acronyms = 缩写
orgs-kind = 类型
orgs-roles = 角色
org-other-names = 其他名称
org-roles = 在论坛中的角色
org-no-roles = 无角色记录。
org-roles-caption = { $name }担任或曾担任秘书处、观察员或伙伴的论坛
org-note = 备注

## 版本历史
history-title = { $name }的版本历史
history-covers-forum = 本论坛概况及其成员、主席和秘书处的每一次更改，
history-covers-record = 本记录的每一次更改（成员资格的更改见各论坛的版本历史），
history-how-html = 按时间由近及远排列，并按角色注明更改者。<a href="{ $href }">返回{ $name }</a>。
history-none = 无更改记录。
history-version = { $op ->
    [create] { $what }由{ $by }添加
    [delete] { $what }由{ $by }删除
   *[update] { $what }由{ $by }更改
}
history-fields = { $count } 个字段
history-field = 字段
history-before = 更改前
history-after = 更改后
history-what-forum = 论坛概况
history-what-membership = 条目 { $id }
history-what-document = 文件 { $id }
history-what-report = 错误报告 { $id }
history-what-meeting = 会议 { $id }
history-what-area = 国家记录
history-what-organisation = 组织记录
history-by-secretariat = { $forum }秘书处
history-by-focal-point = { $area }的协调人
history-by-editor = 一名编辑
history-by-admin = 一名管理员
history-by-published = { $who }（由编辑发布）
history-by-builtin = 内置数据集
history-by-import = 数据导入

## 信息可靠程度
provenance-title = 信息可靠程度：登记册所载事实的来源
provenance-heading = 每项事实的可靠程度
provenance-lede-html = Agora 中的每个论坛和每项成员资格均注明来源。只有在至少一个来源为原始来源时，一项事实才视为<strong>已核实</strong>；原始来源指论坛或其秘书处的网站、政府间组织的网站、政府网站或官方公报，或 2009 年背景文件。百科全书、文件镜像和新闻本身均不足以核实一项事实。超过 { $days } 天未经核查的事实视为<strong>过时</strong>。
provenance-by-state = 按核实状态分列的事实
provenance-by-state-caption = 按核实状态和最近核查时间分列的论坛和成员资格
provenance-state = 状态
provenance-facts = 事实
provenance-verified = 已核实
provenance-unverified = 未核实
provenance-stale = 过时（从未核查，或上次核查在 { $days } 天以前）
provenance-never-checked = 从未核查
provenance-by-source = 按最佳来源分列的事实
provenance-by-class-caption = 按来源中最佳发布者类型分列的事实
provenance-publisher = 发布者类型
provenance-by-host-caption = 被最多事实引用的来源网站
provenance-site = 网站
provenance-citing = 引用该网站的事实
provenance-by-year-caption = 按最近核查年份分列的事实
provenance-last-checked = 最近核查
provenance-queue = 下一步待核实的事实（{ $count }）
provenance-queue-how = 未核实和过时的事实：从未核查的排在最前，其次按上次核查时间由远及近排列，未核实的排在已核实的之前。登录后，可在任何论坛页面报告错误并附上来源；编辑会审核每一份报告。
provenance-queue-first-html = 此处列出前 { $count } 项；<a href="{ $href }">API</a> 可逐页列出全部事实。
provenance-queue-caption = 下一步待核实的事实
provenance-fact = 事实
provenance-best-source = 最佳来源
provenance-kind-forum = 论坛
provenance-kind-membership = 成员资格
provenance-never = 从未
provenance-class-primary = 原始来源
provenance-class-encyclopedia = 百科全书
provenance-class-mirror = 文件镜像
provenance-class-staging = 网站预览副本
provenance-class-other = 其他

## API 页面
api-title = API 参考
api-lede-html = JSON API 位于 <code>/api/v1</code> 下；其 OpenAPI 3.1 说明位于 <a href="/api/openapi.json">/api/openapi.json</a>。列表返回 <code>{"{"}"results": [...], "next_cursor": ...{"}"}</code>；错误以 RFC 9457 问题详情（<code>application/problem+json</code>）形式返回，并带有固定不变的 <code>code</code>。
api-no-script-html = 交互式参考需要 JavaScript；不使用 JavaScript 时，<a href="/api/openapi.json">OpenAPI 文档</a>也说明了每个端点。
