# Contribuer : proposer une modification d’un forum (ses entrées, son profil), signaler une erreur,
# proposer à partir d’un tableur ; ses contributions et la file de relecture ; une contribution et
# ses étapes ; les erreurs de saisie dans les formulaires.

## Qui et quoi, en toutes lettres
who-role = { $kind ->
    [admin] un administrateur
    [editor] un éditeur
    [researcher] un chercheur
    [reviewer] un évaluateur de l'appel { $of }
    [secretariat] le secrétariat du forum { $of }
    [focal_point] le point focal ({ $of })
   *[other] {""}
}
contribution-status = { $status ->
    [draft] Brouillon : invisible pour les éditeurs tant qu’il n’est pas envoyé
    [submitted] Envoyée : en attente d’un éditeur
    [in_review] En cours de relecture par un éditeur
    [changes_requested] Renvoyée : les éditeurs demandent des modifications
    [published] Publiée : la modification figure dans le registre
   *[withdrawn] Retirée
}
contribution-action = { $action ->
    [create] l’a proposée
    [publish] l’a publiée
    [request_changes] l’a renvoyée pour modification
    [start_review] l’a prise en charge pour relecture
    [withdraw] l’a retirée
    [comment] a formulé un commentaire
    [submit] l’a soumise pour relecture
    [edit] l’a révisée
    [rebase] l’a mise à jour
   *[other] { $action }
}
contribution-step = { $step ->
    [submit] Soumettre pour relecture
    [start_review] Commencer la relecture
    [request_changes] Demander des modifications
    [publish] Publier
   *[withdraw] Retirer
}
entry-between = { $start } – { $end }
entry-since = { $start } – …
entry-until = … – { $end }
entry-no-dates = dates non renseignées
entry-sources = { $count ->
    [one] source :
   *[other] sources :
}
field-name = { $path ->
    [name_en] Nom en anglais
    [acronyms] Sigles
    [established] Création
    [dissolved] Dissolution
    [summary] Résumé
    [objectives] Objectifs
    [sources] Sources
    [start_date] Début
    [end_date] Fin
    [role] Rôle
   *[note] Note
}

## Formulaires
form-read-as = Interprété comme { $date } ({ $iso }).
form-mistakes = { $count ->
    [one] Un point à corriger
   *[other] { $count } points à corriger
}
form-kept = Ce que vous avez saisi est conservé ci-dessous.
mistake-date = « { $typed } » ne peut pas être interprété comme une date : { $why }
mistake-source = une source est l’adresse web d’une page qui l’atteste, commençant par https://
mistake-forum-name = un forum doit avoir un nom
mistake-no-entry = ce forum ne comporte pas cette entrée
mistake-who = précisez qui : saisissez le nom d’un État, d’une organisation ou d’un forum
mistake-who-unknown = aucun État, aucune organisation ni aucun forum ne s’appelle « { $typed } » : choisissez l’un des noms proposés pendant la saisie
mistake-who-near = « { $typed } » ne correspond exactement à aucun nom connu ; vouliez-vous dire { $names } ?
mistake-role = choisissez un rôle
mistake-role-offered = choisissez l’un des rôles proposés
mistake-end-before-start = la date de fin est antérieure à la date de début
mistake-no-source = cette entrée n’a pas encore de source : indiquez l’adresse web d’une page qui l’atteste
mistake-new-needs-source = une nouvelle entrée doit avoir une source : l’adresse web d’une page qui l’atteste
proposal-comment = Commentaire à l’intention des éditeurs
proposal-draft = Enregistrer comme brouillon
proposal-submit = Soumettre pour relecture

## Les champs d’une entrée
entry-who = Qui
entry-who-hint = Un État, une organisation ou un forum : commencez à saisir son nom (Japon, OIM, Processus de Colombo) et choisissez-le dans la liste.
entry-name-option = { $kind ->
    [state] État · { $code }
    [organisation] organisation · { $code }
   *[forum] forum · { $code }
}
entry-choose-role = Choisissez un rôle
entry-from = Début
entry-from-hint = Une année, un mois ou un jour, comme vous l’écrivez : 2025, nov. 2025, 2025-11-04. Laissez vide si la source ne donne pas de date.
entry-until-label = Fin
entry-until-hint = Laissez vide si c’est toujours le cas.

## Les champs du profil d’un forum
profile-acronyms = Sigles (séparés par des virgules)
profile-date-hint = Une année, un mois ou un jour : 2002, oct. 2002, 2002-10-15.
profile-objectives = Objectifs (un par ligne)

## Proposer une modification
propose-title-correct = Corrigez votre proposition — Proposer une modification du forum { $name }
propose-lede-html = Un éditeur examine ce que vous proposez et voit exactement ce que cela modifie ; rien n’est rendu public avant qu’un éditeur ne le publie. Vous pouvez enregistrer un brouillon et l’envoyer plus tard. <a href="{ $href }">Retour au forum</a>.
propose-on-this-page-html = Sur cette page : <a href="#entry">membres, présidents et secrétariat</a> · <a href="#profile">profil du forum</a>.
propose-entries = Membres, présidents et secrétariat
propose-entries-lede = Ajoutez une entrée (un nouveau membre ou observateur, la présidence pour une nouvelle période) ou corrigez une entrée existante.
propose-entry = Entrée
propose-entry-hint = Pour corriger une entrée, choisissez-la et ne remplissez que ce qui change : ce que vous laissez vide reste tel qu’enregistré.
propose-new-entry = Nouvelle entrée
propose-entry-option = { $member } — { $role } ({ $period })
propose-source-hint = L’adresse web d’une page qui l’atteste (obligatoire pour une nouvelle entrée).
propose-title-field = Titre de votre proposition (facultatif)
propose-comment = Commentaire à l’intention des éditeurs (facultatif)
propose-send = Envoyer pour relecture

## Signaler une erreur
report-title = Signaler une erreur concernant le forum { $name }
report-thanks-html = <strong>Merci.</strong> Votre signalement (contribution { $n }) figure dans la file de relecture des éditeurs ; un éditeur va vérifier la source et corriger le registre.
report-back-to = Retour à la page { $name }
report-lede-html = Indiquez ce qui est inexact et donnez l’adresse d’une page où figure le fait exact : le site du forum lui-même, une déclaration, une page officielle. Les éditeurs examinent chaque signalement avant toute modification. <a href="{ $href }">Retour au forum</a>.
report-not-sent-html = <strong>Le signalement n’a pas été envoyé.</strong> { $field } : { $message }
report-what = Ce qui est inexact
report-send = Envoyer le signalement

## À partir d’un tableur
spreadsheet-title = Proposer des modifications à partir d’un tableur
spreadsheet-lede-html = Tenez à jour les membres d’un forum ou sa propre fiche dans un tableur : téléchargez-les au format CSV (<code>agora export --format csv</code> produit <code>fora.csv</code> et <code>memberships.csv</code>, avec les colonnes que lit ce formulaire), modifiez les lignes voulues, ajoutez des lignes pour les nouveaux membres (en laissant leur <code>id</code> vide) et déposez le fichier ici. Chaque ligne qui diffère du registre tel qu’il est entre dans une seule et même contribution : un éditeur examine les lignes ensemble, et elles sont publiées toutes ensemble ou pas du tout. Un fichier contient soit des forums, soit des participations, et seulement pour des forums dont vous assurez le secrétariat. <a href="/contributions">Retour à mes contributions</a>.
spreadsheet-file = Fichier CSV
spreadsheet-doc-title = Titre (laisser vide pour un titre tiré de la première fiche)

## Listes de contributions
contributions-mine-lede = Les modifications que vous avez proposées, et celles proposées pour les forums dont vous assurez le secrétariat.
contributions-review-lede = Contributions en attente d’un éditeur. Rien n’est rendu public avant qu’un éditeur ne le publie.
contributions-spreadsheet-html = <a href="{ $href }">Proposer des modifications à partir d’un tableur</a> (les membres d’un forum, ou sa fiche, au format CSV).
contributions-none = Aucune contribution ne correspond.
contributions-count = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
contributions-contribution = Contribution
contributions-proposed-as = Proposée en tant que
contributions-last-step = Dernière étape

## Une contribution
contribution-saved-html = <strong>Enregistrée comme brouillon.</strong> Les éditeurs ne la voient pas encore : révisez-la, ou envoyez-la pour relecture à l’aide du bouton au bas de cette page.
contribution-sent-html = <strong>Envoyée pour relecture.</strong> La suite :
contribution-next-1 = Un éditeur d’Agora la lit et en vérifie la source.
contribution-next-2 = Il la publie, et le registre affiche la modification avec sa source ; ou il vous la renvoie avec un commentaire indiquant ce qu’il faut modifier.
contribution-next-3-html = Vous êtes informé de son avancement sur <a href="/account">la page de votre compte</a>, où figurent <a href="/contributions">vos contributions</a>.
contribution-next-3-mail-html = Vous êtes informé de son avancement par courriel et sur <a href="/account">la page de votre compte</a>, où figurent <a href="/contributions">vos contributions</a>.
contribution-records = Fiches
contribution-records-together = { $count } fiches, publiées ensemble
contribution-proposed-by = Proposée par
contribution-revise = Réviser la proposition
contribution-stale = { $count ->
    [one] La fiche a été modifiée depuis la rédaction de cette contribution : celle-ci ne pourra être publiée qu’après avoir été mise à jour par rapport à la fiche actuelle.
   *[other] Une fiche qu’elle modifie a changé depuis la rédaction de cette contribution : celle-ci ne pourra être publiée qu’après avoir été mise à jour par rapport aux fiches actuelles.
}
contribution-rebase = Mettre à jour
contribution-what-it-changes = Ce qu’elle modifie
contribution-adds = Ajoute :
contribution-changes = Modifie :
contribution-was = Avant :
contribution-entry-changed-since = (l’entrée a changé depuis)
contribution-changed-since = (a changé depuis)
contribution-record = { $new ->
    [true] { $entity ->
        [forum] Un nouveau forum
        [document] Un nouveau document
       *[membership] Une nouvelle entrée
    }
   *[false] { $entity ->
        [forum] Le forum
        [document] Le document
       *[membership] L’entrée
    }
}
contribution-nothing-differs = Aucune différence.
contribution-every-field = Tous les champs, tels qu’enregistrés ({ $count })
contribution-fields-changed = Les champs qu’elle modifie ({ $count })
contribution-fields-of-html = { $count ->
    [one] { $count } champ de <code>{ $id }</code>
   *[other] { $count } champs de <code>{ $id }</code>
}
contribution-same-file = Le même fichier figure déjà dans la bibliothèque, dans les documents suivants :
contribution-same-file-how = La publication ajoute ce dépôt comme un document supplémentaire partageant le même fichier ; renvoyez-le ou laissez-le non publié s’il fait double emploi avec l’un de ces documents.
contribution-file-text = Le texte du fichier
contribution-steps = Étapes et commentaires
contribution-comment = Commentaire
contribution-comment-only = Commentaire seulement
contribution-withdraw = Retirer cette publication
contribution-withdraw-how = Le retrait supprime de nouveau la modification du registre. Indiquez-en le motif dans le commentaire.
contribution-why = Motif
revise-title = Réviser : { $title }
revise-lede-html = Modifiez ce que propose cette contribution. Les éditeurs verront la nouvelle version et votre commentaire. <a href="{ $href }">Retour à la contribution</a>.
revise-source = Autre source (adresse web)
revise-send = Enregistrer et envoyer pour relecture
revise-save = Enregistrer
profile-name-in = { $language ->
    [ar] Nom en arabe
    [zh] Nom en chinois
    [fr] Nom en français
    [ru] Nom en russe
   *[es] Nom en espagnol
}
profile-summary-in = { $language ->
    [ar] Résumé en arabe
    [zh] Résumé en chinois
    [fr] Résumé en français
    [ru] Résumé en russe
   *[es] Résumé en espagnol
}
profile-objectives-in = { $language ->
    [ar] Objectifs en arabe (un par ligne)
    [zh] Objectifs en chinois (un par ligne)
    [fr] Objectifs en français (un par ligne)
    [ru] Objectifs en russe (un par ligne)
   *[es] Objectifs en espagnol (un par ligne)
}
spreadsheet-title-of = Proposer des modifications des membres du forum { $name } à partir de leur tableur
spreadsheet-of-forum-html = Partez du <a href="{ $href }">tableur des membres</a> (toutes les lignes, anciennes et actuelles), modifiez les lignes voulues et ajoutez-en de nouvelles ; seules les lignes qui diffèrent des fiches entrent dans la proposition. Enregistrez-la d’abord comme brouillon pour voir exactement ce qu’elle modifie, puis soumettez-la pour relecture. Toute ligne relevant d’un autre forum est refusée.
spreadsheet-other-forum = cette ligne relève du forum { $other } : ce tableur ne modifie que des fiches du forum { $forum }
forum-propose-spreadsheet = Proposer des modifications des membres à partir de leur tableur
