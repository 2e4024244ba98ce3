# El marco de cada página: título, navegación, selector de idioma, pie de página; la página de
# error; el formulario que elige una fecha; recuentos comunes a varias páginas.
# Una clave que termina en -html contiene marcado (enlaces); las demás son texto sin formato.

site-title = { $title } — Agora
site-skip = Ir al contenido
site-nav = Navegación principal
site-nav-fora = Foros
site-nav-states = Estados
site-nav-organisations = Organizaciones
site-nav-documents = Documentos
site-nav-search = Buscar
site-nav-api = API
site-nav-account = Cuenta
site-nav-review = Revisión ({ $count })
site-languages = Idioma
site-footer-about = Agora reúne el panorama del diálogo interestatal sobre migración, con sus fuentes.
site-footer-open-data-html = <a href="{ $data }">Datos abiertos</a>: <a href="{ $api }">API JSON</a>, <a href="{ $openapi }">descripción OpenAPI</a>.
site-footer-provenance = Qué certeza tenemos de cada dato

error-title = { $status ->
    [400] Solicitud incorrecta
    [401] Se requiere autenticación
    [403] Acceso prohibido
    [404] Página no encontrada
    [405] Método no permitido
    [409] Conflicto
    [413] Demasiado grande
    [415] Tipo de contenido no admitido
    [422] Contenido no procesable
    [429] Demasiadas solicitudes
    [503] Servicio no disponible
    [507] Almacenamiento insuficiente
   *[other] Error
}
error-search-instead = Buscar en Agora
error-search = Buscar
error-browse-html = O consulte <a href="/fora">los foros</a>, <a href="/areas">los Estados y territorios</a> o <a href="/documents">la biblioteca</a>.
error-home = Volver a la página de inicio

as-of-showing-html = El panorama al <strong>{ $day }</strong>.
as-of-showing-today-html = El panorama al <strong>{ $day }</strong> (hoy).
as-of-showing-period-html = El panorama al <strong>{ $day }</strong>, último día de { $period }.
as-of-other = Mostrar otra fecha
as-of-hint = Un día (2009-06-04), un mes (2009-06) o un año (2009)
as-of-compare = Comparar con
as-of-show = Mostrar
as-of-bangkok = 4 de junio de 2009 (reunión mundial de los PCR en Bangkok)
as-of-today = hoy

count-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}

error-internal = Se produjo un error inesperado; ha quedado registrado.
error-unavailable = El servicio no está disponible en este momento; inténtelo de nuevo en unos instantes.
error-storage-full = No queda espacio para guardar esto; no se ha escrito nada. Inténtelo de nuevo cuando se haya liberado espacio.
error-not-found = { $what ->
    [feed] No existe ese canal.
    [saved-search] No tiene ninguna búsqueda guardada { $id }.
    [release] No hay ninguna versión publicada { $id }.
    [recommendation] No existe la recomendación { $id }.
    [follow_up] No existe la entrada de seguimiento { $id }, o usted no puede consultarla.
    [forum] Ningún foro tiene el identificador “{ $id }”.
    [area] Ningún Estado ni territorio tiene el código “{ $id }”.
    [organisation] Ninguna organización tiene el identificador “{ $id }”.
    [document] Ningún documento tiene el identificador “{ $id }”, o usted no puede consultarlo.
    [contribution] No existe la contribución { $id }, o usted no puede abrirla.
    [account] No existe la cuenta { $id }.
    [file] Ese archivo no existe.
    [practice] No se ha publicado ninguna buena práctica con el identificador “{ $id }”.
    [practice_call] No existe la convocatoria de prácticas { $id }.
    [practice_submission] No existe la presentación { $id }, o usted no puede leerla.
   *[other] No se encontró “{ $id }”.
}
error-no-route = No hay ninguna página en esta dirección.
error-invalid-link = Este enlace no es válido: puede haber caducado o haberse usado ya; pida uno nuevo a un administrador.
error-sign-in = Inicie sesión primero.
error-bad-token = El token de la API falta, es desconocido o fue revocado.
error-bad-parameter = La dirección o el formulario contiene un valor que no se puede leer: “{ $parameter }”.
error-forbidden = Usted no puede realizar esta acción.
error-conflict = Esta acción no es posible tal como están los datos ahora.
error-too-many = { $seconds ->
    [one] Demasiadas solicitudes de este tipo; inténtelo de nuevo dentro de { $seconds } segundo.
   *[other] Demasiadas solicitudes de este tipo; inténtelo de nuevo dentro de { $seconds } segundos.
}
error-other = No se pudo atender la solicitud.
