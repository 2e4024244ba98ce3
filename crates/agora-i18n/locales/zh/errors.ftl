## 输入被拒绝时的说明：依据记录、表单和 API 的规则。
## 占位符按原样显示所提供的内容（标识、字段名称）。

# 并非由 Agora 撰写的文字（程序库的报错），按原样显示。
said-as-given = { $text }
# 两条报错，前后相接。
said-then = { $first }；{ $then }

## 日期

date-not-a-date = “{ $input }”不是日期：{ $why }
date-year-range = 年份超出范围（1800-2200）
date-month-range = 月份须为 01 至 12
date-no-such-day = 该月份没有这一天
date-full-needed = 须填写完整日期 YYYY-MM-DD
date-expected-iso = 应为 YYYY、YYYY-MM 或 YYYY-MM-DD
date-slashed-day = 04/11/2025 这种日期写法在不同国家有不同的理解：请写作 2025-11-04 或 4 Nov 2025
date-write-one = 请填写年份（2025）、月份（2025-11 或 Nov 2025）或日期（2025-11-04 或 4 Nov 2025）

## 记录的规则（导入、建议、agora check）

check-source-required = 须至少有一个来源
check-not-a-url = “{ $url }”不是 http(s) 网址
check-duplicate-id = 标识“{ $id }”重复（另见 { $list }[{ $index }]）
check-end-before-start = 结束日期（{ $end }）早于开始日期（{ $start }）
check-format = 应为“{ $expected }”，实为“{ $found }”
check-version = 此版本的 Agora 读取第 { $expected } 版数据，而所提供的是第 { $found } 版
check-english-name = 须有英文名称
check-names-empty = 名称不得为空
check-id-of-a-forum = “{ $id }”已是某个论坛的标识；论坛和组织共用同一套标识
check-english-label = 须有英文标签
check-gcm-objective = 《安全、有序和正常移民全球契约》的目标为第 1 至 23 项，没有第 { $given } 项
check-name-required = 须至少有一个非空名称
check-category-required = 须有类别
check-not-another-forum = “{ $id }”不是另一个论坛
check-own-parent = 论坛不能是其自身的上级论坛
check-unknown-forum = 未知论坛“{ $id }”
check-unknown-theme = 未知主题“{ $id }”
check-unknown-m49 = 未知 M49 代码 { $code }
check-id-of-an-organisation = “{ $id }”已是某个组织的标识；论坛和组织共用同一套标识
check-parent-loop = 上级论坛链循环回到了本论坛
check-membership-id = 成员资格的标识以其论坛的标识加冒号开头（“{ $forum }:...”）
check-unknown-area = 未知国家或领土代码“{ $id }”
check-unknown-organisation = 未知组织“{ $id }”
check-member-of-itself = 论坛不能是其自身的成员
# $why 为下列 check-starts-/check-ends-/check-no-end- 消息之一，描述该成员资格。
check-membership-outside = 成员资格“{ $id }”{ $why }
check-the-membership-outside = 该成员资格{ $why }
check-starts-before-established = 起始于 { $own }，早于其论坛的成立时间（{ $forum }）
check-ends-before-established = 结束于 { $own }，早于其论坛的成立时间（{ $forum }）
check-starts-after-dissolved = 起始于 { $own }，晚于其论坛的解散时间（{ $forum }）
check-ends-after-dissolved = 结束于 { $own }，晚于其论坛的解散时间（{ $forum }）
check-no-end-but-dissolved = 没有结束日期，但其论坛已于 { $forum } 解散：请最晚以该日期为结束日期
check-role-and-note = 角色为“member”，但备注写的是“{ $other }”：请将每个角色分别列为一行并注明其日期，或更正角色
check-suspension-inside = 暂停期须在该成员资格本身的起止日期之内（已退出的成员不属于暂停）
check-verified-needs-primary = “verified”须至少有一个原始来源（论坛或政府间组织自己的网站、政府网站、官方公报或背景文件）；仅有百科全书、文件镜像和新闻的，事实仍为“unverified”
check-overlap = 与“{ $other }”在时间上重叠，后者是同一成员担任同一角色的另一行：请将两者合并，或为其设定没有共同日期的期间
check-undated-rows = 在其 { $rows } 条成员资格记录中，有 { $undated } 条没有日期，而其余均有日期；在补充日期之前，这些记录不计入任何日期：{ $ids }

## 文献库记录的规则

doc-check-a-version = 文件须至少有一个语文版本
doc-check-second-version = 第二个“{ $lang }”语文版本
doc-check-title = 标题须为 1 至 500 个字符
doc-check-sha256 = 不是小写十六进制的 SHA-256 值
doc-check-file-name = 文件名须为 1 至 255 个字符
doc-check-authors = 作者不得超过 50 位
doc-check-author = 作者名称须为 1 至 300 个字符
doc-check-publisher = 发布者名称须为 1 至 300 个字符
doc-check-abstract = 摘要须为 1 至 5000 个字符
doc-check-forum = 文件须至少属于一个论坛
doc-check-source-url = 须为 http(s) 网址

## 标识、账户、角色和步骤

id-not-forum = “{ $input }”不是有效的论坛标识：{ $rule }
id-not-organisation = “{ $input }”不是有效的组织标识：{ $rule }
id-not-theme = “{ $input }”不是有效的主题标识：{ $rule }
id-not-document = “{ $input }”不是有效的文件标识：{ $rule }
id-not-area = “{ $input }”不是有效的国家或领土代码：{ $rule }
id-not-membership = “{ $input }”不是有效的成员资格标识：{ $rule }
id-not-language = “{ $input }”不是有效的语言代码：{ $rule }
id-rule-slug = 小写拉丁字母、数字和单个连字符，不超过 80 个字符
id-rule-area = 三个大写拉丁字母（ISO 3166-1 alpha-3）
id-rule-membership = 由 1 至 200 个字母、数字及 . _ : - 组成
id-rule-language = 两个或三个小写拉丁字母（ISO 639）
account-not-an-email = “{ $input }”不是电子邮件地址
account-not-an-id = “{ $input }”不是账户编号
password-too-short = 密码须至少有 { $least } 个字符（由几个单词组成的密码较为安全）
password-too-long = 密码最多可有 { $most } 个字符
password-common = 此密码属于最常见的密码之一；请另选一个
password-is-email = 密码不得与账户的电子邮件地址相同
password-guessable = 此密码太容易被猜中（重复字符、连续字符、键盘模式或几个常用单词）；由几个互不相关的单词组成的密码较为安全
role-not-a-role = “{ $input }”不是角色：请使用 admin、editor、researcher、secretariat:FORUM、focal_point:STATE 或 reviewer:CALL
scope-not-a-scope = “{ $input }”不是权限范围：请使用 read、contribute 或 administer
# $state 为 contribution-state-word 的文字，$step 为 contribution-step 的文字。
step-not-from-here = 状态为“{ $state }”的贡献不能执行“{ $step }”这一步骤
step-not-allowed = 此账户无权对此项贡献执行“{ $step }”这一步骤
contribution-state-word = { $state ->
    [draft] 草稿
    [submitted] 已提交
    [in_review] 审核中
    [changes_requested] 已退回修改
    [published] 已发布
   *[withdrawn] 已撤回
}

## 提出的记录

# $field 为记录中的位置（按 API 的名称），$said 为该处的问题。
check-at-field = { $field }：{ $said }
# $error 为 JSON 读取程序的英文报错。
record-not-forum = 不是论坛记录：{ $error }
record-not-membership = 不是成员资格记录：{ $error }
record-not-document = 不是文件记录：{ $error }
record-not-error-report = 不是错误报告记录：{ $error }
record-no-such-forum = 不存在论坛“{ $id }”：贡献只能修改现有论坛
no-such-forum = 不存在论坛“{ $id }”
report-id = 错误报告的标识由“{ $stem }”加一个编号组成
report-what-missing = 请说明错误之处
report-source = 请提供可查阅正确事实的网页的 http(s) 地址
at-most-characters = 最多 { $most } 个字符

## 贡献

token-reads-only = 此 API 令牌只能读取：请创建一个可以进行贡献的令牌
only-secretariat-or-editor = 只有“{ $forum }”的秘书处或编辑才能对其记录提出修改建议
document-uploaded-only = 提出文件须上传其文件：POST /api/v1/documents（multipart）或上传页面；如需更正已上传的文件，请上传更正后的文件
record-names-no-forum = 记录中未指明论坛
record-names-fora = 记录中指明了不止一个论坛：一条记录只属于一个论坛
report-not-a-record = 错误报告须从论坛页面（或通过 report_error）发送，不能作为记录提出
records-none = 请至少提出一条记录
records-too-many = 一项贡献最多包含 { $most } 条记录：请拆分这批记录
records-one-forum = 一项贡献只能修改一个论坛的记录：其他论坛的记录请另行提出
records-twice = 这批记录中已有此记录
report-needs-contribute-scope = 报告错误需要具有 contribute 权限范围的令牌
record-stays-with-forum = 记录始终属于其论坛：贡献不能更改记录的标识或所属论坛
record-id-as-written = 请按该类记录的写法填写记录标识：“{ $id }”
# $kind 为 API 所用的记录类型名称（forum、membership）。
record-not-created = 贡献不能新建 { $kind } 记录：请对现有记录提出修改建议
record-names-another-forum = 记录中指明的是另一个论坛
record-changes-nothing = 此建议没有任何修改：记录已是如此
# $state 为 contribution-state-word 的文字。
contribution-not-editable = 状态为“{ $state }”的贡献不能编辑
contribution-not-rebasable = 状态为“{ $state }”的贡献不能同步到当前版本
contribution-not-revisable = 状态为“{ $state }”的贡献不能修订
contribution-same-record = 贡献须始终修改同一条记录
comment-empty = 请填写意见
step-unknown = 请使用 submit、start_review、request_changes、publish、withdraw 或 comment
comment-what-to-change = 退回贡献时，请说明需要修改之处
contribution-up-to-date = 此项贡献已是最新：无需同步
site-sends-no-mail = 本网站不发送电子邮件：请向网站运营者索取链接
only-contributors-propose = 只有论坛的秘书处或编辑才能对其记录提出修改建议

## 电子表格

spreadsheet-csv-only = 请发送 CSV 文件（.csv），其中各列与 `agora export --format csv` 的输出相同：fora.csv 或 memberships.csv
# $problems 为导入程序的原话（英文）；$more 为其另外发现的问题数。
spreadsheet-problems = { $more ->
    [0] { $problems }
   *[other] { $problems }；另有 { $more } 处
}
spreadsheet-nothing-new = 此文件中没有任何一行与现有记录不同：没有可提出的修改

## 上传

use-true-or-false = 请使用 true 或 false
only-contributors-upload = 只有论坛的秘书处或编辑才能上传文件，可本人操作，也可使用可以进行贡献的 API 令牌
upload-kind-missing = 请说明文件类型
upload-kind-unknown = 请使用 declaration、action_plan、meeting_report、summary_report、background_paper、study、statement、recommendations 或 other
# $said 为 date-not-a-date 消息。
upload-day = { $said }（请使用 YYYY-MM-DD）
upload-date-bad = { $said }（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD）
upload-embargo = 只有仅供参与方查阅的文件才能设定公开日期
upload-visibility = 请使用 public、participants 或 confidential
upload-forum-missing = 请说明文件属于哪个论坛
upload-confidential-unseen = 您本人无权查阅机密文件：请将其作为供论坛参与方查阅的文件上传，或请编辑处理
upload-no-language = 无法根据文本检测语言：请提供语言（ISO 639-1 代码，如 en、fr、es、ar、ru、zh）
upload-unread = 无法读取该文件
extract-empty = 该文件为空
extract-too-large = 文件大于 { $most } MB
# $found 为根据内容判断的文件类型（PDF、DOCX、ZIP）。
extract-mismatch = 文件名表明是 { $extension } 文件，但内容为 { $found }
extract-unsupported = 不读取“.{ $extension }”文件：请使用 .txt、.md、.html、.htm、.docx 或 .pdf
extract-not-read-yet = 可以识别 { $format } 文件，但暂时还无法读取其文本
# $why 为读取程序的英文报错。
extract-bad-docx = 不是可用的 DOCX 文件：{ $why }
extract-bad-pdf = 无法读取该 PDF：{ $why }
extract-not-text = 内容不是文本（二进制数据，或非 UTF-8 编码的文本）
extract-no-text = 文件中未找到文本
# $kinds 列出 API 所用的记录类型名称。
entity-unknown = “{ $entity }”不是记录类型：请使用 { $kinds }

## 现有记录不允许的操作

store-record-elsewhere = 第 { $id } 号贡献只能修改 { $forum } 的记录：此记录属于其他论坛
# $state 为 contribution-state-word 的文字。
store-no-longer = 该贡献的状态已不再是“{ $state }”
store-report-opens = 错误报告不能发起针对 { $kind } 的贡献
store-no-record = 贡献须至少修改一条记录
store-kind-undeclared = 第 { $id } 号贡献修改的是 { $kind }，而此处未声明这类记录
store-stale = 已过时：起草此项贡献以来，{ $kind } { $id } 已发生变化；请先将其同步到当前版本
store-changed-since-published = 此项贡献发布以来，{ $kind } { $id } 已发生变化；无法撤回
store-forum-not-removed = 不能通过贡献删除论坛
store-account-exists = 使用电子邮件地址 { $email } 的账户已存在

## 页面和 API 的参数

param-not-form-encoding = 查询字符串不是有效的表单编码
param-unknown = 未知参数；应为以下参数之一：{ $allowed }
param-twice = 重复提供了多次
# $said 为 date-not-a-date 消息。
param-date = { $said }（应为 YYYY-MM-DD、YYYY-MM 或 YYYY）
param-not-one-of = “{ $value }”不是以下值之一：{ $allowed }
param-not-between = “{ $value }”不是 { $least } 至 { $most } 之间的整数
param-not-flag = “{ $value }”不是“{ $expected }”
param-not-year = “{ $value }”不是 1800 至 2200 之间的年份
param-not-month = “{ $value }”不是月份：请写成 2027-03 的形式
param-not-region = “{ $value }”不是已知的 M49 区域代码
param-years-reversed = 早于 year_from
param-rows-all-as-of = rows=all 不接受 as_of：它涵盖所有日期
cursor-not-ours = 此游标并非本次搜索所提供（请去掉游标重新开始）
cursor-not-this-apis = 此游标并非本 API 返回的游标
cursor-other-sort = 此游标属于另一种排序方式
queue-for-editors = 审核队列供编辑使用
document-not-revised = 已上传的文件不在此修订：请改为上传更正后的文件
api-token-only = 请使用 API 令牌（Authorization: Bearer）通过 API 写入，而不是使用会话 Cookie
# $error 为 JSON 读取程序的英文报错。
body-not-json = 无法读取 JSON 请求正文：{ $error }
entity-forum-or-membership = 请使用 forum 或 membership
record-or-records = 请提供 record 或 records，不能两者同时提供
record-missing = 请提供所提出的记录
upload-not-multipart = 请以 multipart/form-data 格式发送上传内容：{ $error }
upload-multipart-unread = 无法读取 multipart 请求正文：{ $error }
upload-one-file = 每次上传只发送一个文件
upload-no-name = 该文件没有名称
upload-unknown-field = 未知字段；此次上传的字段为 file 以及 { $fields }
upload-field-too-long = 最多 { $most } 字节
upload-not-utf8 = 不是 UTF-8 文本
upload-choose-file = 请选择要上传的文件
param-compare-not-here = 本页面不比较日期：论坛或国家的页面可以比较
form-unread = 无法读取该表单
email-too-long = 电子邮件地址最多 { $most } 个字符
token-cannot-manage = API 令牌不能管理令牌或密码：请登录后操作
form-token-wrong = 表单令牌缺失或有误：请重新加载页面后重试

## 账户、令牌和管理

token-name = 请为令牌命名（1 至 100 个字符），例如以使用它的程序命名
tick-or-leave = 请勾选，或保持不勾选
token-administer-admin-only = 只有管理员的令牌才能进行管理
page-for-administrators = 此页面供管理员使用
token-cannot-change-admin = API 令牌不能更改或停用管理员账户：请登录后操作
token-cannot-give-powers = API 令牌不能创建账户或授予角色：请登录后操作
no-such-state = 不存在国家“{ $id }”
cannot-disable-self = 您不能停用自己的账户
admin-action-unknown = 请使用 grant、revoke 或 disable
audit-outcome-unknown = 请使用 any、ok 或 refused
audit-before = 须为正整数条目编号
# $error 为 JSON 读取程序的英文报错。
proposal-unreadable = 无法读取所存储的建议：{ $error }
propose-forum-or-entry = 请对论坛或其某个条目提出修改建议
check-translation-english = 英文概要和目标即论坛本身的概要和目标，而不是译文
check-translation-empty = 译文须提供概要或目标，且其中任何一项均不得为空

## 为导入或电子表格读取的文件：问题在何处，是什么问题

# 文件中的问题：文件名、在文件中的位置（$at：某条 file-at- 消息）、列或字段、问题内容。
file-problem = { $file }：{ $said }
file-problem-field = { $file }：{ $field }：{ $said }
file-problem-at = { $file }：{ $at }：{ $said }
file-problem-at-field = { $file }：{ $at }：{ $field }：{ $said }
file-at-line = 第 { $line } 行
file-at-line-id = 第 { $line } 行（id { $id }）
file-at-header = 标题行
file-not-utf8 = 该文件不是有效的 UTF-8 文本（偏移量 { $offset } 处的字节无效）
file-unknown-type = 未知文件类型：Agora 可导入 .json 文件（其自有格式或 Popolo 格式）和 .csv 文件（论坛或成员资格）
csv-value-required = 须填写值
csv-not-bool = “{ $value }”不是 true 或 false
# $error 为 CSV 读取程序的英文报错。
csv-unreadable-header = 无法读取 CSV 标题行：{ $error }
csv-missing-column = 缺少“{ $column }”列
csv-unknown-column = 未知列“{ $column }”
csv-column-twice = “{ $column }”列出现了两次
csv-unreadable-row = 无法读取该行：{ $error }
csv-formula-cell = 此单元格在电子表格中会被当作公式执行（以 =、+、-、@ 或制表符开头）：请在其前面加一个撇号（'），使其保留为文本
csv-not-a-period = “{ $value }”不符合 START/END 格式（例如 2009-03/2014-01；仍在持续的期间则写为 2016-12/）
csv-not-m49 = “{ $value }”不是 M49 代码
id-not-meeting = “{ $input }”不是有效的会议标识：{ $rule }
record-not-meeting = 不是会议记录：{ $error }
meeting-no-fora = 会议须至少由一个论坛举行
meeting-forum-twice = 举行该会议的每个论坛只能列出一次
meeting-title-english = 会议须有英文标题
meeting-text-empty = 不得为空
meeting-part-of-itself = 会议不能是其自身的一部分
meeting-hidden-documents = 此会议列有您无权查看的成果文件：由编辑进行更正
time-unreadable = 无法将“{ $typed }”识别为时间：请写成 09:30 的形式
meeting-time-needs-day = 时间须有所在日期：请填写完整日期
meeting-time-needs-zone = 会议时间须注明时区
meeting-unknown-zone = 时区数据库中没有“{ $zone }”
meeting-closes-before-it-opens = 闭幕时间早于开幕时间
check-unknown-document = 未知文件“{ $id }”
check-unknown-meeting = 未知会议“{ $id }”
support-no-forum = 只有论坛秘书处或编辑才能代表该论坛声明支持

metrics-not-allowed = 只有运维人员允许的地址才能读取这些指标
