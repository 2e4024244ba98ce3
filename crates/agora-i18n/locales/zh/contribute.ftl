# 贡献：对论坛（其条目、其概况）提出修改建议、报告错误、通过电子表格提出修改建议、
# 个人贡献和审核队列、单项贡献及其各个步骤；表单填写中的错误。

## 人员和操作的文字表述
who-role = { $kind ->
    [admin] 一名管理员
    [editor] 一名编辑
    [researcher] 一名研究人员
    [reviewer] 第{ $of }号征集的评审人
    [secretariat] { $of }秘书处
    [focal_point] { $of }的协调人
   *[other] {""}
}
contribution-status = { $status ->
    [draft] 草稿：提交之前编辑看不到
    [submitted] 已提交：等待编辑处理
    [in_review] 编辑审核中
    [changes_requested] 已退回：编辑要求修改
    [published] 已发布：修改已载入登记册
   *[withdrawn] 已撤回
}
contribution-action = { $action ->
    [create] 提出了此项贡献
    [publish] 发布了此项贡献
    [request_changes] 退回了此项贡献，要求修改
    [start_review] 开始审核此项贡献
    [withdraw] 撤回了此项贡献
    [comment] 发表了意见
    [submit] 提交了此项贡献供审核
    [edit] 修订了此项贡献
    [rebase] 将此项贡献同步到了当前版本
   *[other] { $action }
}
contribution-step = { $step ->
    [submit] 提交审核
    [start_review] 开始审核
    [request_changes] 要求修改
    [publish] 发布
   *[withdraw] 撤回
}
entry-between = { $start }至{ $end }
entry-since = 自{ $start }起
entry-until = 至{ $end }止
entry-no-dates = 未提供日期
entry-sources = { $count ->
   *[other] 来源：
}
field-name = { $path ->
    [name_en] 英文名称
    [acronyms] 缩写
    [established] 成立时间
    [dissolved] 解散时间
    [summary] 概要
    [objectives] 目标
    [sources] 来源
    [start_date] 起始日期
    [end_date] 截止日期
    [role] 角色
   *[note] 备注
}

## 表单
form-read-as = 识别为{ $date }（{ $iso }）。
form-mistakes = 有 { $count } 处需要更正
form-kept = 您输入的内容保留如下。
mistake-date = “{ $typed }”无法识别为日期：{ $why }
mistake-source = 来源须为说明该事实的网页地址，以 https:// 开头
mistake-forum-name = 论坛须有名称
mistake-no-entry = 本论坛没有此条目
mistake-who = 请说明参与方：输入国家、组织或论坛的名称
mistake-who-unknown = 没有名为“{ $typed }”的国家、组织或论坛：请从输入时提示的选项中选择一个
mistake-who-near = “{ $typed }”与已知名称不完全相符；您指的是否是{ $names }？
mistake-role = 请选择角色
mistake-role-offered = 请从所提供的角色中选择一个
mistake-end-before-start = 结束日期早于开始日期
mistake-no-source = 此条目尚无来源：请提供说明该事实的网页地址
mistake-new-needs-source = 新条目须有来源：即说明该事实的网页地址
proposal-comment = 致编辑的意见
proposal-draft = 保存为草稿
proposal-submit = 提交审核

## 条目的字段
entry-who = 参与方
entry-who-hint = 国家、组织或论坛：开始输入其名称（日本、国际移民组织、科伦坡进程），然后从提示中选择。
entry-name-option = { $kind ->
    [state] 国家 · { $code }
    [organisation] 组织 · { $code }
   *[forum] 论坛 · { $code }
}
entry-choose-role = 选择角色
entry-from = 起始日期
entry-from-hint = 年份、月份或日期，按您的书写习惯填写：2025、Nov 2025、2025-11-04。如来源未提供日期，请留空。
entry-until-label = 截止日期
entry-until-hint = 如仍然有效，请留空。

## 论坛概况的字段
profile-acronyms = 缩写（以逗号分隔）
profile-date-hint = 年份、月份或日期：2002、Oct 2002、2002-10-15。
profile-objectives = 目标（每行一项）

## 提出修改建议
propose-title-correct = 更正您的建议 — 对{ $name }提出修改建议
propose-lede-html = 编辑会审核您提出的建议，并确切看到其改动之处；在编辑发布之前，任何内容都不会对公众公开。您可以保存草稿，稍后再提交。<a href="{ $href }">返回论坛</a>。
propose-on-this-page-html = 本页内容：<a href="#entry">成员、主席和秘书处</a> · <a href="#profile">论坛概况</a>。
propose-entries = 成员、主席和秘书处
propose-entries-lede = 添加条目（新成员或新观察员、新任期的主席），或更正现有条目。
propose-entry = 条目
propose-entry-hint = 如需更正条目，请选择该条目，并仅填写需要更改的内容：留空的内容将保持原有记录不变。
propose-new-entry = 新条目
propose-entry-option = { $member } — { $role }（{ $period }）
propose-source-hint = 说明该事实的网页地址（新条目须提供）。
propose-title-field = 建议标题（可选）
propose-comment = 致编辑的意见（可选）
propose-send = 提交审核

## 报告错误
report-title = 报告{ $name }中的错误
report-thanks-html = <strong>谢谢。</strong>您的报告（第 { $n } 号贡献）已列入编辑的审核队列；编辑将核查来源并更正记录。
report-back-to = 返回{ $name }
report-lede-html = 请说明错误之处，并提供可查阅正确事实的网页地址：论坛自己的网站、宣言或官方网页。在作出任何更改之前，编辑会审核每一份报告。<a href="{ $href }">返回论坛</a>。
report-not-sent-html = <strong>报告未发送。</strong>{ $field }：{ $message }
report-what = 错误之处
report-send = 发送报告

## 通过电子表格
spreadsheet-title = 通过电子表格提出修改建议
spreadsheet-lede-html = 可在电子表格中维护论坛的成员或论坛本身的条目：将其下载为 CSV（<code>agora export --format csv</code> 会写出 <code>fora.csv</code> 和 <code>memberships.csv</code>，其中包含本表单读取的各列），修改所需的行，为新成员添加行（将其 <code>id</code> 留空），然后在此上传该文件。与现有记录不同的每一行都将纳入同一项贡献：编辑会一并审核这些行，这些行要么全部发布，要么全部不发布。一个文件只能包含论坛或成员资格，且仅限于由您担任秘书处的论坛。<a href="/contributions">返回我的贡献</a>。
spreadsheet-file = CSV 文件
spreadsheet-doc-title = 标题（留空则以第一条记录命名）

## 贡献列表
contributions-mine-lede = 您提出的修改建议，以及针对由您担任秘书处的论坛提出的修改建议。
contributions-review-lede = 等待编辑处理的贡献。在编辑发布之前，任何内容都不会对公众公开。
contributions-spreadsheet-html = <a href="{ $href }">通过电子表格提出修改建议</a>（以 CSV 格式提供论坛的成员或论坛本身的条目）。
contributions-none = 没有符合条件的贡献。
contributions-count = { $count } 项贡献
contributions-contribution = 贡献
contributions-proposed-as = 提出者身份
contributions-last-step = 最近一步

## 单项贡献
contribution-saved-html = <strong>已保存为草稿。</strong>编辑目前还看不到：您可以继续修改，或使用本页底部的按钮提交审核。
contribution-sent-html = <strong>已提交审核。</strong>接下来：
contribution-next-1 = Agora 的一名编辑会阅读此项贡献并核查其来源。
contribution-next-2 = 编辑会将其发布，登记册随即显示该修改及其来源；或者将其退回，并在意见中说明需要修改之处。
contribution-next-3-html = 处理进展会通知您：见<a href="/account">您的账户页面</a>，其中列出了<a href="/contributions">您的贡献</a>。
contribution-next-3-mail-html = 处理进展会通知您：通过电子邮件，并显示在<a href="/account">您的账户页面</a>上，其中列出了<a href="/contributions">您的贡献</a>。
contribution-records = 记录
contribution-records-together = { $count } 条记录，一并发布
contribution-proposed-by = 提出者
contribution-revise = 修订建议
contribution-stale = { $count ->
   *[other] 自起草此项贡献以来，其所修改的记录已发生变化：须先将其同步到记录的当前版本，才能发布。
}
contribution-rebase = 同步到当前版本
contribution-what-it-changes = 修改内容
contribution-adds = 添加：
contribution-changes = 更改：
contribution-was = 原为：
contribution-entry-changed-since = （该条目此后已有变化）
contribution-changed-since = （此后已有变化）
contribution-record = { $new ->
    [true] { $entity ->
        [forum] 新论坛
        [document] 新文件
       *[membership] 新条目
    }
   *[false] { $entity ->
        [forum] 该论坛
        [document] 该文件
       *[membership] 该条目
    }
}
contribution-nothing-differs = 没有任何差异。
contribution-every-field = 所存储的全部字段（{ $count }）
contribution-fields-changed = 所修改的字段（{ $count }）
contribution-fields-of-html = <code>{ $id }</code> 的 { $count } 个字段
contribution-same-file = 文献库中已有同一文件，即：
contribution-same-file-how = 发布后，此次上传的内容将作为共用该文件的另一份文件添加；如果它与上述文件之一重复，请将其退回或不予发布。
contribution-file-text = 文件文本
contribution-steps = 步骤和意见
contribution-comment = 意见
contribution-comment-only = 仅发表意见
contribution-withdraw = 撤回此项发布
contribution-withdraw-how = 撤回会将该修改从登记册中移除。请在意见中说明理由。
contribution-why = 理由
revise-title = 修订：{ $title }
revise-lede-html = 修改此项贡献所提出的内容。编辑会看到新版本和您的意见。<a href="{ $href }">返回该贡献</a>。
revise-source = 另一来源（网址）
revise-send = 保存并提交审核
revise-save = 保存
profile-name-in = { $language ->
    [ar] 阿拉伯文名称
    [zh] 中文名称
    [fr] 法文名称
    [ru] 俄文名称
   *[es] 西班牙文名称
}
profile-summary-in = { $language ->
    [ar] 阿拉伯文概要
    [zh] 中文概要
    [fr] 法文概要
    [ru] 俄文概要
   *[es] 西班牙文概要
}
profile-objectives-in = { $language ->
    [ar] 阿拉伯文目标（每行一项）
    [zh] 中文目标（每行一项）
    [fr] 法文目标（每行一项）
    [ru] 俄文目标（每行一项）
   *[es] 西班牙文目标（每行一项）
}
spreadsheet-title-of = 通过成员电子表格对{ $name }的成员提出修改建议
spreadsheet-of-forum-html = 请从<a href="{ $href }">成员电子表格</a>（包含过去和现在的每一行）着手，修改所需的行并添加新行；只有与现有记录不同的行才会纳入建议。请先保存为草稿，确切查看其改动之处，然后再提交审核。属于其他论坛的行将被拒绝。
spreadsheet-other-forum = 此行属于 { $other }：此电子表格仅修改 { $forum } 的记录
forum-propose-spreadsheet = 通过成员电子表格提出修改建议
