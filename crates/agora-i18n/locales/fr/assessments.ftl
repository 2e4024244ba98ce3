# Les évaluations de ce qu’un forum a accompli au regard de ses propres objectifs (ticket 21) : les refus de
# l’espace de travail et les termes du rapport. Un forum n’est comparé qu’à lui-même.

## Refus
assessment-editors = seuls les éditeurs ouvrent des évaluations, désignent les chercheurs et publient les rapports
assessment-secretariat = seul le secrétariat du forum évalué répond à un projet de rapport
assessment-researchers-only = seuls les chercheurs désignés pour cette évaluation y travaillent
assessment-year = une année de { $first } à { $last }
assessment-period-order = la fin de la période précède son début
store-assessment-taken = le forum fait déjà l’objet d’une évaluation pour cette période ({ $id })
assessment-published = le rapport est publié : il ne peut plus être modifié
assessment-needs-objectives = enregistrez au moins un des objectifs du forum avant la publication
assessment-changed = quelqu’un a modifié l’évaluation entre-temps : relisez-la et réessayez
assessment-consent = le consentement de la personne interrogée ne couvre pas la citation de cet extrait
assessment-assigned-already = ce chercheur est déjà désigné
assessment-not-one-of = « { $typed } » ne fait pas partie des valeurs suivantes : { $words }
assessment-empty = ce champ ne peut pas être vide
assessment-no-objective = cette évaluation ne comporte pas d’objectif { $number }
assessment-not-a-researcher = le compte { $email } n’a pas le rôle de chercheur
assessment-range = les caractères { $start } à { $end } ne constituent pas un passage d’un texte de { $length } caractères
assessment-no-extract = cet entretien ne comporte pas d’extrait { $number }
assessment-no-interview = il n’existe pas d’entretien { $number } utilisable dans cette évaluation
assessment-code-empty = étiquetez le passage avec au moins une dimension ou un objectif
assessment-code-source = indiquez soit un entretien, soit un document de la bibliothèque
assessment-no-text = le document ne contient aucun texte dans la langue { $lang }
assessment-future = un entretien ne peut pas porter une date future
assessment-no-paragraph = le document ne comporte pas de paragraphe { $number }
assessment-serves-none = indiquez les objectifs auxquels le produit a contribué
assessment-no-evidence = fournissez les éléments de preuve du changement
assessment-passage-not-found = le passage ne figure pas dans ce texte : recopiez ses mots exactement tels qu’ils y figurent
assessment-not-a-number = « { $typed } » n’est pas un nombre
assessment-withdrawn-already = cet entretien a déjà été retiré
assessment-released-already = cet extrait est déjà versé au rapport
assessment-document-not-public = le document { $id } n’est pas public : un rapport ne cite que ce que chacun peut lire

## Termes
assessment-word = { $word ->
    [networks] Réseaux de personnes
    [trust] Confiance mutuelle
    [understanding] Compréhension des migrations
    [capacity] Capacités
    [governance] Gouvernance des migrations (lois, politiques, pratiques)
    [none] Aucun signe de contribution
    [limited] Limitée
    [moderate] Modérée
    [substantial] Substantielle
    [low] Faible
    [medium] Moyenne
    [high] Élevée
    [claimed] Revendiquée
    [plausible] Plausible
    [documented] Documentée
    [corroborated] Corroborée
    [law] Loi
    [policy] Politique
    [practice] Pratique
    [meeting] Réunion
    [document] Document
    [training] Formation
    [tool] Outil
    [joint_project] Projet conjoint
    [notes_only] Prise de notes uniquement, sans citation
    [quotable] Les extraits approuvés peuvent être cités, sans mention du nom
    [draft] Projet
    [published] Publiée
    [opened] Évaluation ouverte
    [assigned] Chercheur désigné
    [objective] Objectif enregistré
    [output] Produit enregistré
    [impact] Incidence enregistrée
    [rating] Dimension évaluée
    [method] Méthode et limites rédigées
    [interview] Entretien enregistré
    [extract] Extrait sélectionné
    [released] Extrait versé au rapport
    [coded] Passage codé
    [withdrawn] Entretien retiré
    [reply] Réponse du secrétariat
    [for] Pour
    [against] Contre
   *[other] { $word }
}

## La liste
assessments-title = Évaluations des forums
assessments-lede = Ce que chaque forum a accompli au regard de ses propres objectifs, sur une période donnée, éléments de preuve à l’appui : jamais un classement des forums.
assessments-none = Aucune évaluation n’est encore publiée.
assessments-caption = Évaluations, par forum et par période
assessments-all = Toutes les évaluations
assessment-forum-col = Forum
assessment-period-col = Période
assessment-status-col = Statut
assessment-open = Ouvrir une évaluation
assessment-from = Première année
assessment-to = Dernière année

## Le rapport
forum-assessments = Évaluations au regard de ses propres objectifs
forum-assessment-of = Ce qu’il a accompli, { $period }
assessment-title = { $forum }, { $period } : ce qu’il a accompli au regard de ses propres objectifs
assessment-draft-notice = Projet de rapport : seuls ses chercheurs, les éditeurs et le secrétariat du forum peuvent le consulter jusqu’à sa publication par un éditeur.
assessment-published-on = Publié le { $day }.
assessment-own-objectives = Mesuré à l’aune des objectifs que le forum s’est lui-même fixés, et non par comparaison avec d’autres forums :
assessment-objectives = Les objectifs du forum
assessment-none-yet = Rien n’est encore enregistré.
assessment-outputs = Produits
assessment-kind-col = Type
assessment-output-col = Produit
assessment-date-col = Date
assessment-serves-col = Objectifs auxquels il a contribué
assessment-impacts = Incidences sur les lois, les politiques et les pratiques des États
assessment-impact-heading = { $change } : { $state }
assessment-objective-col = Objectif
assessment-attribution = Attribution au forum
assessment-judged-by = Appréciation portée par
assessment-dimensions = Les cinq dimensions de la contribution
assessment-dimension-col = Dimension
assessment-rating-col = Appréciation
assessment-confidence-col = Degré de confiance
assessment-passages = Passages codés, pour et contre
assessment-objective-n = Objectif { $number }
assessment-place-document = { $document }, paragraphe { $paragraph }
assessment-place-interview = Entretien { $number }
assessment-for = Pour :
assessment-against = Contre :
assessment-extracts = Extraits des entretiens
assessment-no-extracts = Aucun extrait d’entretien n’a été versé à ce rapport.
assessment-an-interviewee = Une personne interrogée
assessment-method = Méthode
assessment-interviews-held = { $count ->
    [one] { $count } entretien a été mené.
   *[other] { $count } entretiens ont été menés.
}
assessment-interviews-withdrawn = { $count ->
    [one] Une personne interrogée a retiré son consentement : rien de cet entretien n’est utilisé.
   *[other] { $count } personnes interrogées ont retiré leur consentement : rien de ces entretiens n’est utilisé.
}
assessment-limits = Limites
assessment-no-ranking = Le présent rapport compare le forum à lui-même au fil du temps, jamais à d’autres forums.
assessment-pdf = Ce rapport en PDF (A4, à imprimer ou à envoyer)
assessment-replies = La réponse du secrétariat
assessment-no-replies = Le secrétariat du forum n’a pas répondu.
assessment-reply-by = Le secrétariat du forum, { $day }
assessment-reply = Répondre au projet de rapport
assessment-interviews = Entretiens
assessment-interviews-confidential = Confidentiel : visible uniquement par les chercheurs désignés pour cette évaluation.
assessment-withdrawn = Retiré : la personne interrogée a retiré son consentement, et les notes, extraits et codes de cet entretien ont été supprimés.
assessment-released = versé au rapport
assessment-approved = approuvé par la personne interrogée
assessment-researchers = Chercheurs
assessment-no-researchers = Aucun chercheur n’est encore désigné.
assessment-assign-email = Adresse électronique d’un compte ayant le rôle de chercheur
assessment-assign = Désigner un chercheur
assessment-publish = Publier le rapport
assessment-history = Historique
assessment-step-col = Étape
assessment-note-col = Observation
assessment-by-col = Auteur

## L’espace de travail des chercheurs
assessment-workbench = Espace de travail
assessment-workbench-lede = Réservé aux chercheurs désignés pour cette évaluation. Chaque étape est conservée dans l’historique ; les notes des entretiens ne sont jamais communiquées à personne d’autre.
assessment-add-objective = Enregistrer un objectif
assessment-objective-text = L’objectif, dans les termes de sa source
assessment-document = Document de la bibliothèque
assessment-paragraph = Paragraphe
assessment-objectives-first = Consignez d’abord un objectif : les produits et les incidences sont consignés au regard des objectifs du forum.
assessment-add-output = Enregistrer un produit
assessment-meeting-id = Réunion concernée (son identifiant, si elle figure au registre)
assessment-document-id = Document de la bibliothèque (son identifiant)
assessment-add-impact = Enregistrer une incidence
assessment-state-code = État (code ISO 3166-1 alpha-3)
assessment-change = Ce qui a changé
assessment-description = Description
assessment-evidence-url = Élément de preuve : adresse d’une page web
assessment-evidence-note = Ce que montre l’élément de preuve
assessment-rate = Évaluer une dimension
assessment-write-method = Rédiger la méthode et les limites
assessment-add-interview = Enregistrer un entretien
assessment-interviewee-role = Fonction de la personne interrogée (jamais son nom)
assessment-held-on = Date de l’entretien
assessment-consent-label = Consentement
assessment-notes = Notes
assessment-themes = Thèmes
assessment-themes-hint = Un par ligne.
assessment-add-extract = Sélectionner un extrait
assessment-interview-col = Entretien
assessment-passage = Le passage, exactement tel qu’il figure dans le texte
assessment-passage-hint = Recopiez ses mots depuis le texte : c’est à partir d’eux que son emplacement est retrouvé.
assessment-approved-label = La personne interrogée a approuvé sa citation
assessment-release = Verser un extrait au rapport
assessment-extract-number = Numéro de l’extrait
assessment-withdraw = Retirer un entretien
assessment-withdraw-warning = Lorsqu’une personne interrogée retire son consentement, les notes, extraits et codes de l’entretien sont définitivement supprimés : l’évaluation ne conserve que le fait qu’un entretien a été retiré.
assessment-code = Coder un passage
assessment-source = Emplacement du passage
assessment-stance = Le passage plaide
