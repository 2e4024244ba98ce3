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

site-nav-landscape = Panorama
landscape-title = El panorama de los foros
landscape-lede = Lo que los foros comparten en una fecha: sus miembros y sus prioridades, los pares que podrían duplicar su trabajo y con quién podría intercambiar cada uno. Los miembros se cuentan según las reglas del registro: un foro que participa por sus Estados cuenta como esos Estados en esa fecha, los miembros inscritos sin fechas se dejan aparte y un proceso abierto como el FMMD, que no lleva lista de miembros, no se cuenta como si tuviera a todos los Estados.
landscape-overlap-title = Miembros en común el { $day }
landscape-heatmap-desc = Una matriz de { $count ->
    [one] un foro
   *[other] { $count } foros
}, ordenada de modo que los foros con miembros en común queden juntos: cuanto más oscura es la casilla donde se cruzan dos foros, más miembros comparten (coeficiente de Jaccard: miembros de ambos ÷ miembros de uno u otro). La tabla siguiente da las mismas cifras.
landscape-heatmap-key = Más oscuro: más miembros en común (coeficiente de Jaccard de 0 a 1); gris claro: ninguno; gris oscuro: un foro consigo mismo.
landscape-capped = Se dibujan los { $shown } foros con más miembros, de { $count }: restrinja los filtros para ver los demás.
landscape-none = Ningún foro tiene miembros en esta fecha con estos filtros.
landscape-csv = Descargar todos los pares en CSV
landscape-table = Las cifras: { $count ->
    [one] un par de foros con miembros en común
   *[other] { $count } pares de foros con miembros en común
}
landscape-pairs-caption = Pares de foros con miembros en común el { $day }, los más parecidos primero
landscape-col-a = Foro
landscape-col-b = Otro foro
landscape-col-shared = Miembros en común
landscape-col-jaccard = Jaccard
landscape-col-overlap = Solapamiento
landscape-cell = { $a } y { $b }: { $shared ->
    [one] un miembro
   *[other] { $shared } miembros
} en común (Jaccard { $jaccard })
landscape-flags-title = Foros que podrían duplicar su trabajo
landscape-flags-lede = Pares que comparten al menos tres cuartas partes de los miembros del foro más pequeño (dos como mínimo) y al menos la mitad de las prioridades del que tiene menos (dos como mínimo): una pregunta para los foros, no un veredicto.
landscape-flags-none = Ningún par en esta fecha con estos filtros.
landscape-busiest-title = Estados que participan en más foros
landscape-busiest-count = { $count ->
    [one] un foro
   *[other] { $count } foros
}
landscape-suggest-title = Con quién podría intercambiar un foro
landscape-suggest-lede = Los tres tipos de enriquecimiento mutuo del documento, calculados en la fecha: foros a lo largo de una misma ruta migratoria, foros que trabajan en temas similares y puentes hacia foros de otras regiones.
landscape-suggest-label = Foro
landscape-suggest-show = Ver sus sugerencias
landscape-suggest-for = Sugerencias para { $forum }
landscape-suggest-none = Ninguna sugerencia para este foro en esta fecha.
landscape-kind-route = En una misma ruta
landscape-kind-topics = En temas similares
landscape-kind-bridge = Entre regiones
analysis-from-required = indique la fecha más antigua en “from” (AAAA, AAAA-MM o AAAA-MM-DD)
analysis-to-before-from = “to” es anterior a “from”
landscape-members = { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
landscape-network-title = Foros unidos por miembros en común el { $day }
landscape-network-desc = Los { $count } foros de la matriz en un círculo, en el mismo orden; una línea une dos foros que comparten miembros, más gruesa cuanto más se parecen; el círculo de un foro es mayor cuantos más miembros tiene, y su color es el de su grupo conexo. La tabla siguiente da los vínculos de cada foro.
landscape-network-key = Círculo: un foro (mayor: más miembros; su color distingue su grupo conexo del de sus vecinos, ocho colores alternados). Línea: miembros en común (más gruesa: coeficiente de Jaccard más alto).
landscape-network-table = El lugar de cada foro en la red
landscape-col-members = Miembros
landscape-col-degree = Foros vinculados
landscape-col-strength = Miembros compartidos, sumados
landscape-col-betweenness = Intermediación
landscape-col-group = Grupo
landscape-timeline-title = Los foros a lo largo de los años
landscape-timeline-desc = Una barra por foro, desde su creación hasta su disolución o hasta hoy, en el orden de creación; la línea discontinua marca el { $day } y cada barra termina con los miembros del foro en esa fecha.
landscape-timeline-key = Azul: activo hoy; gris: disuelto. La línea discontinua marca la fecha mostrada.
landscape-timeline-table = Las fechas de cada foro
landscape-fora-csv = Descargar los foros en CSV
landscape-col-established = Creación
landscape-col-dissolved = Disolución
landscape-col-members-day = Miembros el { $day }
landscape-then-now-title = Antes y ahora: { $then } y { $now }
landscape-then-now-desc = Para cada foro con miembros en una de las dos fechas, los que más cambiaron primero, dos barras: sus miembros el { $then } (claro) y el { $now } (oscuro). La tabla siguiente nombra los Estados que se incorporaron y los que salieron.
landscape-then-now-key = Claro: miembros el { $then }; oscuro: miembros el { $now }.
landscape-then-now-table = Los miembros de cada foro en ambas fechas
landscape-then-now-csv = Descargar la comparación en CSV
landscape-arrived = Presentes el { $now } y no el { $then }:
landscape-gone = Presentes el { $then } y no el { $now }:
landscape-col-joined = Incorporados
landscape-col-left = Salidos
analysis-compare-required = indique la otra fecha en “compare” (AAAA, AAAA-MM o AAAA-MM-DD)
landscape-met-title = Las reuniones como indicio
landscape-met-lede = Qué foros se encontraron en las reuniones registradas hasta el { $day }: uno participó en una reunión del otro, celebraron una juntos o ambos participaron en la reunión de un tercer foro; y los foros más parecidos que comparten miembros pero nunca se encontraron.
landscape-met-none = Ninguno de estos foros se encontró con otro en una reunión registrada hasta esta fecha.
landscape-never-met-title = Miembros en común, nunca reunidos
analysis-met = { $a } y { $b }: { $total ->
    [one] una reunión
   *[other] { $total } reuniones
} ({ $invited } como anfitrión e invitado, { $jointly } celebradas juntos, { $elsewhere } en la reunión de otro foro).
analysis-never-met = { $a } y { $b }: { $shared ->
    [one] un miembro
   *[other] { $shared } miembros
} en común (Jaccard { $jaccard }), nunca en la misma reunión.
area-portfolio-title = Los Estados con los que coincide en sus foros
area-portfolio-map = Estados que comparten foros con { $name } el { $day }, según cuántos
area-portfolio-none = No participa en ningún foro con lista de miembros el { $day }.
area-portfolio-csv = Descargar estos Estados en CSV
area-portfolio-table = Las cifras: { $count ->
    [one] un Estado
   *[other] { $count } Estados
}
area-portfolio-state = Estado
area-portfolio-shared = Foros compartidos
landscape-suggest-pick = Elegir un foro
analysis-compare-after = “compare” es posterior a la fecha mostrada: indique la fecha más antigua en “compare”
