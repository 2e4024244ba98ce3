## Les recommandations et leur suivi : le registre, la page d’une recommandation, le tableau de bord
## du suivi, et les règles que doivent respecter une recommandation ou une entrée de suivi.

site-nav-recommendations = Recommandations
recs-title = Recommandations
recs-lede = Ce que les forums ont recommandé et convenu, où cela figure, ce que cela reprend et ce qui a été fait pour y donner suite.
recs-q = Mots de la recommandation
recs-forum = Forum
recs-meeting = Réunion
recs-theme = Thème
recs-addressee = Destinataires
recs-status = Statut du suivi
recs-kind = Type
recs-none = Aucune recommandation ne correspond à ces filtres.
recs-count = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
recs-count-page = { $count ->
    [one] { $count } recommandation, dont { $shown } sur cette page
   *[other] { $count } recommandations, dont { $shown } sur cette page
}
recs-col-recommendation = Recommandation
recs-col-source = Émanant de
recs-col-date = Date
recs-col-progress = Avancement
recs-progress-of = Avancement de { $id }
recs-percent = { $value } %
recs-not-reported = rien n’a été signalé
recs-follow-up-count = { $count ->
    [one] { $count } entrée de suivi
   *[other] { $count } entrées de suivi
}
recs-all = Toutes les recommandations

rec-kind-recommendation = Recommandation
rec-kind-possible-outcome = Résultat possible
rec-kind-agreement = Accord
rec-kind-action-plan = Plan d’action
rec-kind-track = Volet
rec-kind-area = Domaine d’action
rec-kind-item = Action
rec-relation-repeats = reprend
rec-relation-builds-on = s’appuie sur
rec-relation-replaces = remplace
rec-part-of = Fait partie de
rec-source = Référence du texte
rec-all-states = tous les États participants
rec-weight = Pondération dans son plan
rec-parts = Ses composantes et leur avancement
rec-previously = Déjà recommandé par
rec-later = Repris par la suite
rec-support = Forums qui soutiennent sa mise en œuvre
rec-no-support = Aucun forum n’a encore déclaré son soutien.
rec-follow-up = Ce qui a été fait
rec-no-follow-up = Rien n’a encore été signalé.

follow-ups-title = Tableau de bord du suivi
follow-ups-lede = { $count ->
    [one] { $count } entrée de suivi que vous pouvez consulter, répartie par statut, forum, État et thème.
   *[other] { $count } entrées de suivi que vous pouvez consulter, réparties par statut, forum, État et thème.
}
follow-ups-plans = Plans d’action
follow-ups-no-plans = Aucun plan d’action n’est enregistré.
follow-ups-by-status = Par statut
follow-ups-by-forum = Par forum
follow-ups-by-state = Par État
follow-ups-by-theme = Par thème
follow-ups-none = Rien à compter pour l’instant.
follow-ups-entries = Entrées
follow-up-participants-only = réservé aux participants du forum
follow-up-evidence = Justificatifs
follow-up-timeline = Chronologie

follow-up-kind-endorsement = Approbation
follow-up-kind-commitment = Engagement
follow-up-kind-support-declaration = Déclaration de soutien
follow-up-kind-activity = Activité
follow-up-kind-law-change = Modification législative
follow-up-kind-policy-change = Changement de politique
follow-up-kind-practice-change = Changement de pratique
follow-up-kind-report = Rapport
follow-up-status-planned = prévu
follow-up-status-under_way = en cours
follow-up-status-completed = achevé
follow-up-status-stalled = au point mort
follow-up-status-discontinued = abandonné

history-what-recommendation = la recommandation { $id }
history-what-follow-up = l’entrée de suivi { $id }

id-not-recommendation = « { $input } » n’est pas un identifiant de recommandation valide : { $rule }
id-not-follow-up = « { $input } » n’est pas un identifiant d’entrée de suivi valide : { $rule }
id-rule-record = 1 à 120 lettres minuscules, chiffres et . : -, commençant et se terminant par une lettre ou un chiffre
record-not-recommendation = ce n’est pas une recommandation : { $error }
record-not-follow-up = ce n’est pas une entrée de suivi : { $error }
check-unknown-recommendation = recommandation inconnue : « { $id } »
check-unknown-follow-up = entrée de suivi inconnue : « { $id } »
no-such-party = aucun État, forum ou organisation ne correspond à « { $id } »
recommendation-text-english = une recommandation doit avoir son texte en anglais
recommendation-paragraph-needs-document = un paragraphe est celui d’un document : indiquez le document
recommendation-paragraph-from-one = les paragraphes sont numérotés à partir de 1
recommendation-related-to-itself = une recommandation ne peut pas être liée à elle-même
recommendation-related-twice = chaque recommandation liée n’est nommée qu’une fois
recommendation-part-of-itself = une recommandation ne peut pas faire partie d’elle-même
recommendation-weight-range = une pondération est un nombre entier compris entre 0 et { $most }
follow-up-with-only-support = seule une déclaration de soutien peut être faite conjointement avec d’autres forums
follow-up-support-by-forum = une déclaration de soutien émane d’un forum
follow-up-progress-range = l’avancement est un pourcentage compris entre 0 et 100, et non { $progress }
follow-up-completed-is-100 = un suivi achevé est réalisé à 100 %
follow-up-before-recommendation = { $date } précède la date à laquelle la recommandation a été formulée ({ $made })
follow-up-updates-in-order = les mises à jour de la chronologie vont de la plus ancienne à la plus récente
follow-up-transition = un suivi ne peut pas passer de « { $from } » à « { $to } »
follow-up-latest-update = le statut et l’avancement sont ceux de la dernière mise à jour de la chronologie
follow-up-evidence-empty = un justificatif est un document de la bibliothèque ou une adresse web
follow-up-part-of-itself = une entrée de suivi ne peut pas faire partie d’elle-même
follow-up-not-confidential = une entrée de suivi est publique ou réservée aux participants d’un forum, jamais confidentielle

## Ce qui a changé, dans les flux et sur la page d’accueil.
change-recommendation-added = Nouvelle recommandation ({ $forum }) : { $words }
change-recommendation-updated = Recommandation corrigée ({ $forum }) : { $words }
change-recommendation-removed = Une recommandation a été supprimée ({ $forum }) : { $words }
change-follow-up-added = Nouveau compte rendu sur le suivi de { $recommendation } ({ $actor }) : { $status }, réalisé à { $progress } %.
change-follow-up-status = Le suivi de { $recommendation } ({ $actor }) est désormais { $status } (réalisé à { $progress } %).
change-follow-up-updated = Le suivi de { $recommendation } ({ $actor }) a été mis à jour : { $status }, réalisé à { $progress } %.
change-follow-up-removed = Une entrée de suivi de { $recommendation } ({ $actor }) a été supprimée.
search-type-follow-up = Entrées de suivi

## Cycles de rapports : le secrétariat d’un forum demande à ses États membres de présenter un rapport avant une date limite.
cycles-title = Cycles de rapports
cycles-lede = Où en sont les États membres au regard des recommandations sur lesquelles le secrétariat de leur forum les a interrogés, rapport par rapport.
cycles-none = Aucun cycle de rapports que vous puissiez consulter.
cycle-deadline-label = Date limite
cycle-forum-label = Forum
cycle-counts = Rapports remis : { $reported } sur { $expected } ; validés : { $validated }, vérification demandée : { $queried }.
cycle-closed = La date limite est passée.
cycle-open = Les rapports sont attendus au plus tard le { $deadline }.
cycle-col-state = État
cycle-col-recommendation = Recommandation
cycle-col-reported = Signalé
cycle-col-review = Examen
cycle-review-pending = en attente d’examen
cycle-review-validated = validé
cycle-review-queried = vérification demandée
cycle-missing = aucun rapport
cycle-disagreements = Points de désaccord entre l’État et le secrétariat
cycle-no-disagreement = Aucun rapport n’a fait l’objet d’une demande de vérification.
cycle-overdue = États en retard dans leurs rapports
cycle-overdue-row = { $count ->
    [one] { $count } rapport attendu
   *[other] { $count } rapports attendus
}
cycle-reminded = relancé le { $date }
cycle-no-overdue = Aucun État n’est en retard dans ses rapports.
cycle-not-keeper = seuls le secrétariat du forum ou un éditeur peuvent ouvrir ses cycles de rapports et en examiner les rapports
cycle-not-reporter = seul un point focal d’un État auquel le cycle demande des rapports peut en présenter pour cet État
cycle-title = un cycle a besoin d’un titre de 300 caractères au plus
cycle-state-not-member = { $state } n’est pas membre du forum { $forum } à ce jour
cycle-deadline = « { $typed } » n’est pas une date (AAAA-MM-JJ)
cycle-deadline-past = la date limite est fixée à aujourd’hui ({ $today }) ou à une date ultérieure
cycle-list-size = indiquez-en au moins un et au plus { $most }
cycle-recommendation-not-asked = le cycle ne porte pas sur { $id }
cycle-status = « { $typed } » n’est pas un statut : planned, under_way, completed, stalled ou discontinued
cycle-report-validated = ce rapport a été validé : il ne peut plus être modifié
cycle-decision = « { $typed } » n’est pas une décision : validated ou queried
cycle-query-needs-note = une demande de vérification précise ce qui doit être vérifié
cycle-report-not-pending = ce rapport n’est pas en attente d’examen
cycle-reported = { $status }, { $progress } %
cycle-validate = Valider
cycle-query = Demander une vérification
cycle-query-note = Ce qui doit être vérifié
cycle-report-heading = Rapport pour votre État
cycle-report-note = Ce qui a été fait (facultatif)
cycle-report-submit = Envoyer le rapport

csv-party = « { $typed } » n’est pas un État, une organisation ou un forum : écrivez area:CODE, organisation:id ou forum:id
csv-whole-number = « { $typed } » n’est pas un nombre entier
follow-ups-csv = Les entrées de suivi que vous pouvez consulter, dans un tableur (CSV) : modifiez-les puis renvoyez-les sous forme de proposition
rec-relation-unrelated = sans lien
rec-proposals = Probablement liées (proposées par Agora)
rec-proposals-lede = Recommandations qui partagent des mots avec celle-ci ou portent sur le même sujet, dans n’importe quelle langue. Confirmez le rapport entre la plus récente et la plus ancienne, ou indiquez qu’elles sont sans lien : un lien confirmé est publié aussitôt et affiché sous « Déjà recommandé par ».
rec-proposal-score = indice { $score }
rec-proposal-decision = Décision
rec-proposal-decide = Enregistrer la décision
related-confirmed-title = { $later } { $how } { $earlier }
related-editors-only = seuls les éditeurs statuent sur les liens proposés entre recommandations
related-already = ces recommandations sont déjà liées
follow-ups-overdue = Rapports en retard
part-of-other-forum = une partie relève du forum de ce dont elle fait partie ({ $forum })
part-of-cycle = elle ferait ainsi partie d’elle-même, par ce dont elle fait partie
follow-up-part-of-other-recommendation = une partie assure le suivi de la même recommandation que son ensemble ({ $id })
follow-up-id-taken = cet identifiant est déjà pris : donnez-en un autre à l’entrée

## Déclarer le soutien d’un forum à la mise en œuvre d’une recommandation
support-declare = Déclarer le soutien d’un forum à sa mise en œuvre
support-title = Déclarer un soutien à la mise en œuvre de { $id }
support-lede-html = Un forum déclare qu’il soutiendra la mise en œuvre de <a href="{ $href }">cette recommandation</a>, seul ou conjointement avec d’autres forums. La déclaration est soumise à l’examen des éditeurs ; une fois publiée, elle figure sur la page de la recommandation parmi les forums qui soutiennent sa mise en œuvre.
support-field-forum = Forum qui déclare son soutien
support-field-with = Conjointement avec
support-field-with-hint = Seuls figurent les forums auxquels vous pouvez contribuer : une déclaration conjointe est faite par quelqu’un qui peut s’exprimer au nom de chacun des forums concernés. Le forum choisi ci-dessus n’est pas compté deux fois.
support-field-status = Où en est sa mise en œuvre
support-field-date = Date de la déclaration
support-field-date-hint = Une année, un mois ou un jour, comme vous l’écririez (2015, novembre 2015, 12 novembre 2015).
support-field-description = Ce que le forum déclare
support-field-evidence = Où figure le texte de la déclaration
support-field-evidence-hint = Une adresse web (https://…), si la déclaration est publiée.
support-mistake-forum = Choisissez un forum auquel vous pouvez contribuer.
support-mistake-with = Vous ne pouvez déclarer un soutien conjoint qu’avec des forums auxquels vous pouvez contribuer.
support-mistake-status = Indiquez où en est sa mise en œuvre.
support-mistake-future = Une déclaration ne peut pas porter une date future.
support-mistake-description = Indiquez ce que le forum déclare.
support-mistake-evidence = Donnez une adresse web commençant par https:// ou http://, ou laissez le champ vide.
support-contribution-title = Soutien de { $forum } à { $id }
