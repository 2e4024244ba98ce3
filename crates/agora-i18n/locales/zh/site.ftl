# 每个页面的框架：标题、导航、语言切换、页脚；错误页面；选择日期的表单；多个页面共用的计数。
# 以 -html 结尾的键包含标记（链接）；其余均为纯文本。

site-title = { $title } — Agora
site-skip = 跳至正文
site-nav = 主导航
site-nav-fora = 论坛
site-nav-states = 国家
site-nav-organisations = 组织
site-nav-documents = 文件
site-nav-search = 搜索
site-nav-api = API
site-nav-account = 账户
site-nav-review = 审核（{ $count }）
site-languages = 语言
site-footer-about = Agora 汇集关于移民问题的国家间对话全貌，并注明每项事实的来源。
site-footer-open-data-html = <a href="{ $data }">开放数据</a>：<a href="{ $api }">JSON API</a>、<a href="{ $openapi }">OpenAPI 说明</a>。
site-footer-provenance = 每项事实的可靠程度

error-title = { $status ->
    [400] 请求有误
    [401] 需要登录
    [403] 禁止访问
    [404] 未找到页面
    [405] 不允许的方法
    [409] 冲突
    [413] 内容过大
    [415] 不支持的内容类型
    [422] 无法处理的内容
    [429] 请求过多
    [503] 服务不可用
    [507] 存储空间不足
   *[other] 错误
}
error-search-instead = 改为在 Agora 中搜索
error-search = 搜索
error-browse-html = 或浏览<a href="/fora">论坛</a>、<a href="/areas">国家和领土</a>或<a href="/documents">文献库</a>。
error-home = 返回首页

as-of-showing-html = 显示 <strong>{ $day }</strong> 的情况。
as-of-showing-today-html = 显示 <strong>{ $day }</strong>（今天）的情况。
as-of-showing-period-html = 显示 <strong>{ $day }</strong>（{ $period }的最后一天）的情况。
as-of-other = 显示其他日期
as-of-hint = 某一天（2009-06-04）、某个月（2009-06）或某一年（2009）
as-of-compare = 与之比较
as-of-show = 显示
as-of-bangkok = 2009年6月4日（区域协商进程曼谷全球会议）
as-of-today = 今天

count-members = { $count } 个成员

error-internal = 发生意外错误，已记录在案。
error-unavailable = 服务暂时不可用，请稍后再试。
error-storage-full = 没有剩余空间来保存此内容；未写入任何内容。请在释放空间后重试。
error-not-found = { $what ->
    [feed] 没有这个订阅源。
    [saved-search] 您没有编号为 { $id } 的已保存搜索。
    [release] 没有发布版本 { $id }。
    [recommendation] 没有建议 { $id }。
    [follow_up] 没有后续行动记录 { $id }，或您无权查阅。
    [forum] 没有标识为“{ $id }”的论坛。
    [area] 没有代码为“{ $id }”的国家或领土。
    [organisation] 没有标识为“{ $id }”的组织。
    [document] 没有标识为“{ $id }”的文件，或您无权查阅。
    [contribution] 第 { $id } 号贡献不存在，或您无权打开。
    [account] 第 { $id } 号账户不存在。
    [file] 该文件不存在。
    [practice] 没有以“{ $id }”为标识发布的良好做法。
    [practice_call] 没有第 { $id } 号做法征集。
    [practice_submission] 没有编号为 { $id } 的提交材料，或您无权阅读。
   *[other] 未找到“{ $id }”。
}
error-no-route = 此地址没有页面。
error-invalid-link = 此链接无效：可能已过期或已被使用；请向管理员索取新链接。
error-sign-in = 请先登录。
error-bad-token = API 令牌缺失、未知或已被撤销。
error-bad-parameter = 地址或表单中有一个无法读取的值：“{ $parameter }”。
error-forbidden = 您无权执行此操作。
error-conflict = 按记录的当前状态，无法执行此操作。
error-too-many = 此类请求过多，请在 { $seconds } 秒后重试。
error-other = 无法处理该请求。
