# Los análisis del panorama (incidencia 19): rutas migratorias, avisos de duplicación,
# sugerencias de intercambio.

id-not-route = “{ $input }” no es un identificador de ruta válido: { $rule }
record-not-route = no es una ruta migratoria: { $error }
history-what-route = la ruta migratoria { $id }
route-stops-few = una ruta tiene al menos dos etapas
route-stop-twice = “{ $id }” figura dos veces entre las etapas de la ruta
route-stops-order = las etapas van en orden: Estados de origen, luego de tránsito, luego de destino
route-ends = una ruta va de al menos un Estado de origen a al menos un Estado de destino
route-forum-twice = cada foro situado en la ruta se nombra una sola vez
change-route-added = Nueva ruta migratoria: { $name } ({ $stops ->
    [one] una etapa
   *[other] { $stops } etapas
})
change-route-updated = Ruta migratoria corregida: { $name }
change-route-removed = Se eliminó una ruta migratoria: { $name }

analysis-list-separator = {", "}
analysis-flag-why = { $shared } de los { $of } miembros de { $smaller } son también miembros de { $other }; ambos tienen como prioridades { $themes }.
analysis-along-origin = { $count ->
    [one] un Estado de origen
   *[other] { $count } Estados de origen
}
analysis-along-transit = { $count ->
    [one] un Estado de tránsito
   *[other] { $count } Estados de tránsito
}
analysis-along-destination = { $count ->
    [one] un Estado de destino
   *[other] { $count } Estados de destino
}
analysis-why-route = A lo largo de la ruta «{ $route }»: { $forum } cuenta entre sus miembros { $ours }; { $other }, { $theirs }.
analysis-why-topics = Ambos trabajan en { $themes } ({ $percent } % de sus prioridades en común).
analysis-why-bridge = { $forum } y { $other } no tienen ningún miembro ni región en común, y ambos trabajan en { $themes }: un puente entre regiones.
