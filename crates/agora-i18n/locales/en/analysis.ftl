# The landscape analyses (issue 19): migration routes, duplication flags, cross-fertilisation
# suggestions.

id-not-route = '{ $input }' is not a valid route id: { $rule }
record-not-route = not a migration route: { $error }
history-what-route = the migration route { $id }
route-stops-few = a route has at least two stops
route-stop-twice = '{ $id }' is a stop of the route twice
route-stops-order = the stops are in order: states of origin, then of transit, then of destination
route-ends = a route runs from at least one state of origin to at least one state of destination
route-forum-twice = each forum along the route is named once
change-route-added = New migration route: { $name } ({ $stops ->
    [one] one stop
   *[other] { $stops } stops
})
change-route-updated = Migration route corrected: { $name }
change-route-removed = A migration route was removed: { $name }

analysis-list-separator = {", "}
analysis-flag-why = { $shared } of the { $of } members of { $smaller } are members of { $other } too; both prioritise { $themes }.
analysis-along-origin = { $count ->
    [one] one state of origin
   *[other] { $count } states of origin
}
analysis-along-transit = { $count ->
    [one] one state of transit
   *[other] { $count } states of transit
}
analysis-along-destination = { $count ->
    [one] one state of destination
   *[other] { $count } states of destination
}
analysis-why-route = Along the { $route }: { $forum } has { $ours } among its members; { $other } has { $theirs }.
analysis-why-topics = Both work on { $themes } ({ $percent }% of their priorities in common).
analysis-why-bridge = { $forum } and { $other } have no member and no region in common, and both work on { $themes }: a bridge between regions.

site-nav-landscape = Landscape
landscape-title = The landscape of fora
landscape-lede = What the fora share on a day: their members and their priorities, the pairs that may duplicate each other's work, and whom each might exchange with. Members are counted by the registry's rules: a forum taking part for its states counts as those states on the day, members listed without dates are left out, and an open process such as the GFMD, which keeps no list of members, is not counted as having every state.
landscape-overlap-title = Members in common on { $day }
landscape-heatmap-desc = A matrix of { $count ->
    [one] one forum
   *[other] { $count } fora
}, ordered so that fora sharing members sit side by side: the darker the square where two fora meet, the more members they share (the Jaccard coefficient: members of both ÷ members of either). The table below gives the same figures.
landscape-heatmap-key = Darker: more members in common (Jaccard coefficient from 0 to 1); light grey: none; dark grey: a forum with itself.
landscape-capped = The { $shown } fora with the most members are drawn, of { $count }: narrow the filters to see others.
landscape-none = No forum has members on this day with these filters.
landscape-csv = Download every pair as CSV
landscape-table = The figures: { $count ->
    [one] one pair of fora sharing members
   *[other] { $count } pairs of fora sharing members
}
landscape-pairs-caption = Pairs of fora sharing members on { $day }, most alike first
landscape-col-a = Forum
landscape-col-b = Other forum
landscape-col-shared = Members in common
landscape-col-jaccard = Jaccard
landscape-col-overlap = Overlap
landscape-cell = { $a } and { $b }: { $shared ->
    [one] one member
   *[other] { $shared } members
} in common (Jaccard { $jaccard })
landscape-flags-title = Fora that may duplicate each other's work
landscape-flags-lede = Pairs sharing at least three quarters of the smaller forum's members (two at least) and at least half of the priorities of the forum with fewer (two at least): a question to put to the fora, not a verdict.
landscape-flags-none = No pair on this day with these filters.
landscape-busiest-title = States taking part in the most fora
landscape-busiest-count = { $count ->
    [one] one forum
   *[other] { $count } fora
}
landscape-suggest-title = Whom a forum might exchange with
landscape-suggest-lede = The paper's three kinds of cross-fertilisation, computed on the day: fora along a common migration route, fora working on similar topics, and bridges to fora of other regions.
landscape-suggest-label = Forum
landscape-suggest-show = Show its suggestions
landscape-suggest-for = Suggestions for { $forum }
landscape-suggest-none = No suggestion for this forum on this day.
landscape-kind-route = Along a common route
landscape-kind-topics = On similar topics
landscape-kind-bridge = Across regions
analysis-from-required = give the earlier day as 'from' (YYYY, YYYY-MM or YYYY-MM-DD)
analysis-to-before-from = 'to' is before 'from'
landscape-members = { $count ->
    [one] one member
   *[other] { $count } members
}
landscape-network-title = Fora linked by members in common on { $day }
landscape-network-desc = The { $count } fora of the matrix on a circle, in the same order; a line joins two fora that share members, thicker the more alike they are; a forum's circle is larger the more members it has, and its colour is its connected group. The table below gives each forum's links.
landscape-network-key = Circle: a forum (larger: more members; its colour tells its connected group from its neighbours’, eight colours in turn). Line: members in common (thicker: a higher Jaccard coefficient).
landscape-network-table = Each forum's place in the network
landscape-col-members = Members
landscape-col-degree = Fora linked
landscape-col-strength = Members shared, summed
landscape-col-betweenness = Betweenness
landscape-col-group = Group
landscape-timeline-title = The fora over the years
landscape-timeline-desc = One bar per forum, from its establishment to its dissolution or today, in the order they were established; the dashed line marks { $day }, and each bar ends with the forum's members on that day.
landscape-timeline-key = Blue: active today; grey: dissolved. The dashed line is the day shown.
landscape-timeline-table = Each forum's dates
landscape-fora-csv = Download the fora as CSV
landscape-col-established = Established
landscape-col-dissolved = Dissolved
landscape-col-members-day = Members on { $day }
landscape-then-now-title = Then and now: { $then } and { $now }
landscape-then-now-desc = For each forum with members on either day, the most changed first, two bars: its members on { $then } (light) and on { $now } (dark). The table below names the states that joined and left.
landscape-then-now-key = Light: members on { $then }; dark: members on { $now }.
landscape-then-now-table = Each forum's members on both days
landscape-then-now-csv = Download the comparison as CSV
landscape-arrived = There on { $now } and not on { $then }:
landscape-gone = There on { $then } and not on { $now }:
landscape-col-joined = Joined
landscape-col-left = Left
analysis-compare-required = give the other day as 'compare' (YYYY, YYYY-MM or YYYY-MM-DD)
landscape-met-title = Meetings as evidence
landscape-met-lede = Which fora met at the meetings recorded up to { $day }: one took part in the other's meeting, they held one together, or both took part in a third forum's meeting; and the most alike fora that share members but never met.
landscape-met-none = No two of these fora met at a recorded meeting up to this day.
landscape-never-met-title = Sharing members, never meeting
analysis-met = { $a } and { $b }: { $total ->
    [one] one meeting
   *[other] { $total } meetings
} ({ $invited } as host and guest, { $jointly } held together, { $elsewhere } at another forum's meeting).
analysis-never-met = { $a } and { $b }: { $shared ->
    [one] one member
   *[other] { $shared } members
} in common (Jaccard { $jaccard }), never at the same meeting.
area-portfolio-title = States it meets in its fora
area-portfolio-map = States sharing fora with { $name } on { $day }, shaded by how many
area-portfolio-none = It takes part in no forum with a list of members on { $day }.
area-portfolio-csv = Download these states as CSV
area-portfolio-table = The figures: { $count ->
    [one] one state
   *[other] { $count } states
}
area-portfolio-state = State
area-portfolio-shared = Fora shared
landscape-suggest-pick = Choose a forum
analysis-compare-after = 'compare' is after the day shown: give the earlier day as 'compare'
