# Les bonnes pratiques et les enseignements tirés (ticket 20) : les pratiques publiées, les appels à pratiques,
# leur évaluation par les pairs et la décision d’un éditeur.

## La fiche et ses règles
id-not-practice = « { $input } » n’est pas un identifiant de bonne pratique valide : { $rule }
record-not-practice = ce n’est pas une bonne pratique : { $error }
history-what-practice = la bonne pratique { $id }
practice-english-required = une version anglaise est requise
practice-too-many = le maximum autorisé est de { $most }
practice-where = indiquez au moins un forum ou un État où elle a été appliquée
practice-named-twice = figure deux fois
practice-period-order = la fin précède le début
practice-evidence-empty = un élément de preuve requiert un document de la bibliothèque, une adresse web ou un chiffre
store-practice-taken = l’identifiant { $id } est déjà pris par une autre pratique
change-practice-added = Nouvelle bonne pratique : { $title }
change-practice-updated = Bonne pratique corrigée : { $title }
change-practice-removed = Une bonne pratique a été supprimée : { $title }
review-criterion-missing = chaque critère de la grille d’évaluation doit être noté
review-criterion-unknown = ce n’est pas un critère de la grille d’évaluation : utilisez applied, relevant, effective, coherent, innovative, replicable ou sustainable
review-score-range = une note de { $lowest } à { $highest }
review-comment-empty = expliquez pourquoi, dans un commentaire
review-affiliation = « { $input } » n’est pas une affiliation : utilisez state:ISO3, forum:ID ou organisation:NAME

## Refus
practice-call-editors = seuls les éditeurs ouvrent des appels, invitent des évaluateurs et prennent les décisions
practice-call-title = un titre de 1 à 300 caractères
practice-no-such-account = il n’existe aucun compte ayant l’adresse électronique { $email } : les comptes sont créés par un administrateur
practice-not-invited = vous n’êtes pas invité à évaluer les pratiques de cet appel
practice-accepted-already = vous avez déjà accepté cette invitation
practice-review-not-yours = la synthèse de l’évaluation par les pairs est rédigée lors de la publication de la pratique
practice-submitters = les pratiques sont soumises par le secrétariat d’un forum, le point focal d’un État ou un éditeur
practice-call-closed = l’appel a été clos le { $deadline }
practice-not-yours = vous ne pouvez soumettre des pratiques que pour les forums et les États au nom desquels vous agissez
practice-not-returned = seule une pratique qui vous a été renvoyée peut être soumise à nouveau
practice-contacts-not-yours = seuls la personne qui l’a soumise ou un éditeur peuvent supprimer ses coordonnées
practice-decision = « { $typed } » n’est pas une décision : utilisez publish, return ou reject
practice-accept-first = acceptez d’abord l’invitation, en indiquant votre affiliation
practice-not-in-review = cette pratique n’est pas en cours d’évaluation
practice-declared-already = vous avez déjà fait votre déclaration pour cette pratique
practice-enough-reviewers = cette pratique a déjà les évaluateurs dont elle a besoin
practice-conflict = conflit d’intérêts : votre affiliation ({ $affiliation }) est mentionnée dans la pratique ; un éditeur peut vous autoriser à l’évaluer
practice-conflict-declared = vous avez déclaré un conflit d’intérêts ; un éditeur peut vous autoriser à évaluer cette pratique
practice-scored-already = vous avez déjà noté cette pratique
practice-declare-first = déclarez d’abord que vous n’avez aucun conflit d’intérêts
practice-override-reason = expliquez pourquoi, en 1 à 1000 caractères
practice-not-a-reviewer = { $email } n’est pas évaluateur de cet appel
practice-overridden-already = cet évaluateur est déjà autorisé à l’évaluer
practice-reviews-missing = les évaluations requises ne sont pas toutes parvenues
practice-not-an-object = une pratique est un objet JSON de ses champs
practice-own = vous avez soumis cette pratique : son évaluation revient à d’autres
practice-not-declared = cet évaluateur n’a pas fait de déclaration pour ce tour, ou a déjà noté
practice-no-longer-valid = la pratique ne satisfait plus aux contrôles ({ $field } : { $said }) : renvoyez-la à son auteur

## Les pratiques publiées
site-nav-practices = Bonnes pratiques
search-what-practice = Bonne pratique
practices-title = Bonnes pratiques et enseignements tirés
practices-lede = Ce que les forums et les États ont fait, ce qui en est résulté, éléments de preuve à l’appui, ce qui n’a pas fonctionné et ce qu’il faut pour le refaire. Chacune a été évaluée par les pairs à la suite d’un appel à pratiques, ou cite la source dont elle provient.
practices-forum = Forum
practices-state = État
practices-theme = Thème
practices-none = Aucune bonne pratique n’est encore publiée.
practices-none-filtered = Aucune bonne pratique publiée ne correspond à ces filtres.
practices-all = Toutes les bonnes pratiques
forum-practices = Bonnes pratiques
practice-peer-reviewed = Évaluée par les pairs.
practice-from-sources = Tirée de ses sources.
practice-fora = Forums
practice-states = États
practice-themes = Thèmes
practice-period = Période
practice-period-from-to = { $from } – { $to }
practice-period-from = { $from } – …
practice-period-to = … – { $to }
practice-cost-label = Coût
practice-cost = { $band ->
    [low] Faible : dans le cadre d’un budget existant
    [medium] Moyen : un projet financé
    [high] Élevé : un programme sur plusieurs années ou dans plusieurs États
   *[unknown] Inconnu
}
practice-partners = Partenaires
practice-licence = Licence du texte
practice-field = { $field ->
    [context] Contexte
    [done] Ce qui a été fait
    [results] Résultats
    [lessons] Enseignements tirés, y compris ce qui n’a pas fonctionné
   *[replication] Conditions pour la reproduire
}
practice-evidence = Éléments de preuve
practice-evidence-paragraph = { $title }, paragraphe { $paragraph }
practice-no-sources = Elle est issue d’un appel à pratiques ; ses éléments de preuve figurent ci-dessus.
practice-review-title = Évaluation par les pairs
practice-reviewed-by = { $count ->
    [one] Évaluée par un pair ; publiée le { $day }, en réponse à
   *[other] Évaluée par { $count } pairs ; publiée le { $day }, en réponse à
}
practice-call-number = l’appel { $number }
practice-rubric-caption = La grille d’évaluation : note moyenne sur 5 pour chaque critère
practice-criterion-col = Critère
practice-mean-col = Note moyenne
practice-criterion = { $criterion ->
    [applied] Mise en œuvre concrète
    [relevant] Pertinence
    [effective] Efficacité, éléments de preuve à l’appui
    [coherent] Cohérence avec le Pacte mondial et les droits de l’homme
    [innovative] Caractère novateur
    [replicable] Reproductibilité
   *[sustainable] Durabilité
}
practice-not-reviewed = Non évaluée par les pairs : elle est intégrée à partir de la source qu’elle cite.
practice-contacts = Personnes à contacter
practice-contacts-sign-in = Les personnes à contacter ne sont visibles que par les utilisateurs connectés.
practice-no-contacts = Aucune coordonnée n’est conservée.
practice-contacts-remove = Supprimer ces coordonnées
practice-cite-publisher = Agora, la plateforme du dialogue interétatique sur les migrations

## Appels à pratiques
practice-calls-title = Appels à pratiques
practice-calls-lede = Les éditeurs lancent des appels à pratiques sur un thème. Les secrétariats et les points focaux soumettent des pratiques ; les évaluateurs invités déclarent tout conflit d’intérêts et les notent ; un éditeur décide.
practice-calls-none = Aucun appel à pratiques pour l’instant.
practice-call-col = Titre
practice-deadline = Date limite
practice-call-closed-mark = clos
practice-call-open = Ouvrir un appel
practice-call-questions = Questions
practice-call-questions-hint = Une question par ligne.
practice-call-no-questions = L’appel ne pose aucune question en dehors de la pratique elle-même.
practice-call-how = Jusqu’à sa publication, une soumission ne peut être lue que par la personne qui l’a soumise, les évaluateurs de l’appel et les éditeurs. Au moins deux évaluateurs la notent ; un troisième est sollicité lorsque leurs notes sont très éloignées.
practice-submit = Soumettre une pratique
practice-revise = Réviser et soumettre à nouveau
practice-resubmit = Soumettre à nouveau
practice-submit-to = En réponse à
practice-reviewing = Évaluation
practice-accepted-as = Vous évaluez les pratiques de cet appel en tant que représentant de { $affiliation }.
practice-invited = Vous êtes invité à évaluer les pratiques de cet appel. Indiquez au nom de qui vous vous exprimez : il ne vous appartient pas d’évaluer une pratique qui mentionne votre État ou votre forum.
practice-affiliation-kind = Type d’affiliation
practice-affiliation-state = Un État
practice-affiliation-forum = Un forum
practice-affiliation-organisation = Une organisation
practice-affiliation = Affiliation
practice-affiliation-hint = Le code ISO d’un État (NPL), l’identifiant d’un forum (colombo-process) ou le nom d’une organisation.
practice-accept = Accepter
practice-yours = Vos soumissions
practice-submissions = Soumissions
practice-status-col = Statut
practice-round-col = Tour
practice-status = { $status ->
    [submitted] En cours d’évaluation
    [returned] Renvoyée à la personne qui l’a soumise
    [published] Publiée
   *[rejected] Rejetée
}
practice-reviewers = Évaluateurs
practice-reviewer-col = Évaluateur
practice-no-reviewers = Aucun évaluateur n’est encore invité.
practice-not-accepted = invitation pas encore acceptée
practice-invite-email = Adresse électronique du compte
practice-invite = Inviter à évaluer
practice-title-en = Titre (en anglais)
practice-summary-en = Résumé (en anglais)
practice-from = Début (YYYY, YYYY-MM ou YYYY-MM-DD)
practice-to = Fin
practice-evidence-url = Élément de preuve : une adresse web
practice-evidence-note = Ce qu’il montre
practice-contacts-hint = Visibles uniquement par les utilisateurs connectés ; vous pouvez les faire supprimer à tout moment.
practice-contact-name = Nom
practice-contact-role = Fonction
practice-contact-email = Adresse électronique

## Une soumission et son évaluation
practice-stage = Évaluation
practice-stage-reviewing = Évaluations reçues : { $done } sur { $needed }
practice-stage-third = Les deux évaluations sont très éloignées : un troisième évaluateur est sollicité
practice-stage-ready = Toutes les évaluations sont parvenues : un éditeur décide
practice-answers = Réponses aux questions de l’appel
practice-reviews = Évaluations
practice-no-reviews = Aucune évaluation pour l’instant.
practice-review-heading = Tour { $round }, évaluateur { $number }
practice-review-mine = la vôtre
practice-review-declared = Absence de conflit déclarée ; pas encore notée.
practice-review-blind = Notée ; visible une fois parvenues votre propre évaluation et les évaluations requises.
practice-review-total = Total : { $total } sur 35
practice-score-col = Note
practice-comment-col = Commentaire
practice-declare = Déclarer
practice-declare-question = Avez-vous un conflit d’intérêts concernant cette pratique ?
practice-declare-none = Aucun conflit d’intérêts
practice-declare-some = Un conflit d’intérêts
practice-declare-statement = En quoi il consiste
practice-score = Envoyer l’évaluation
practice-override = Autoriser un évaluateur en situation de conflit d’intérêts à l’évaluer
practice-override-reason-label = Motif
practice-release = Libérer un évaluateur qui n’a pas noté
practice-release-hint = Un autre évaluateur de l’appel pourra alors l’évaluer à sa place.
practice-decide = Décider
practice-decision-publish = Publier
practice-decision-return = Renvoyer avec les évaluations
practice-decision-reject = Rejeter
practice-decision-note = Observation
practice-history = Historique
practice-event = { $event ->
    [submitted] Soumise
    [resubmitted] Soumise à nouveau, après révision
    [declared] Un évaluateur a déclaré n’avoir aucun conflit d’intérêts
    [refused] Un évaluateur a été écarté pour conflit d’intérêts
    [override] Un éditeur a autorisé un évaluateur en situation de conflit d’intérêts à l’évaluer
    [reviewed] Une évaluation a été reçue
    [third_asked] Un troisième évaluateur a été sollicité
    [returned] Renvoyée avec les évaluations
    [published] Publiée
    [rejected] Rejetée
    [contacts_removed] Ses coordonnées ont été supprimées
    [released] Un éditeur a libéré un évaluateur qui n’avait pas noté
   *[other] { $event }
}
