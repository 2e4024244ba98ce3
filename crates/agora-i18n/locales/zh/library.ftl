# 文献库和搜索：文件列表、单份文件、引用文件、上传文件；
# 搜索页面。

## 文件列表
docs-title = 文件
docs-title-of = { $name }的文件
docs-heading-of-html = <a href="{ $href }">{ $name }</a>的文件
docs-lede = 各论坛的成果文件：宣言、行动计划、报告、背景文件、研究报告和声明。
docs-upload-html = <a href="{ $href }">上传文件</a>（经审核后由编辑发布）。
docs-search = 搜索文件全文
docs-search-of = 搜索{ $name }文件的全文
docs-none = 无文件。
docs-count = { $count } 份文件
docs-count-page = { $count } 份文件，本页显示 { $shown } 份
docs-col-title = 标题
docs-col-date = 日期
docs-restricted = （限制查阅）

## 文件类型
doc-kind-declaration = 宣言
doc-kind-action-plan = 行动计划
doc-kind-meeting-report = 会议报告
doc-kind-summary-report = 总结报告
doc-kind-background-paper = 背景文件
doc-kind-study = 研究报告
doc-kind-statement = 声明
doc-kind-recommendations = 建议
doc-kind-other = 其他

## 单份文件
doc-authors = { $count ->
   *[other] 作者
}
doc-publisher = 发布者
doc-meeting = 会议
doc-published-at = 发布网址
doc-access = 查阅权限
doc-access-public = 公开
doc-access-participants = 仅供{ $forum }的参与方查阅
doc-access-participants-until = 仅供{ $forum }的参与方查阅；自{ $day }起公开
doc-access-confidential = 机密：仅供编辑和研究人员查阅
doc-abstract = 摘要
doc-marked-html = “{ $q }”：文中已标出 { $count } 个词。<a href="{ $href }">跳至第一处</a>。
doc-not-in-text = 文中没有“{ $q }”。
doc-not-in-text-language = { $language }文本中没有“{ $q }”。
doc-back-to-search = 返回搜索。
doc-files = 文件下载
doc-language = 语言：{ $language }
doc-text = 全文
doc-text-in = { $language }全文
doc-words = { $count } 个词（从文件中提取）
size-mb = { $size } MB
size-kb = { $size } KB
size-bytes = { $size } 字节

## 引用
cite-title = 引用本文件
cite-plain = 纯文本
cite-accessed = （{ $day }访问）。
cite-copy = 复制
cite-copied = 已复制：{ $what }。
cite-copy-failed = 请选中文本并复制。
cite-bibtex = BibTeX 条目
cite-csl = CSL-JSON（Zotero、Mendeley、pandoc）

## 上传文件
upload-title = 上传文件
upload-lede-html = 该文件将成为论坛文献库中的一份拟议文件，由编辑进行审核；在编辑发布之前，该文件不会进入文献库或搜索结果，也不会对公众公开。文件格式可以是 PDF、Word（DOCX）、HTML、纯文本或 Markdown，大小不超过 { $mb } MB。<a href="/documents">返回文献库</a>。
upload-no-fora = 您无权为任何论坛上传文件。
upload-file = 文件
upload-doc-title = 标题（留空则从文件中提取）
upload-lang = 语言（ISO 639-1 代码，如 en、fr、es、ar、ru、zh；留空则自动检测）
upload-date = 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）
upload-who = 可查阅者
upload-who-participants = 论坛的参与方（其成员国的协调人、其秘书处、编辑）
upload-who-everyone = 所有人
upload-who-confidential = 机密：仅限编辑和研究人员
upload-public-from = 公开日期（YYYY-MM-DD；仅供参与方查阅的文件将于该日自动公开）
upload-themes = 主题（标识符，以逗号分隔）
upload-authors = 作者（每行一个：按文件中的署名填写个人或机构）
upload-abstract = 摘要（用一段话概述文件内容）
upload-source = 来源（网址）

## 搜索
search-title = 搜索
search-title-for = { $q } — 搜索
search-q = 词语或 "短语"，可使用任何语言
search-sort-relevance = 相关性
search-sort-date = 日期（由近及远）
search-total = 共 { $count } 条结果。
search-total-for = “{ $q }”的搜索结果共 { $count } 条。
search-named = 国家和组织
search-named-state = { $independent ->
    [true] ，国家，现参与 { $count } 个论坛
   *[false] ，领土，现参与 { $count } 个论坛
}
search-named-other = { $kind ->
    [organisation] ，组织
   *[forum] ，论坛
}
search-did-you-mean-html = 您是否要找<a href="{ $href }">{ $words }</a>？
search-did-you-mean-everywhere-html = 您是否要找<a href="{ $href }">{ $words }</a>（不加筛选条件，在全部内容中搜索）？
search-perhaps = 您要找的也许是：
search-or-perhaps = 或者也许是：
search-narrowed = 筛选条件：
search-remove-filter = （删除此筛选条件）
search-narrow = 筛选结果
search-facet-type = 类型
search-facet-kind = 文件类型
search-facet-forum = 论坛
search-facet-year = 年份
search-facet-language = 语言
search-facet-theme = 主题
search-years = { $from }至{ $to }
search-what-forum = 论坛
search-what-document = 文件
search-next = 下一页结果
