# Le cadre de chaque page : titre, navigation, choix de la langue, pied de page ; la page
# d'erreur ; le formulaire qui choisit une date ; les décomptes communs à plusieurs pages.
# Une clé finissant par -html contient du balisage (des liens) ; les autres sont du texte brut.

site-title = { $title } — Agora
site-skip = Aller au contenu
site-nav = Navigation principale
site-nav-fora = Forums
site-nav-states = États
site-nav-organisations = Organisations
site-nav-documents = Documents
site-nav-search = Rechercher
site-nav-api = API
site-nav-account = Compte
site-nav-review = Relecture ({ $count })
site-languages = Langue
site-footer-about = Agora présente le paysage du dialogue interétatique sur les migrations, avec ses sources.
site-footer-open-data-html = <a href="{ $data }">Données ouvertes</a> : <a href="{ $api }">API JSON</a>, <a href="{ $openapi }">description OpenAPI</a>.
site-footer-provenance = Degré de certitude de chaque fait

error-title = { $status ->
    [400] Requête incorrecte
    [401] Authentification requise
    [403] Accès interdit
    [404] Page introuvable
    [405] Méthode non autorisée
    [409] Conflit
    [413] Trop volumineux
    [415] Type de contenu non pris en charge
    [422] Contenu impossible à traiter
    [429] Trop de requêtes
    [503] Service indisponible
    [507] Stockage insuffisant
   *[other] Erreur
}
error-search-instead = Rechercher plutôt dans Agora
error-search = Rechercher
error-browse-html = Ou parcourez <a href="/fora">les forums</a>, <a href="/areas">les États et territoires</a> ou <a href="/documents">la bibliothèque</a>.
error-home = Retour à la page d’accueil

as-of-showing-html = Le paysage au <strong>{ $day }</strong>.
as-of-showing-today-html = Le paysage au <strong>{ $day }</strong> (aujourd’hui).
as-of-showing-period-html = Le paysage au <strong>{ $day }</strong>, dernier jour de { $period }.
as-of-other = Afficher une autre date
as-of-hint = Un jour (2009-06-04), un mois (2009-06) ou une année (2009)
as-of-compare = Comparer avec
as-of-show = Afficher
as-of-bangkok = 4 juin 2009 (réunion mondiale des PCR à Bangkok)
as-of-today = aujourd’hui

count-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}

error-internal = Une erreur inattendue s’est produite ; elle a été consignée.
error-unavailable = Le service est momentanément indisponible ; réessayez dans un instant.
error-storage-full = Il ne reste pas d’espace pour enregistrer ceci ; rien n’a été écrit. Réessayez une fois de l’espace libéré.
error-not-found = { $what ->
    [feed] Ce flux n’existe pas.
    [saved-search] Vous n’avez pas de recherche enregistrée { $id }.
    [release] Il n’y a pas de version publiée { $id }.
    [recommendation] Il n’y a pas de recommandation { $id }.
    [follow_up] Il n’y a pas d’entrée de suivi { $id }, ou vous n’êtes pas autorisé à la consulter.
    [forum] Aucun forum ne porte l’identifiant « { $id } ».
    [area] Aucun État ni territoire n’a le code « { $id } ».
    [organisation] Aucune organisation ne porte l’identifiant « { $id } ».
    [document] Aucun document ne porte l’identifiant « { $id } », ou vous n’êtes pas autorisé à le consulter.
    [contribution] La contribution { $id } n’existe pas, ou vous n’êtes pas autorisé à l’ouvrir.
    [account] Le compte { $id } n’existe pas.
    [file] Ce fichier n’existe pas.
    [practice] Aucune bonne pratique n’est publiée sous l’identifiant « { $id } ».
    [practice_call] L’appel à pratiques { $id } n’existe pas.
    [practice_submission] La soumission { $id } n’existe pas, ou vous n’êtes pas autorisé à la consulter.
   *[other] « { $id } » est introuvable.
}
error-no-route = Il n’y a pas de page à cette adresse.
error-invalid-link = Ce lien n’est pas valide : il a peut-être expiré ou déjà servi ; demandez-en un nouveau à un administrateur.
error-sign-in = Connectez-vous d’abord.
error-bad-token = Le jeton d’API est absent, inconnu ou révoqué.
error-bad-parameter = L’adresse ou le formulaire contient une valeur illisible : « { $parameter } ».
error-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
error-conflict = Cette action est impossible dans l’état actuel des données.
error-too-many = { $seconds ->
    [one] Trop de demandes de ce type ; réessayez dans { $seconds } seconde.
   *[other] Trop de demandes de ce type ; réessayez dans { $seconds } secondes.
}
error-other = La demande n’a pas pu aboutir.
