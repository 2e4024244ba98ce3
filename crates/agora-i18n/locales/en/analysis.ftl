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
