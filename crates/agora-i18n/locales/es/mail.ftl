# Los correos electrónicos que envía Agora: texto sin formato.

mail-moved-subject = Agora: { $title }
mail-moved = Hola:

    { $status ->
        [published] Su propuesta “{ $title }” sobre { $forum } se ha publicado: el registro muestra el cambio, con su fuente.
        [changes_requested] Su propuesta “{ $title }” sobre { $forum } le ha sido devuelta: un editor solicita cambios.
        [in_review] Un editor ha empezado a revisar su propuesta “{ $title }” sobre { $forum }.
        [submitted] Su propuesta “{ $title }” sobre { $forum } se ha enviado a revisión.
       *[withdrawn] Su propuesta “{ $title }” sobre { $forum } se ha retirado: el cambio ya no figura en el registro.
    }
    { $commented ->
        [yes] {""}
            Comentario del editor:

            { $comment }
       *[no] {""}
    }
    Puede consultarla, junto con los próximos pasos, en este enlace:
    { $link }

    --
    Agora, el portal del diálogo interestatal sobre migración. Recibe este mensaje porque propuso este cambio; en la página de su cuenta figuran todas las novedades de sus contribuciones.
mail-reset-subject = Agora: establecer una nueva contraseña
mail-reset = Hola:

    Se ha solicitado establecer una nueva contraseña para la cuenta de Agora asociada a esta dirección ({ $email }). Si fue usted, abra este enlace; solo puede utilizarse una vez, en un plazo de { $hours } horas:

    { $link }

    Si no fue usted, no es necesario que haga nada: su contraseña seguirá siendo la misma.

    --
    Agora, el portal del diálogo interestatal sobre migración.
mail-overdue-subject = Agora: informes pendientes de “{ $title }”
mail-overdue = Hola:

    El ciclo de informes “{ $title }” se cerró el { $deadline } y su Estado aún no ha informado sobre { $owed ->
        [one] { $owed } recomendación
       *[other] { $owed } recomendaciones
    }. Indique aquí la situación de su Estado:

    { $link }

    --
    Agora, el portal del diálogo interestatal sobre migración. Recibe este mensaje porque es el punto focal de su Estado para este foro.
mail-review-asked-subject = Agora: se le pide revisar prácticas para “{ $title }”
mail-review-asked = Hola:

    { $why ->
        [third] Las dos primeras revisiones de una práctica presentada a la convocatoria “{ $title }” difieren mucho: se solicita un tercer revisor. Si no tiene conflicto de intereses con ella, revísela aquí:
       *[invited] Un editor le invita a revisar las buenas prácticas presentadas a la convocatoria “{ $title }”. Acepte, indicando en nombre de quién habla, aquí:
    }

    { $link }

    --
    Agora, la plataforma del diálogo interestatal sobre migración. Recibe este mensaje porque un editor le invitó a revisar esta convocatoria.
