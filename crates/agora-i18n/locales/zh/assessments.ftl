# 对论坛对照其自身目标所取得成就的评估（第 21 号议题）：工作台的拒绝信息和报告用语。
# 论坛只与其自身比较。

## 拒绝
assessment-editors = 只有编辑才能发起评估、指派研究人员并发布报告
assessment-secretariat = 只有被评估论坛的秘书处才能答复报告草稿
assessment-researchers-only = 只有指派给本评估的研究人员才能开展本评估工作
assessment-year = 年份须在 { $first } 至 { $last } 之间
assessment-period-order = 期间的结束时间早于开始时间
store-assessment-taken = 该论坛已有该期间的评估（{ $id }）
assessment-published = 报告已发布：不再更改
assessment-needs-objectives = 发布前请至少记录一项论坛目标
assessment-changed = 其间有人修改了该评估：请重新阅读后再试
assessment-consent = 受访者的同意范围不包括引用这段摘录
assessment-assigned-already = 该研究人员已被指派
assessment-not-one-of = “{ $typed }”不在以下选项之中：{ $words }
assessment-empty = 此项不能为空
assessment-no-objective = 本评估中没有目标 { $number }
assessment-not-a-researcher = 账户 { $email } 不具有研究人员角色
assessment-range = 第 { $start } 至第 { $end } 个字符不构成长度为 { $length } 个字符的文本中的一段
assessment-no-extract = 该访谈没有第 { $number } 条摘录
assessment-no-interview = 没有可用于本评估的第 { $number } 次访谈
assessment-code-empty = 请至少为该段落标注一个维度或一项目标
assessment-code-source = 请指明一次访谈或文献库中的一份文件
assessment-no-text = 该文件没有 { $lang } 语言的文本
assessment-future = 访谈日期不能晚于今天
assessment-no-paragraph = 该文件没有第 { $number } 段
assessment-serves-none = 请列出该产出所服务的目标
assessment-no-evidence = 请提供变化的证据
assessment-passage-not-found = 该文本中没有这一段落：请完全按原文复制其文字
assessment-not-a-number = “{ $typed }”不是数字
assessment-withdrawn-already = 该访谈已被撤回
assessment-released-already = 该摘录已纳入报告
assessment-document-not-public = 文件 { $id } 不公开：报告只引用任何人都能阅读的内容

## 用语
assessment-word = { $word ->
    [networks] 人际网络
    [trust] 信任与信心
    [understanding] 对移民问题的理解
    [capacity] 能力
    [governance] 移民治理（法律、政策、做法）
    [none] 无贡献迹象
    [limited] 有限
    [moderate] 中等
    [substantial] 显著
    [low] 低
    [medium] 中
    [high] 高
    [claimed] 有人声称
    [plausible] 合理可信
    [documented] 有文件佐证
    [corroborated] 经独立来源证实
    [law] 法律
    [policy] 政策
    [practice] 做法
    [meeting] 会议
    [document] 文件
    [training] 培训
    [tool] 工具
    [joint_project] 联合项目
    [notes_only] 仅作记录，不引用任何内容
    [quotable] 经批准的摘录可匿名引用
    [draft] 草稿
    [published] 已发布
    [opened] 已发起评估
    [assigned] 已指派研究人员
    [objective] 已记录目标
    [output] 已记录产出
    [impact] 已记录影响
    [rating] 已对维度评级
    [method] 已撰写方法和局限
    [interview] 已记录访谈
    [extract] 已标记摘录
    [released] 摘录已纳入报告
    [coded] 段落已编码
    [withdrawn] 访谈已撤回
    [reply] 秘书处的答复
    [for] 支持
    [against] 反对
   *[other] { $word }
}

## 列表
assessments-title = 论坛评估
assessments-lede = 每个论坛在某一期间对照其自身目标取得了哪些成就，并附证据：绝不对各论坛进行排名。
assessments-none = 尚未发布任何评估。
assessments-caption = 评估（按论坛和期间）
assessments-all = 所有评估
assessment-forum-col = 论坛
assessment-period-col = 期间
assessment-status-col = 状态
assessment-open = 发起评估
assessment-from = 起始年份
assessment-to = 结束年份

## 报告
forum-assessments = 对照其自身目标的评估
forum-assessment-of = { $period } 年间的成果
assessment-title = { $forum }，{ $period }：对照自身目标取得的成就
assessment-draft-notice = 草稿：在编辑发布之前，仅供承担评估的研究人员、编辑和该论坛秘书处阅读。
assessment-published-on = 于{ $day }发布。
assessment-own-objectives = 对照论坛为自己设定的目标进行衡量，而不与其他论坛比较：
assessment-objectives = 论坛的目标
assessment-none-yet = 尚无记录。
assessment-outputs = 产出
assessment-kind-col = 类型
assessment-output-col = 产出
assessment-date-col = 日期
assessment-serves-col = 所服务的目标
assessment-impacts = 对各国法律、政策和做法的影响
assessment-impact-heading = { $change }：{ $state }
assessment-objective-col = 目标
assessment-attribution = 归因于论坛的程度
assessment-judged-by = 判断者
assessment-dimensions = 贡献的五个维度
assessment-dimension-col = 维度
assessment-rating-col = 评级
assessment-confidence-col = 可信度
assessment-passages = 已编码段落：支持与反对
assessment-objective-n = 目标 { $number }
assessment-place-document = { $document }，第 { $paragraph } 段
assessment-place-interview = 第 { $number } 次访谈
assessment-for = 支持：
assessment-against = 反对：
assessment-extracts = 访谈摘录
assessment-no-extracts = 本报告未纳入任何访谈摘录。
assessment-an-interviewee = 一名受访者
assessment-method = 方法
assessment-interviews-held = { $count ->
   *[other] 共进行了 { $count } 次访谈。
}
assessment-interviews-withdrawn = { $count ->
   *[other] { $count } 名受访者撤回了同意：相关访谈的任何内容均不予使用。
}
assessment-limits = 局限
assessment-no-ranking = 本报告将该论坛与其自身不同时期的情况进行比较，绝不与其他论坛比较。
assessment-pdf = 本报告的 PDF 版本（A4，可打印或发送）
assessment-replies = 秘书处的答复
assessment-no-replies = 该论坛秘书处尚未答复。
assessment-reply-by = 论坛秘书处，{ $day }
assessment-reply = 答复草稿
assessment-interviews = 访谈
assessment-interviews-confidential = 机密：仅向指派给本评估的研究人员显示。
assessment-withdrawn = 已撤回：受访者撤回了同意，该访谈的记录、摘录和编码均已删除。
assessment-released = 已纳入报告
assessment-approved = 已经受访者批准
assessment-researchers = 研究人员
assessment-no-researchers = 尚未指派研究人员。
assessment-assign-email = 具有研究人员角色的账户的电子邮件地址
assessment-assign = 指派研究人员
assessment-publish = 发布报告
assessment-history = 历史记录
assessment-step-col = 步骤
assessment-note-col = 备注
assessment-by-col = 操作人

## 研究人员工作台
assessment-workbench = 工作台
assessment-workbench-lede = 供指派给本评估的研究人员使用。每一步骤均保存在历史记录中；访谈记录绝不向其他任何人显示。
assessment-add-objective = 记录目标
assessment-objective-text = 目标（采用其来源的原文表述）
assessment-document = 文献库中的文件
assessment-paragraph = 段号
assessment-objectives-first = 请先记录一项目标：产出和影响均对照论坛的目标记录。
assessment-add-output = 记录产出
assessment-meeting-id = 相关会议（如登记册中有该会议，填写其标识）
assessment-document-id = 文献库中的文件（填写其标识）
assessment-add-impact = 记录影响
assessment-state-code = 国家（ISO 3166-1 alpha-3 代码）
assessment-change = 发生变化的方面
assessment-description = 描述
assessment-evidence-url = 证据：网页网址
assessment-evidence-note = 证据所表明的内容
assessment-rate = 对维度评级
assessment-write-method = 撰写方法和局限
assessment-add-interview = 记录访谈
assessment-interviewee-role = 受访者的身份（绝不填写姓名）
assessment-held-on = 访谈日期
assessment-consent-label = 同意
assessment-notes = 访谈记录
assessment-themes = 主题
assessment-themes-hint = 每行一项。
assessment-add-extract = 标记摘录
assessment-interview-col = 访谈
assessment-passage = 段落（须与原文完全一致）
assessment-passage-hint = 请从文本中复制其文字：系统将据此确定其位置。
assessment-approved-label = 受访者已批准引用该摘录
assessment-release = 将摘录纳入报告
assessment-extract-number = 摘录编号
assessment-withdraw = 撤回访谈
assessment-withdraw-warning = 受访者撤回同意后，该访谈的记录、摘录和编码将被永久删除：评估只保留曾有一次访谈被撤回这一事实。
assessment-code = 为段落编码
assessment-source = 段落出处
assessment-stance = 段落立场
