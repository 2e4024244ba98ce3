# Las cuentas: el inicio de sesión, el establecimiento y la recuperación de la contraseña, la
# cuenta propia y sus tokens, y las páginas de los administradores (cuentas y funciones, registro
# de auditoría).

## Inicio de sesión
sign-in-title = Iniciar sesión
sign-in-lede = Para secretarías, puntos focales, editores, investigadores y administradores. Las cuentas las crea un administrador.
sign-in-password = Contraseña
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-too-many = Demasiados intentos fallidos. Espere unos minutos y vuelva a intentarlo.
sign-in-wrong = La dirección de correo electrónico o la contraseña no son correctas.
form-error-html = <strong>Error:</strong> { $error }

## Establecimiento de la contraseña
setup-title = Establezca su contraseña
setup-lede-html = Aquí se establece la contraseña de la cuenta <strong>{ $email }</strong>. El enlace solo puede utilizarse una vez.
setup-password = Contraseña (al menos 15 caracteres; unas cuantas palabras forman una buena contraseña)
setup-password-again = Repita la contraseña
setup-submit = Establecer la contraseña
setup-done-title = Contraseña establecida
setup-done-html = Se ha establecido la contraseña de <strong>{ $email }</strong>, y el enlace ha dejado de funcionar.
setup-done-sign-in-html = <a href="{ $href }">Inicie sesión ahora</a> con esta dirección de correo electrónico y la contraseña que ha elegido.
setup-done-home = Ir a la página de inicio

## Una nueva contraseña
reset-title = Nueva contraseña
reset-sent-html = <strong>Si alguna cuenta utiliza la dirección { $email }, se le ha enviado un enlace para establecer una nueva contraseña.</strong> El enlace solo puede utilizarse una vez, en un plazo de { $hours } horas. ¿No ha recibido nada? Revise la carpeta de correo no deseado o vuelva a solicitarlo dentro de un cuarto de hora.
reset-lede = Escriba la dirección de correo electrónico de su cuenta: se le enviará a ella un enlace para establecer una nueva contraseña.
reset-send = Enviarme un enlace
reset-no-mail-html = Este sitio no envía correos electrónicos. Pida a la persona que lo administra un nuevo enlace para establecer su contraseña: esta ejecuta <code>agora user link your@address</code> en el servidor y le envía el enlace que se obtiene. El enlace solo puede utilizarse una vez, en un plazo de { $hours } horas.
reset-back = Volver al inicio de sesión

## La cuenta propia
account-title = Su cuenta
account-email = Dirección de correo electrónico
account-roles = Funciones
account-no-roles = ninguna: puede notificar errores en los datos del registro
account-propose-to = Proponer un cambio en { $name }
account-editor-proposes = Como editor, puede proponer un cambio en cualquier foro: abra su página y elija “Proponer un cambio”.
account-news = Novedades de sus contribuciones
account-no-news = Nada por ahora: cuando un editor empiece a revisar, publique o le devuelva algo que usted haya propuesto, lo verá aquí.
account-no-news-mail = Nada por ahora: cuando un editor empiece a revisar, publique o le devuelva algo que usted haya propuesto, lo verá aquí y se le avisará por correo electrónico.
account-my-contributions = Mis contribuciones
account-review-queue = Cola de revisión
account-sign-out = Cerrar sesión
account-change-password = Cambio de contraseña
account-current = Contraseña actual
account-new = Nueva contraseña (al menos 15 caracteres; unas cuantas palabras sin relación entre sí dan buen resultado)
account-new-again = Repita la nueva contraseña
account-change-password-submit = Cambiar la contraseña
account-current-wrong = La contraseña actual no es correcta.
account-passwords-differ = Las dos contraseñas no coinciden.
account-password-refused = La nueva contraseña no es válida: { $why }.
account-password-changed = Se ha cambiado su contraseña y se han cerrado sus demás sesiones.
account-tokens = Tokens de API
account-tokens-lede-html = Los programas envían un token en la forma <code>Authorization: Bearer TOKEN</code> y actúan con las funciones de usted, dentro de los ámbitos del token: todo token puede leer lo que usted puede leer; solo contribuye (propone, revisa, carga documentos) o administra si se ha creado para ello. Un token nunca crea tokens ni cambia su contraseña, y todos los tokens dejan de funcionar cuando cambia su contraseña. Revoque un token en cuanto deje de necesitarlo.
account-tokens-caption = Sus tokens
account-scopes = Ámbitos
account-made = Creación
account-status = Situación
account-revoked = revocado el { $at }
account-revoke = Revocar { $name }
account-token-name = Nombre del nuevo token
account-token-may = Además de leer, el token puede
account-token-contribute = contribuir: proponer y revisar cambios, cargar documentos
account-token-administer = administrar: consultar el registro de auditoría y las cuentas, revocar funciones y desactivar cuentas (nunca la de un administrador; para crear cuentas y asignar funciones es preciso que lo haga usted, con la sesión iniciada)
account-token-submit = Crear un token
account-token-made = Se ha creado el token “{ $name }”. Cópielo ahora: no volverá a mostrarse.

## Cuentas y funciones
admin-users-title = Cuentas y funciones
admin-users-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
admin-change = Modificar
admin-status = { $status ->
    [active] activa
    [disabled] desactivada
   *[waiting] a la espera de una contraseña
}
admin-role = Función
admin-grant = Asignar
admin-revoke = Revocar
admin-disable = Desactivar la cuenta
admin-add = Añadir una cuenta
admin-role-hint = Función (admin, editor, researcher, secretariat:FORUM-ID, focal_point:ISO3, reviewer:CALL)
admin-add-submit = Añadir
admin-account-made = Se ha creado la cuenta { $email }. Envíe a su titular este enlace de un solo uso para establecer una contraseña (válido durante { $hours } horas):

## El registro de auditoría
audit-title = Registro de auditoría
audit-lede = Quién hizo qué, incluidos los intentos rechazados, de lo más reciente a lo más antiguo. Los rechazos repetidos de un mismo actor desde una misma dirección en un plazo de 15 minutos se agrupan en una sola entrada, con su número.
audit-who = Quién
audit-who-example = account:7, anonymous, cli
audit-action = Acción
audit-action-example = sign_in, contribution.publish
audit-outcome = Resultado
audit-any = cualquiera
audit-ok = realizada
audit-refused = rechazada
audit-q = Objeto u origen (texto)
audit-none = No hay entradas
audit-count = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
audit-count-older = { $count ->
    [one] { $count } entrada más antigua
   *[other] { $count } entradas más antiguas
}
audit-when = Fecha y hora (UTC)
audit-from = Origen
audit-on = Objeto
audit-times = Veces
audit-older = Entradas más antiguas
