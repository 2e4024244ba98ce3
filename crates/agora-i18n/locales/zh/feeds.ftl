## 发生了哪些变化，每项一句（最新更改、Atom 订阅源）。记录的角色、类型或状态以数据中的词语传入
## （$role：member、observer、chair……）。
change-membership-began = { $member }{ $role ->
    [steering_group] 加入{ $forum }指导委员会
    [member] 成为{ $forum }成员
    [observer] 成为{ $forum }观察员
    [partner] 成为{ $forum }伙伴
    [associate] 成为{ $forum }联系成员
    [chair] 担任{ $forum }主席
    [co_chair] 担任{ $forum }共同主席
   *[secretariat] 担任{ $forum }秘书处
}（{ $period }）。
change-membership-recorded = 登记册新增记录：{ $member }，{ $forum }{ $role ->
    [steering_group] 指导委员会成员
    [member] 成员
    [observer] 观察员
    [partner] 伙伴
    [associate] 联系成员
    [chair] 主席
    [co_chair] 共同主席
   *[secretariat] 秘书处
}（{ $period }）。
change-membership-ended = { $member }{ $role ->
    [steering_group] 不再是{ $forum }指导委员会成员
    [member] 不再是{ $forum }成员
    [observer] 不再是{ $forum }观察员
    [partner] 不再是{ $forum }伙伴
    [associate] 不再是{ $forum }联系成员
    [chair] 不再担任{ $forum }主席
    [co_chair] 不再担任{ $forum }共同主席
   *[secretariat] 不再担任{ $forum }秘书处
}（{ $period }）。
change-membership-corrected = { $member }在{ $forum }中的记录已更正（{ $period }）。
change-membership-removed = { $member }在{ $forum }中的记录已删除。
change-period-on = { $day }
change-forum-added = 登记册新增论坛：{ $name }。
change-forum-updated = { $name }的记录已更新。
change-forum-removed = { $name }已从登记册中删除。
change-document-added = { $fora }新增成果文件：{ $title }（{ $kind ->
    [declaration] 宣言
    [action_plan] 行动计划
    [meeting_report] 会议报告
    [summary_report] 总结报告
    [background_paper] 背景文件
    [study] 研究报告
    [statement] 声明
    [recommendations] 建议
   *[other] 文件
}）。
change-document-updated = 成果文件已更新：{ $title }。
change-document-removed = 文献库中删除了一份成果文件：{ $title }。
change-meeting-added = 新会议：{ $title }（{ $when }）。
change-meeting-place = { $city }，{ $when }
change-meeting-updated = 会议信息已更新：{ $title }（{ $when }）。
change-meeting-cancelled = 会议已取消：{ $title }（{ $when }）。
change-meeting-postponed = 会议已推迟：{ $title }（{ $when }）。
change-meeting-removed = 会议日程中删除了一次会议：{ $title }。
change-party-updated = { $op ->
    [create] 登记册新增：{ $name }。
    [delete] { $name }已从登记册中删除。
   *[update] { $name }的记录已更新。
}

## Atom 订阅源（$what：订阅源所限定的记录类型，或 any；$new：仅列出新记录时为 yes）
feed-what = { $new ->
    [yes] { $what ->
        [meeting] 新会议
        [document] 新成果文件
        [membership] 新成员资格
        [forum] 新论坛
        [recommendation] 新建议
        [follow_up] 新后续行动记录
       *[other] 最新动态
    }
   *[no] { $what ->
        [meeting] 会议变更
        [document] 成果文件变更
        [membership] 成员资格变更
        [forum] 论坛变更
        [recommendation] 建议变更
        [follow_up] 后续行动记录变更
       *[other] 最新更改
    }
}
feed-title = Agora：{ $what }
feed-title-about = Agora：{ $what }——{ $about }
feed-no-such-theme = 不存在主题“{ $id }”
feed-follow = 关注这些更改（Atom 订阅源）
feed-follow-documents = 新成果文件（Atom 订阅源）
feed-follow-meetings = 新会议（Atom 订阅源）

## 开放数据页面
data-title = 开放数据
data-lede = Agora 中所有可供公众查阅的内容均可下载和再利用：各论坛、哪些方面参与其中及参与的起止时间、国家和组织、会议以及公开的成果文件，并注明每项事实的来源。
data-licence-html = 数据依据 <a href="{ $href }">Creative Commons Attribution 4.0</a> 许可协议发布：欢迎自由再利用，但须注明 Agora 以及各条记录所列的来源。
data-everything = 文件包含所有已记录的内容，涵盖过去和现在。
data-everything-link = 全部记录内容
data-as-of-shown = 文件包含截至{ $day }的数据集。
data-as-of = 数据集截至日期
data-as-of-submit = 显示文件
data-csv-heading = CSV 文件
data-csv-lede-html = 每类记录一个文件：UTF-8 编码，以逗号分隔，首行为标题行。<a href="{ $href }">datapackage.json</a> 说明了每一列及其类型和含义（采用 Frictionless Data Package 格式），以便工具校验和加载这些文件。
data-file = { $name ->
    [areas] 国家和领土
    [organisations] 组织
    [themes] 主题
    [fora] 论坛
    [memberships] 哪些方面以何种身份参与哪个论坛，以及参与的起止时间（论坛秘书处可编辑此文件，并作为修改建议提交回来）
    [meetings] 会议
    [meeting_participants] 每次会议的参与方及其参与方式
    [recommendations] 建议、商定成果和行动计划，以及各自的出处
    [follow_ups] 针对每项建议采取了哪些行动、由谁采取、目前状况及进展程度（论坛秘书处可编辑此文件，并作为修改建议提交回来）
    [follow_up_updates] 每条后续行动记录的时间线
    [routes] 各来源所称的移民路线
    [route_stops] 每条路线沿线的国家，依次为：原籍国、过境国、目的地国
    [practices] 良好做法与经验教训，附同行评审摘要（绝不包含任何人的联系方式）
   *[documents] 公开的成果文件
}
data-popolo-heading = Popolo JSON
data-popolo-lede-html = <a href="{ $href }">popolo.json</a>：按照 Popolo 标准，论坛和组织表示为 organizations，其成员资格表示为 memberships，国家表示为 areas，会议表示为 events。
data-follow-heading = 关注更改
data-follow-html = <a href="{ $changes }">所有更改的 Atom 订阅源</a>（每个论坛、国家和组织的页面也各有其订阅源）、<a href="{ $meetings }">会议日历</a>以及 <a href="{ $api }">JSON API</a>。

## 开放数据的发布版本
data-releases-heading = 发布版本
data-releases-lede-html = 发布版本将整个数据集固定为某一天的状态：其文件永不更改，文件的校验和即可证明这一点。引用发布版本，便于他人准确找到您所使用的数据。开放数据门户从 <a href="{ $href }">DCAT 目录</a>采集各发布版本。
data-releases-none = 尚无发布版本。
data-release-make = 以数据集的当前状态创建发布版本
data-release-title = 发布版本 { $name }
data-release-made = 创建于 { $at }（UTC）。
data-release-first = 首个发布版本。
data-release-changes = 自发布版本 { $since } 以来：新增 { $fora_added } 个论坛，删除 { $fora_removed } 个；新增 { $added } 项成员资格，删除 { $removed } 项，更改 { $changed } 项。
data-release-cite = Agora（{ $year }）。Agora：关于移民问题的国家间对话，数据集，发布版本 { $name } [数据集]。{ $url }
data-release-files = 发布版本 { $name } 的文件
data-release-file = 文件
data-release-size = 字节
data-release-sha256 = SHA-256
data-release-sums = 所有文件的校验和（供 sha256sum -c 使用）
change-release-added = 开放数据新发布版本：{ $name }。
only-admins-release = 只有管理员才能创建数据集的发布版本
release-name-taken = 同一时刻已创建了同名的发布版本：请重试

## 以订阅源形式提供的搜索、已保存的搜索和私人订阅源
feed-search-title-all = Agora：搜索
feed-search-title = Agora：搜索“{ $q }”
feed-found-by = 由您已保存的搜索“{ $search }”找到。
feed-saved-title = Agora：您已保存的搜索“{ $name }”
feed-private-title = Agora：您已保存的搜索
feed-not-a-search = “{ $value }”不是您任何一项已保存搜索的编号
feed-key-title = 您的私人订阅源
feed-key-lede = 任何人只要持有此地址，即可看到您已保存的搜索在您有权读取的全部内容（包括机密材料）中找到的结果：请勿外传。此地址仅在此时显示；创建新地址，或在您的账户页面上停用此地址，均会使其立即失效。
feed-key-address = 您的私人订阅源地址（Atom）
feed-key-each = 单项已保存的搜索
feed-key-back = 返回您的账户
account-searches = 已保存的搜索和私人订阅源
account-searches-lede = 每项已保存的搜索都会在您的私人订阅源中得到关注：订阅源按时间由近及远列出该搜索在您有权读取的全部内容中找到的结果。
account-searches-none-html = 您尚未保存任何搜索：请先进行<a href="{ $href }">搜索</a>，然后在搜索结果下方保存该搜索。
account-search-forget = 停止关注“{ $name }”
account-feed-made = 您的私人订阅源地址创建于 { $at }，并已在当时显示。
account-feed-new = 创建新地址（旧地址将随即失效）
account-feed-end = 停用私人订阅源地址
account-feed-none = 您还没有私人订阅源地址。
account-feed-make = 创建我的私人订阅源地址
search-follow-heading = 关注此搜索
search-follow = 此搜索在公众可查阅内容中的新结果（Atom 订阅源）
search-save-name = 已保存搜索的名称
search-save = 保存此搜索，并在我的私人订阅源中关注
search-save-sign-in-html = <a href="{ $href }">登录</a>后即可保存此搜索，并在私人订阅源中关注其在您有权读取的全部内容中找到的结果。
saved-search-name-empty = 请为已保存的搜索命名
saved-search-too-long = 名称或搜索内容过长
saved-search-too-many = 您已保存 50 项搜索：请先停止关注其中一项
