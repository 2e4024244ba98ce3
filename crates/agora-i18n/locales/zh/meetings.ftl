## 会议日程和单次会议页面。

site-nav-meetings = 会议
meetings-title = 会议
meetings-lede = 谁在何处开会、邀请了谁、取得了哪些成果：各论坛的会议，按时间由近及远排列。
meetings-q = 标题、主题或地点中的词语
meetings-when = 时间
meetings-when-all = 以往和即将举行
meetings-when-upcoming = 即将举行
meetings-when-past = 以往
meetings-forum = 论坛
meetings-state = 参与国
meetings-kind = 会议类型
meetings-year = 年份
meetings-none = 没有符合这些筛选条件的会议。
meetings-count = { $count } 次会议
meetings-count-page = { $count } 次会议，本页显示 { $shown } 次
meetings-col-dates = 日期
meetings-col-meeting = 会议
meetings-col-place = 地点
meetings-all = 所有会议
meeting-place = { $city }（{ $country }）
meeting-held-by = 所属论坛
meeting-status = 状态
meeting-status-since = 自{ $date }起
meeting-part-of = 隶属于
meeting-host = 东道方
meeting-chairs = 主席
meeting-theme = 主题
meeting-participants = 参与方
meeting-agenda = 议程
meeting-parts = 分会和相关会议
meeting-documents = 成果文件
meeting-no-documents = 文献库中没有本次会议的成果文件。
meeting-note = 备注
meeting-sources = 来源
meeting-verified = 已根据原始来源核实。
meeting-unverified = 尚未根据原始来源核实。
meeting-kind-ministerial = 部长级会议
meeting-kind-senior-officials = 高级官员会议
meeting-kind-technical = 技术会议
meeting-kind-workshop = 讲习班
meeting-kind-training = 培训
meeting-kind-global-rcp-meeting = 区域协商进程全球会议
meeting-kind-gfmd-summit = 移民与发展全球论坛峰会
meeting-kind-gfmd-roundtable = 移民与发展全球论坛圆桌会议
meeting-kind-civil-society-days = 民间社会日
meeting-kind-other = 其他会议
meeting-status-scheduled = 已排定
meeting-status-held = 已举行
meeting-status-postponed = 已推迟
meeting-status-cancelled = 已取消
meeting-role-participant = 参与方
meeting-role-observer = 观察员
meeting-role-guest = 受邀方
meeting-role-speaker = 发言方
forum-meetings = 会议
forum-meetings-none = 尚无本论坛的会议记录。
forum-meetings-all = { $name }的所有会议
area-meetings = 会议
area-meetings-none = 尚无该国参与的会议记录。
meetings-feed-all = Agora：会议
meetings-feed-forum = Agora：{ $name }的会议
meetings-feed-state = Agora：{ $name }参加的会议
meetings-feed-description = { $kind }。所属论坛：{ $fora }。
meetings-subscribe = 订阅这些会议（iCalendar）

## 提议会议或对会议的更正。

forum-propose-meeting = 提议一次会议
meeting-propose-correction = 提议更正此会议
meeting-propose-title = 提议{ $name }的一次会议
meeting-correct-title = 提议更正：{ $title }
meeting-revise-title = 修改：{ $title }
meeting-propose-lede-html = 您提交的内容经编辑审核后才会出现在日历和<a href="{ $href }">论坛页面</a>上。请填写来源所述内容；来源未提及的请留空。
meeting-field-title = 标题（英文）
meeting-field-titles-other = 其他联合国语文的标题
meeting-title-in = { $language ->
    [ar] 阿拉伯文标题
    [zh] 中文标题
    [fr] 法文标题
    [ru] 俄文标题
   *[es] 西班牙文标题
}
meeting-choose-kind = 选择会议类型
meeting-choose-status = 选择会议状态
meeting-field-also-held-by = 共同举办方
meeting-field-also-held-by-hint = 共同举办该会议的其他论坛，每行一个。您只能为您有权提交内容的论坛提议联合会议。
meeting-field-status-since = 状态起始日期
meeting-field-start = 首日
meeting-field-end = 末日
meeting-field-end-hint = 会期仅一天的请留空。
meeting-field-city = 城市
meeting-field-country = 国家
meeting-field-venue = 会场
meeting-field-host-hint = 按来源的说法填写，例如“希腊政府”。
meeting-field-hosts = 东道方
meeting-field-parties-hint = 国家、组织或论坛，每行一个，使用 Agora 所用的名称。
meeting-field-chairs-hint = 每行一人，按来源中的称呼填写。
meeting-field-participants = 与会方
meeting-field-observers = 观察员
meeting-field-guests = 嘉宾
meeting-field-speakers = 发言者
meeting-field-agenda-hint = 每行一个议程项目。
meeting-field-summary = 摘要
meeting-field-documents-none-html = 资料库中还没有您可查看的该论坛文件：请先<a href="{ $href }">上传一份</a>，然后返回此处。
meeting-field-documents-hint-html = 资料库中由该会议产生的文件。还没有？请先<a href="{ $href }">上传</a>。
meeting-part-of-none = 不属于其他会议
meeting-option = { $title }（{ $dates }）
meeting-field-source-hint = 说明该会议已举行或已计划的网页地址，以 https:// 开头
mistake-meeting-title = 会议须有英文标题
mistake-meeting-kind = 请从所列会议类型中选择一个
mistake-meeting-status = 请从所列状态中选择一个
mistake-meeting-not-yours = 您无权为{ $name }提交内容：联合会议须由有权为每个共同举办论坛提交内容的人提议
mistake-not-a-forum = “{ $typed }”不是论坛
mistake-not-a-state = “{ $typed }”不是国家
mistake-meeting-party-twice = { $name }出现在两个角色中：每个与会方只能有一个角色
mistake-meeting-document = 所选文件之一不在资料库中
mistake-meeting-part-of = 请从所列会议中选择一个
mistake-meeting-source = 会议须有来源：说明该事实的网页地址

meeting-times-label = 时间
meeting-times = { $start }–{ $end }（{ $zone }）
meeting-time-from = { $start }起（{ $zone }）
meeting-time-until = 至{ $end }（{ $zone }）
meeting-field-start-time = 开幕时间（首日）
meeting-field-end-time = 闭幕时间（末日）
meeting-field-time-hint = 采用24小时制，例如 09:30。不详的请留空。
meeting-field-time-zone = 时区
meeting-field-time-zone-hint = 会议举办地的时区，按时区数据库的名称填写，例如 Asia/Dhaka 或 Europe/Brussels。
mistake-time-zone = “{ $typed }”不是已知的时区：请按时区数据库的写法填写，例如 Asia/Dhaka

meetings-view-list = 以列表显示
meetings-view-month = 按月显示
meetings-months = 月份
meetings-month-prev = 上个月
meetings-month-next = 下个月
meetings-month-more = 另有{ $count }个
meetings-month-undated = 本月另有以下会议，具体日期未记录
meeting-map-title = { $place }在世界地图上的位置
meeting-map-credit-html = 城市位置：<a href="https://www.geonames.org/">GeoNames</a>，CC BY 4.0。
meetings-show = 显示会议
meeting-how-held = 主办
meeting-how-hosted = 东道方
meeting-how-chaired = 主席
org-meetings = 会议
org-meetings-none = 尚未记录该组织参加的会议。
