# The e-mails Agora sends: plain text.

mail-moved-subject = Agora: { $title }
mail-moved = Hello,

    { $status ->
        [published] Your proposal “{ $title }” to { $forum } was published: the registry shows the change, with its source.
        [changes_requested] Your proposal “{ $title }” to { $forum } was sent back: an editor asks for changes.
        [in_review] An editor has taken up your proposal “{ $title }” to { $forum }.
        [submitted] Your proposal “{ $title }” to { $forum } was sent for review.
       *[withdrawn] Your proposal “{ $title }” to { $forum } was withdrawn: the change is no longer in the registry.
    }
    { $commented ->
        [yes] {""}
            The editor wrote:

            { $comment }
       *[no] {""}
    }
    See it, and what to do next:
    { $link }

    --
    Agora, the hub of inter-state dialogue on migration. You receive this because you proposed this change; your account page lists every change to your contributions.
mail-reset-subject = Agora: set a new password
mail-reset = Hello,

    Someone asked to set a new password for the Agora account of this address ({ $email }). If it was you, open this link; it works once, within { $hours } hours:

    { $link }

    If it was not you, do nothing: your password stays as it is.

    --
    Agora, the hub of inter-state dialogue on migration.
mail-overdue-subject = Agora: reports owed for “{ $title }”
mail-overdue = Hello,

    The reporting cycle “{ $title }” closed on { $deadline }, and your state has not reported on { $owed ->
        [one] { $owed } recommendation
       *[other] { $owed } recommendations
    } yet. Report where your state stands here:

    { $link }

    --
    Agora, the hub of inter-state dialogue on migration. You receive this because you are your state's focal point for this forum.
mail-review-asked-subject = Agora: you are asked to review practices for “{ $title }”
mail-review-asked = Hello,

    { $why ->
        [third] The first two reviews of a practice submitted to the call “{ $title }” lie far apart: a third reviewer is asked. If you have no conflict of interest with it, review it here:
       *[invited] An editor invites you to review the good practices submitted to the call “{ $title }”. Accept, stating whom you speak for, here:
    }

    { $link }

    --
    Agora, the hub of inter-state dialogue on migration. You receive this because an editor invited you to review this call.
