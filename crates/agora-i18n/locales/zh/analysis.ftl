# 格局分析（第 19 号议题）：移民路线、重复工作提示、交流建议。

id-not-route = “{ $input }”不是有效的路线标识：{ $rule }
record-not-route = 不是移民路线记录：{ $error }
history-what-route = 移民路线 { $id }
route-stops-few = 一条路线至少有两个站点
route-stop-twice = “{ $id }”在路线站点中出现了两次
route-stops-order = 站点须按顺序排列：先是原籍国，然后是过境国，最后是目的地国
route-ends = 一条路线须从至少一个原籍国通往至少一个目的地国
route-forum-twice = 路线沿线的每个论坛只列出一次
change-route-added = 新增移民路线：{ $name }（{ $stops } 个站点）
change-route-updated = 移民路线已更正：{ $name }
change-route-removed = 一条移民路线已删除：{ $name }

analysis-list-separator = {"、"}
analysis-flag-why = { $smaller }的 { $of } 个成员中有 { $shared } 个也是{ $other }的成员；两者的优先事项均包括{ $themes }。
analysis-along-origin = { $count } 个原籍国
analysis-along-transit = { $count } 个过境国
analysis-along-destination = { $count } 个目的地国
analysis-why-route = 沿{ $route }：{ $forum }的成员中有{ $ours }；{ $other }的成员中有{ $theirs }。
analysis-why-topics = 两者都致力于{ $themes }（优先事项有 { $percent }% 相同）。
analysis-why-bridge = { $forum }与{ $other }没有共同成员，也没有共同区域，且两者都致力于{ $themes }：这是区域之间的桥梁。
