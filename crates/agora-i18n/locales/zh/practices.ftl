# 良好做法和经验教训（第 20 号议题）：已发布的做法、做法征集、
# 同行评审以及编辑的决定。

## 记录及其规则
id-not-practice = “{ $input }”不是有效的良好做法标识：{ $rule }
record-not-practice = 不是良好做法：{ $error }
history-what-practice = 良好做法 { $id }
practice-english-required = 须有英文版本
practice-too-many = 最多允许 { $most } 项
practice-where = 请至少列出一个应用过该做法的论坛或国家
practice-named-twice = 重复列出
practice-period-order = 结束时间早于开始时间
practice-evidence-empty = 证据须为文献库中的文件、网址或数据
store-practice-taken = 标识 { $id } 已被另一项做法使用
change-practice-added = 新的良好做法：{ $title }
change-practice-updated = 良好做法已更正：{ $title }
change-practice-removed = 一项良好做法已删除：{ $title }
review-criterion-missing = 评分标准中的每项标准都须评分
review-criterion-unknown = 不是评分标准中的标准：请使用 applied、relevant、effective、coherent、innovative、replicable 或 sustainable
review-score-range = 分数须在 { $lowest } 至 { $highest } 之间
review-comment-empty = 请在评语中说明理由
review-affiliation = “{ $input }”不是所属方：请使用 state:ISO3、forum:ID 或 organisation:NAME

## 拒绝
practice-call-editors = 只有编辑才能发起征集、邀请评审人并作出决定
practice-call-title = 标题须为 1 至 300 个字符
practice-no-such-account = 没有电子邮件地址为 { $email } 的账户：账户由管理员创建
practice-not-invited = 您未受邀评审此次征集的做法
practice-accepted-already = 您已接受此邀请
practice-review-not-yours = 同行评审摘要在做法发布时撰写
practice-submitters = 做法由论坛秘书处、国家协调人或编辑提交
practice-call-closed = 此次征集已于{ $deadline }截止
practice-not-yours = 您只能为您所代表的论坛和国家提交做法
practice-not-returned = 只有退回给您的做法才能再次提交
practice-contacts-not-yours = 只有做法的提交人或编辑才能删除其联系方式
practice-decision = “{ $typed }”不是决定：请使用 publish、return 或 reject
practice-accept-first = 请先接受邀请，并说明您的所属方
practice-not-in-review = 该做法不在评审中
practice-declared-already = 您已就该做法作出声明
practice-enough-reviewers = 该做法所需的评审人已经齐备
practice-conflict = 存在利益冲突：该做法提及您的所属方（{ $affiliation }）；编辑可允许您评审
practice-conflict-declared = 您已声明存在利益冲突；编辑可允许您评审该做法
practice-scored-already = 您已为该做法评分
practice-declare-first = 请先声明您不存在利益冲突
practice-override-reason = 请说明理由，1 至 1000 个字符
practice-not-a-reviewer = { $email } 不是此次征集的评审人
practice-overridden-already = 该评审人已获准评审
practice-reviews-missing = 所需的评审意见尚未全部提交
practice-not-an-object = 做法应为由其字段构成的 JSON 对象
practice-own = 此做法由您提交：应由他人评审
practice-not-declared = 该评审人尚未就本轮作出声明，或已评分
practice-no-longer-valid = 该做法已无法通过检查（{ $field }：{ $said }）：请退回提交人

## 已发布的做法
site-nav-practices = 良好做法
search-what-practice = 良好做法
practices-title = 良好做法和经验教训
practices-lede = 各论坛和各国采取了哪些做法、取得了哪些成果及其证据、哪些做法未奏效，以及再次实施需要具备哪些条件。每项做法或经做法征集后的同行评审，或注明其出处。
practices-forum = 论坛
practices-state = 国家
practices-theme = 主题
practices-none = 尚未发布任何良好做法。
practices-none-filtered = 没有符合条件的已发布良好做法。
practices-all = 所有良好做法
forum-practices = 良好做法
practice-peer-reviewed = 经同行评审。
practice-from-sources = 取自其出处。
practice-fora = 论坛
practice-states = 国家
practice-themes = 主题
practice-period = 时间
practice-period-from-to = { $from }至{ $to }
practice-period-from = 自{ $from }起
practice-period-to = 至{ $to }止
practice-cost-label = 成本
practice-cost = { $band ->
    [low] 低：在现有预算内
    [medium] 中：一个获得资助的项目
    [high] 高：跨越多年或多国的方案
   *[unknown] 不详
}
practice-partners = 合作伙伴
practice-licence = 文本许可协议
practice-field = { $field ->
    [context] 背景
    [done] 采取的行动
    [results] 成果
    [lessons] 经验教训，包括未奏效之处
   *[replication] 再次实施的条件
}
practice-evidence = 证据
practice-evidence-paragraph = { $title }，第 { $paragraph } 段
practice-no-sources = 该做法通过做法征集提交；其证据见上文。
practice-review-title = 同行评审
practice-reviewed-by = { $count ->
   *[other] 经 { $count } 位同行评审；于{ $day }发布，响应
}
practice-call-number = 第 { $number } 号征集
practice-rubric-caption = 评分标准：各项标准的平均得分（满分 5 分）
practice-criterion-col = 标准
practice-mean-col = 平均得分
practice-criterion = { $criterion ->
    [applied] 实际应用
    [relevant] 相关性
    [effective] 有效性（有证据支持）
    [coherent] 与《全球契约》和人权的一致性
    [innovative] 创新性
    [replicable] 可复制性
   *[sustainable] 可持续性
}
practice-not-reviewed = 未经同行评审：根据其所引出处收录。
practice-contacts = 联系人
practice-contacts-sign-in = 联系人信息仅向已登录用户显示。
practice-no-contacts = 未保存任何联系方式。
practice-contacts-remove = 删除这些联系方式
practice-cite-publisher = Agora：关于移民问题的国家间对话平台

## 做法征集
practice-calls-title = 做法征集
practice-calls-lede = 编辑就某一主题发起做法征集。秘书处和协调人提交做法；受邀评审人声明有无利益冲突并评分；由编辑作出决定。
practice-calls-none = 尚无做法征集。
practice-call-col = 标题
practice-deadline = 截止日期
practice-call-closed-mark = 已截止
practice-call-open = 发起征集
practice-call-questions = 问题
practice-call-questions-hint = 每行一个问题。
practice-call-no-questions = 除做法本身外，此次征集未提出其他问题。
practice-call-how = 提交的做法在发布之前，仅供提交人、此次征集的评审人和编辑阅读。至少由两名评审人评分；如两人评分相差悬殊，则再请第三名评审人评分。
practice-submit = 提交做法
practice-revise = 修改后重新提交
practice-resubmit = 重新提交
practice-submit-to = 响应
practice-reviewing = 评审
practice-accepted-as = 您以{ $affiliation }代表的身份评审此次征集的做法。
practice-invited = 您受邀评审此次征集的做法。请说明您代表哪一方：提及您所在国家或论坛的做法不应由您评审。
practice-affiliation-kind = 所属方类型
practice-affiliation-state = 国家
practice-affiliation-forum = 论坛
practice-affiliation-organisation = 组织
practice-affiliation = 所属方
practice-affiliation-hint = 国家的 ISO 代码（NPL）、论坛的标识（colombo-process）或组织的名称。
practice-accept = 接受
practice-yours = 您提交的做法
practice-submissions = 提交的做法
practice-status-col = 状态
practice-round-col = 轮次
practice-status = { $status ->
    [submitted] 评审中
    [returned] 已退回提交人
    [published] 已发布
   *[rejected] 已拒绝
}
practice-reviewers = 评审人
practice-reviewer-col = 评审人
practice-no-reviewers = 尚未邀请评审人。
practice-not-accepted = 尚未接受邀请
practice-invite-email = 账户的电子邮件地址
practice-invite = 邀请评审
practice-title-en = 标题（英文）
practice-summary-en = 摘要（英文）
practice-from = 开始（YYYY、YYYY-MM 或 YYYY-MM-DD）
practice-to = 结束
practice-evidence-url = 证据：网址
practice-evidence-note = 证明了什么
practice-contacts-hint = 仅向已登录用户显示；您可随时要求删除。
practice-contact-name = 姓名
practice-contact-role = 职务
practice-contact-email = 电子邮件

## 提交的做法及其评审
practice-stage = 评审
practice-stage-reviewing = 已收到 { $done } 份评审意见，共需 { $needed } 份
practice-stage-third = 两份评审意见相差悬殊：已请第三名评审人评审
practice-stage-ready = 评审意见已齐备：由编辑作出决定
practice-answers = 对征集问题的答复
practice-reviews = 评审意见
practice-no-reviews = 尚无评审意见。
practice-review-heading = 第 { $round } 轮，评审人 { $number }
practice-review-mine = 您的评审
practice-review-declared = 已声明无利益冲突；尚未评分。
practice-review-blind = 已评分；待您本人的评审意见和所需评审意见全部提交后显示。
practice-review-total = 总分：{ $total }（满分 35 分）
practice-score-col = 分数
practice-comment-col = 评语
practice-declare = 声明
practice-declare-question = 您与该做法是否存在利益冲突？
practice-declare-none = 不存在利益冲突
practice-declare-some = 存在利益冲突
practice-declare-statement = 冲突内容
practice-score = 提交评审意见
practice-override = 允许存在利益冲突的评审人评审
practice-override-reason-label = 理由
practice-release = 解除尚未评分的评审人
practice-release-hint = 随后可由本次征集的另一位评审人代为评审。
practice-decide = 决定
practice-decision-publish = 发布
practice-decision-return = 连同评审意见退回
practice-decision-reject = 拒绝
practice-decision-note = 备注
practice-history = 历史记录
practice-event = { $event ->
    [submitted] 已提交
    [resubmitted] 修改后再次提交
    [declared] 一名评审人声明无利益冲突
    [refused] 一名评审人因利益冲突被拒
    [override] 编辑允许一名存在利益冲突的评审人评审
    [reviewed] 收到一份评审意见
    [third_asked] 已请第三名评审人评审
    [returned] 已连同评审意见退回
    [published] 已发布
    [rejected] 已拒绝
    [contacts_removed] 其联系方式已删除
    [released] 一名编辑解除了一位尚未评分的评审人
   *[other] { $event }
}
