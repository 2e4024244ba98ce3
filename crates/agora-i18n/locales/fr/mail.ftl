# Les courriels qu’envoie Agora : du texte brut.

mail-moved-subject = Agora : { $title }
mail-moved = Bonjour,

    { $status ->
        [published] Votre proposition « { $title } » concernant le forum { $forum } a été publiée : le registre affiche la modification, avec sa source.
        [changes_requested] Votre proposition « { $title } » concernant le forum { $forum } vous a été renvoyée : un éditeur demande des modifications.
        [in_review] Un éditeur a pris en charge votre proposition « { $title } » concernant le forum { $forum }.
        [submitted] Votre proposition « { $title } » concernant le forum { $forum } a été envoyée pour relecture.
       *[withdrawn] Votre proposition « { $title } » concernant le forum { $forum } a été retirée : la modification ne figure plus dans le registre.
    }
    { $commented ->
        [yes] {""}
            L’éditeur a écrit :

            { $comment }
       *[no] {""}
    }
    Pour la consulter et connaître la suite à donner :
    { $link }

    --
    Agora, la plateforme du dialogue interétatique sur les migrations. Vous recevez ce message parce que vous avez proposé cette modification ; la page de votre compte recense toutes les évolutions de vos contributions.
mail-reset-subject = Agora : définir un nouveau mot de passe
mail-reset = Bonjour,

    Quelqu’un a demandé à définir un nouveau mot de passe pour le compte Agora associé à cette adresse ({ $email }). Si c’est vous, ouvrez ce lien ; il ne fonctionne qu’une fois, dans un délai de { $hours } heures :

    { $link }

    Si ce n’est pas vous, ne faites rien : votre mot de passe reste inchangé.

    --
    Agora, la plateforme du dialogue interétatique sur les migrations.
mail-overdue-subject = Agora : rapports attendus pour « { $title } »
mail-overdue = Bonjour,

    Le cycle de rapports « { $title } » a pris fin le { $deadline }, et votre État n’a pas encore présenté de rapport sur { $owed ->
        [one] { $owed } recommandation
       *[other] { $owed } recommandations
    }. Indiquez ici où en est votre État :

    { $link }

    --
    Agora, la plateforme du dialogue interétatique sur les migrations. Vous recevez ce message parce que vous êtes le point focal de votre État pour ce forum.
mail-review-asked-subject = Agora : évaluation de pratiques pour « { $title } »
mail-review-asked = Bonjour,

    { $why ->
        [third] Les deux premières évaluations d’une pratique soumise à l’appel « { $title } » divergent nettement : un troisième évaluateur est sollicité. Si vous n’avez pas de conflit d’intérêts avec elle, évaluez-la ici :
       *[invited] Un éditeur vous invite à évaluer les bonnes pratiques soumises à l’appel « { $title } ». Acceptez, en indiquant au nom de qui vous vous exprimez, ici :
    }

    { $link }

    --
    Agora, la plateforme du dialogue interétatique sur les migrations. Vous recevez ce message parce qu’un éditeur vous a invité à évaluer cet appel.
