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
site-footer-open-data-html = 开放数据：<a href="{ $api }">JSON API</a>、<a href="{ $openapi }">OpenAPI 说明</a>。
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
