# Agora 发送的电子邮件：纯文本。

mail-moved-subject = Agora：{ $title }
mail-moved = 您好！

    { $status ->
        [published] 您对{ $forum }提出的修改建议“{ $title }”已发布：登记册中已显示该修改及其来源。
        [changes_requested] 您对{ $forum }提出的修改建议“{ $title }”已退回：编辑要求您作出修改。
        [in_review] 编辑已开始审核您对{ $forum }提出的修改建议“{ $title }”。
        [submitted] 您对{ $forum }提出的修改建议“{ $title }”已提交审核。
       *[withdrawn] 您对{ $forum }提出的修改建议“{ $title }”已撤回：该修改已不在登记册中。
    }
    { $commented ->
        [yes] {""}
            编辑的意见如下：

            { $comment }
       *[no] {""}
    }
    查看详情及后续步骤，请访问：
    { $link }

    --
    Agora：关于移民问题的国家间对话平台。您收到此邮件，是因为您提出了这项修改；您的账户页面列出了与您的贡献有关的所有动态。
mail-reset-subject = Agora：设置新密码
mail-reset = 您好！

    有人申请为使用此地址（{ $email }）的 Agora 账户设置新密码。如果是您本人申请，请打开以下链接；该链接仅可使用一次，有效期为 { $hours } 小时：

    { $link }

    如果并非您本人申请，则无需采取任何行动，您的密码将保持不变。

    --
    Agora：关于移民问题的国家间对话平台。
mail-overdue-subject = Agora：“{ $title }”尚有报告未交
mail-overdue = 您好！

    报告周期“{ $title }”已于{ $deadline }截止，贵国仍有 { $owed ->
       *[other] { $owed } 项建议
    }尚未报告。请通过以下链接报告贵国的落实情况：

    { $link }

    --
    Agora：关于移民问题的国家间对话平台。您收到此邮件，是因为您是贵国在该论坛的协调人。
mail-review-asked-subject = Agora：请您评审“{ $title }”的做法
mail-review-asked = 您好：

    { $why ->
        [third] 提交给征集“{ $title }”的一项做法的前两份评审意见分歧很大，需要第三位评审人。如您与之无利益冲突，请在此评审：
       *[invited] 一名编辑邀请您评审提交给征集“{ $title }”的良好做法。请在此接受邀请，并说明您代表谁：
    }

    { $link }

    --
    Agora，国家间移民对话平台。您收到此邮件，是因为一名编辑邀请您评审此次征集。
