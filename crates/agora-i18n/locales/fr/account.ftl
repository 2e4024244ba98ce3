# Les comptes : la connexion, la définition et la réinitialisation d’un mot de passe, son compte et ses
# jetons, et les pages des administrateurs (comptes et rôles, journal d’audit).

## Connexion
sign-in-title = Connexion
sign-in-lede = Réservé aux secrétariats, aux points focaux, aux éditeurs, aux chercheurs et aux administrateurs. Les comptes sont créés par un administrateur.
sign-in-password = Mot de passe
sign-in-forgot = Mot de passe oublié ?
sign-in-too-many = Trop de tentatives infructueuses. Patientez quelques minutes, puis réessayez.
sign-in-wrong = L’adresse électronique ou le mot de passe est incorrect.
form-error-html = <strong>Erreur :</strong> { $error }

## Définir un mot de passe
setup-title = Définir votre mot de passe
setup-lede-html = Vous allez définir le mot de passe du compte <strong>{ $email }</strong>. Ce lien ne fonctionne qu’une seule fois.
setup-password = Mot de passe (au moins 15 caractères ; quelques mots mis bout à bout font un bon mot de passe)
setup-password-again = Le même mot de passe, une seconde fois
setup-submit = Définir le mot de passe
setup-done-title = Mot de passe défini
setup-done-html = Le mot de passe de <strong>{ $email }</strong> est défini, et le lien ne fonctionne plus.
setup-done-sign-in-html = <a href="{ $href }">Connectez-vous dès maintenant</a> avec cette adresse électronique et le mot de passe que vous avez choisi.
setup-done-home = Aller à la page d’accueil

## Nouveau mot de passe
reset-title = Nouveau mot de passe
reset-sent-html = <strong>Si un compte utilise l’adresse { $email }, un lien permettant de définir un nouveau mot de passe vient d’y être envoyé.</strong> Ce lien ne fonctionne qu’une fois, dans un délai de { $hours } heures. Vous n’avez rien reçu ? Consultez votre dossier de courrier indésirable, ou renouvelez votre demande dans un quart d’heure.
reset-lede = Saisissez l’adresse électronique de votre compte : un lien permettant de définir un nouveau mot de passe y sera envoyé.
reset-send = M’envoyer un lien
reset-no-mail-html = Ce site n’envoie pas de courriels. Demandez à son exploitant un nouveau lien pour définir votre mot de passe : il exécute <code>agora user link your@address</code> sur le serveur et vous transmet le lien obtenu. Ce lien ne fonctionne qu’une fois, dans un délai de { $hours } heures.
reset-back = Retour à la connexion

## Votre compte
account-title = Votre compte
account-email = Adresse électronique
account-roles = Rôles
account-no-roles = aucun : vous pouvez signaler des erreurs dans le registre
account-propose-to = Proposer une modification du forum { $name }
account-editor-proposes = En tant qu’éditeur, vous pouvez proposer une modification de n’importe quel forum : ouvrez sa page et choisissez « Proposer une modification ».
account-news = Suivi de vos contributions
account-no-news = Rien pour l’instant : lorsqu’un éditeur prend en charge, publie ou vous renvoie l’une de vos propositions, cela s’affiche ici.
account-no-news-mail = Rien pour l’instant : lorsqu’un éditeur prend en charge, publie ou vous renvoie l’une de vos propositions, cela s’affiche ici et vous en êtes informé par courriel.
account-my-contributions = Mes contributions
account-review-queue = File de relecture
account-sign-out = Se déconnecter
account-change-password = Changer votre mot de passe
account-current = Mot de passe actuel
account-new = Nouveau mot de passe (au moins 15 caractères ; quelques mots sans rapport entre eux conviennent bien)
account-new-again = Le nouveau mot de passe, une seconde fois
account-change-password-submit = Changer le mot de passe
account-current-wrong = Le mot de passe actuel est incorrect.
account-passwords-differ = Les deux mots de passe ne sont pas identiques.
account-password-refused = Le nouveau mot de passe est refusé : { $why }.
account-password-changed = Votre mot de passe a été changé ; vos autres sessions ont été fermées.
account-tokens = Jetons d’API
account-tokens-lede-html = Les programmes envoient un jeton sous la forme <code>Authorization: Bearer TOKEN</code> et agissent avec vos rôles, dans les limites des portées du jeton : tout jeton permet de lire ce que vous pouvez lire ; il ne permet de contribuer (proposer, relire, déposer) ou d’administrer que s’il a été créé à cette fin. Un jeton ne peut jamais créer d’autres jetons ni changer votre mot de passe, et tous les jetons cessent de fonctionner lorsque votre mot de passe change. Révoquez un jeton dès qu’il n’est plus nécessaire.
account-tokens-caption = Vos jetons
account-scopes = Portées
account-made = Création
account-status = Statut
account-revoked = révoqué le { $at }
account-revoke = Révoquer { $name }
account-token-name = Nom du nouveau jeton
account-token-may = Outre la lecture, le jeton peut
account-token-contribute = contribuer : proposer et relire des modifications, déposer des documents
account-token-administer = administrer : consulter le journal d’audit et les comptes, révoquer des rôles et désactiver des comptes (jamais celui d’un administrateur ; la création de comptes et l’attribution de rôles exigent que vous soyez vous-même connecté)
account-token-submit = Créer un jeton
account-token-made = Le jeton « { $name } » a été créé. Copiez-le maintenant : il ne sera plus affiché.

## Comptes et rôles
admin-users-title = Comptes et rôles
admin-users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-change = Modifier
admin-status = { $status ->
    [active] actif
    [disabled] désactivé
   *[waiting] en attente d’un mot de passe
}
admin-role = Rôle
admin-grant = Attribuer
admin-revoke = Révoquer
admin-disable = Désactiver le compte
admin-add = Ajouter un compte
admin-role-hint = Rôle (admin, editor, researcher, secretariat:FORUM-ID, focal_point:ISO3, reviewer:CALL)
admin-add-submit = Ajouter
admin-account-made = Le compte { $email } a été créé. Envoyez à son titulaire ce lien à usage unique pour qu’il définisse un mot de passe (valable { $hours } heures) :

## Le journal d’audit
audit-title = Journal d’audit
audit-lede = Qui a fait quoi, tentatives refusées comprises, des plus récentes aux plus anciennes. Les refus répétés d’un même auteur depuis une même adresse en l’espace de 15 minutes sont regroupés en une seule entrée, avec leur nombre.
audit-who = Auteur
audit-who-example = account:7, anonymous, cli
audit-action = Action
audit-action-example = sign_in, contribution.publish
audit-outcome = Résultat
audit-any = indifférent
audit-ok = réussi
audit-refused = refusé
audit-q = Objet ou provenance (texte)
audit-none = Aucune entrée
audit-count = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
audit-count-older = { $count ->
    [one] { $count } entrée plus ancienne
   *[other] { $count } entrées plus anciennes
}
audit-when = Date (UTC)
audit-from = Provenance
audit-on = Objet
audit-times = Occurrences
audit-older = Entrées plus anciennes
