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
site-footer-open-data-html = Données ouvertes : <a href="{ $api }">API JSON</a>, <a href="{ $openapi }">description OpenAPI</a>.
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
