# 账户：登录、设置和重置密码、个人账户和令牌，以及管理员页面
# （账户和角色、审计日志）。

## 登录
sign-in-title = 登录
sign-in-lede = 供秘书处、协调人、编辑、研究人员和管理员使用。账户由管理员创建。
sign-in-password = 密码
sign-in-forgot = 忘记密码？
sign-in-too-many = 尝试失败次数过多。请等待几分钟后重试。
sign-in-wrong = 电子邮件地址或密码错误。
form-error-html = <strong>错误：</strong>{ $error }

## 设置密码
setup-title = 设置密码
setup-lede-html = 此处设置账户 <strong>{ $email }</strong> 的密码。该链接仅可使用一次。
setup-password = 密码（至少 15 个字符；由几个单词组成的密码较为安全）
setup-password-again = 再次输入同一密码
setup-submit = 设置密码
setup-done-title = 密码已设置
setup-done-html = <strong>{ $email }</strong> 的密码已设置，该链接已失效。
setup-done-sign-in-html = 请使用此电子邮件地址和您所选的密码<a href="{ $href }">立即登录</a>。
setup-done-home = 前往首页

## 获取新密码
reset-title = 获取新密码
reset-sent-html = <strong>如果有账户使用 { $email }，设置新密码的链接已发送至该地址。</strong>该链接仅可使用一次，有效期为 { $hours } 小时。没有收到？请查看垃圾邮件文件夹，或在一刻钟后再次申请。
reset-lede = 请输入您账户的电子邮件地址：设置新密码的链接将发送至该地址。
reset-send = 向我发送链接
reset-no-mail-html = 本网站不发送电子邮件。请向网站运营者索取设置密码的新链接：运营者在服务器上运行 <code>agora user link your@address</code>，然后将其输出的链接发送给您。该链接仅可使用一次，有效期为 { $hours } 小时。
reset-back = 返回登录

## 个人账户
account-title = 您的账户
account-email = 电子邮件地址
account-roles = 角色
account-no-roles = 无：您可以报告记录中的错误
account-propose-to = 对{ $name }提出修改建议
account-editor-proposes = 作为编辑，您可以对任何论坛提出修改建议：打开该论坛的页面，然后选择“提出修改建议”。
account-news = 您所作贡献的最新动态
account-no-news = 暂无动态：编辑受理、发布或退回您提出的内容时，将在此显示。
account-no-news-mail = 暂无动态：编辑受理、发布或退回您提出的内容时，将在此显示，并以电子邮件通知您。
account-my-contributions = 我的贡献
account-review-queue = 审核队列
account-sign-out = 退出登录
account-change-password = 更改密码
account-current = 当前密码
account-new = 新密码（至少 15 个字符；由几个互不相关的单词组成效果较好）
account-new-again = 再次输入新密码
account-change-password-submit = 更改密码
account-current-wrong = 当前密码错误。
account-passwords-differ = 两次输入的密码不一致。
account-password-refused = 新密码未被接受：{ $why }。
account-password-changed = 您的密码已更改；您的其他会话均已结束。
account-tokens = API 令牌
account-tokens-lede-html = 程序以 <code>Authorization: Bearer TOKEN</code> 的形式发送令牌，并在令牌的权限范围内以您的角色行事：每个令牌均可读取您有权读取的内容；只有在创建时赋予相应权限，令牌才能进行贡献（提出修改建议、审核、上传）或管理。令牌不能创建令牌，也不能更改您的密码；您的密码一经更改，所有令牌即告失效。令牌一旦不再需要，请立即撤销。
account-tokens-caption = 您的令牌
account-scopes = 权限范围
account-made = 创建时间
account-status = 状态
account-revoked = 已于{ $at }撤销
account-revoke = 撤销{ $name }
account-token-name = 新令牌的名称
account-token-may = 除读取外，该令牌还可以
account-token-contribute = 贡献：提出和审核修改建议，上传文件
account-token-administer = 管理：读取审计日志和账户，撤销角色和停用账户（管理员的账户除外；创建账户和授予角色须由您本人登录后操作）
account-token-submit = 创建令牌
account-token-made = 令牌“{ $name }”已创建。请立即复制：该令牌不会再次显示。

## 账户和角色
admin-users-title = 账户和角色
admin-users-count = { $count } 个账户
admin-change = 更改
admin-status = { $status ->
    [active] 已启用
    [disabled] 已停用
   *[waiting] 等待设置密码
}
admin-role = 角色
admin-grant = 授予
admin-revoke = 撤销
admin-disable = 停用账户
admin-add = 添加账户
admin-role-hint = 角色（admin、editor、researcher、secretariat:FORUM-ID、focal_point:ISO3、reviewer:CALL）
admin-add-submit = 添加
admin-account-made = 账户 { $email } 已创建。请将以下一次性链接发送给账户所有者，以便其设置密码（有效期 { $hours } 小时）：

## 审计日志
audit-title = 审计日志
audit-lede = 何人执行了何种操作（包括被拒绝的尝试），按时间由近及远排列。同一行为者在 15 分钟内从同一地址多次被拒绝的尝试合并为一个条目，并注明次数。
audit-who = 执行者
audit-who-example = account:7、anonymous、cli
audit-action = 操作
audit-action-example = sign_in、contribution.publish
audit-outcome = 结果
audit-any = 不限
audit-ok = 已执行
audit-refused = 被拒绝
audit-q = 操作对象或来源地址（文本）
audit-none = 无条目
audit-count = { $count } 个条目
audit-count-older = { $count } 个条目（较早的条目）
audit-when = 时间（UTC）
audit-from = 来源地址
audit-on = 操作对象
audit-times = 次数
audit-older = 较早的条目
