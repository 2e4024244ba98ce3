## Ce qui est dit lorsqu’une saisie est refusée : par les règles des fiches, les formulaires et l’API.
## Les paramètres contiennent ce qui a été fourni (un identifiant, le nom d’un champ), tel quel.

# Des mots qu’Agora n’a pas écrits (la plainte d’une bibliothèque logicielle), repris tels quels.
said-as-given = { $text }
# Deux problèmes, l’un après l’autre.
said-then = { $first } ; { $then }

## Dates

date-not-a-date = « { $input } » n’est pas une date : { $why }
date-year-range = l’année est hors de la plage autorisée (1800-2200)
date-month-range = le mois doit être compris entre 01 et 12
date-no-such-day = ce jour n’existe pas dans ce mois
date-full-needed = une date complète AAAA-MM-JJ est requise
date-expected-iso = format attendu : AAAA, AAAA-MM ou AAAA-MM-JJ
date-slashed-day = une date écrite 04/11/2025 se lit différemment selon les pays : écrivez 2025-11-04 ou 4 nov. 2025
date-write-one = écrivez une année (2025), un mois (2025-11 ou nov. 2025) ou un jour (2025-11-04 ou 4 nov. 2025)

## Les règles des fiches (importations, propositions, agora check)

check-source-required = au moins une source est requise
check-not-a-url = « { $url } » n’est pas une adresse http(s)
check-duplicate-id = identifiant « { $id } » en double (également à { $list }[{ $index }])
check-end-before-start = la fin ({ $end }) est antérieure au début ({ $start })
check-format = format attendu : « { $expected } », trouvé : « { $found } »
check-version = cette version d’Agora lit la version { $expected } ; version trouvée : { $found }
check-english-name = un nom en anglais est requis
check-names-empty = les noms ne doivent pas être vides
check-id-of-a-forum = « { $id } » est déjà l’identifiant d’un forum ; les forums et les organisations partagent les mêmes identifiants
check-english-label = un libellé en anglais est requis
check-gcm-objective = le Pacte mondial pour des migrations sûres, ordonnées et régulières comporte les objectifs 1 à 23, et non { $given }
check-name-required = au moins un nom non vide est requis
check-category-required = une catégorie est requise
check-not-another-forum = « { $id } » n’est pas un autre forum
check-own-parent = un forum ne peut pas être son propre forum parent
check-unknown-forum = forum inconnu : « { $id } »
check-unknown-theme = thème inconnu : « { $id } »
check-unknown-m49 = code M49 inconnu : { $code }
check-id-of-an-organisation = « { $id } » est déjà l’identifiant d’une organisation ; les forums et les organisations partagent les mêmes identifiants
check-parent-loop = la chaîne des forums parents revient à ce forum
check-membership-id = l’identifiant d’une participation commence par l’identifiant de son forum suivi d’un deux-points (« { $forum }:... »)
check-unknown-area = code d’État ou de territoire inconnu : « { $id } »
check-unknown-organisation = organisation inconnue : « { $id } »
check-member-of-itself = un forum ne peut pas être membre de lui-même
# $why est l’un des messages check-starts-/check-ends-/check-no-end- ci-dessous, dit de la participation.
check-membership-outside = la participation « { $id } » { $why }
check-the-membership-outside = la participation { $why }
check-starts-before-established = commence ({ $own }) avant la création de son forum ({ $forum })
check-ends-before-established = prend fin ({ $own }) avant la création de son forum ({ $forum })
check-starts-after-dissolved = commence ({ $own }) après la dissolution de son forum ({ $forum })
check-ends-after-dissolved = prend fin ({ $own }) après la dissolution de son forum ({ $forum })
check-no-end-but-dissolved = n’a pas de date de fin, alors que son forum a été dissous ({ $forum }) : fixez-en la fin à cette date au plus tard
check-role-and-note = le rôle est « member », mais la note indique « { $other } » : consacrez à chaque rôle une ligne distincte avec ses dates, ou corrigez le rôle
check-suspension-inside = une suspension se situe à l’intérieur des dates de la participation elle-même (un membre qui s’est retiré n’est pas suspendu)
check-verified-needs-primary = « verified » exige au moins une source primaire (le site du forum ou d’une organisation intergouvernementale, celui d’un gouvernement, un journal officiel ou le document de référence) ; les encyclopédies, les sites miroirs de documents et la presse ne suffisent pas à eux seuls : le fait reste alors « unverified »
check-overlap = chevauche dans le temps « { $other } », une ligne du même membre dans le même rôle : fusionnez-les, ou donnez-leur des périodes sans aucun jour commun
check-undated-rows = lignes sans dates : { $undated } sur { $rows }, alors que les autres sont datées ; elles ne comptent à aucune date tant qu’elles ne sont pas datées : { $ids }

## Les règles des fiches de la bibliothèque

doc-check-a-version = un document comporte au moins une version linguistique
doc-check-second-version = une deuxième version en « { $lang } »
doc-check-title = un titre de 1 à 500 caractères
doc-check-sha256 = ce n’est pas un SHA-256 en hexadécimal minuscule
doc-check-file-name = un nom de fichier de 1 à 255 caractères
doc-check-authors = 50 auteurs au plus
doc-check-author = un auteur de 1 à 300 caractères
doc-check-publisher = le nom de l’organisme qui publie, de 1 à 300 caractères
doc-check-abstract = un résumé de 1 à 5000 caractères
doc-check-forum = un document appartient à au moins un forum
doc-check-source-url = une adresse http(s)

## Identifiants, comptes, rôles et étapes

id-not-forum = « { $input } » n’est pas un identifiant de forum valide : { $rule }
id-not-organisation = « { $input } » n’est pas un identifiant d’organisation valide : { $rule }
id-not-theme = « { $input } » n’est pas un identifiant de thème valide : { $rule }
id-not-document = « { $input } » n’est pas un identifiant de document valide : { $rule }
id-not-area = « { $input } » n’est pas un code d’État ou de territoire valide : { $rule }
id-not-membership = « { $input } » n’est pas un identifiant de participation valide : { $rule }
id-not-language = « { $input } » n’est pas un code de langue valide : { $rule }
id-rule-slug = lettres minuscules, chiffres et traits d’union isolés, 80 caractères au plus
id-rule-area = trois lettres majuscules (ISO 3166-1 alpha-3)
id-rule-membership = 1 à 200 lettres, chiffres et . _ : -
id-rule-language = deux ou trois lettres minuscules (ISO 639)
account-not-an-email = « { $input } » n’est pas une adresse électronique
account-not-an-id = « { $input } » n’est pas un identifiant de compte
password-too-short = un mot de passe doit comporter au moins { $least } caractères (quelques mots mis bout à bout font un bon mot de passe)
password-too-long = un mot de passe peut comporter au plus { $most } caractères
password-common = ce mot de passe figure parmi les plus courants ; choisissez-en un autre
password-is-email = le mot de passe ne doit pas être l’adresse électronique du compte
password-guessable = ce mot de passe est trop facile à deviner (caractères répétés, suites, motifs de clavier ou quelques mots courants) ; quelques mots sans rapport entre eux font un bon mot de passe
role-not-a-role = « { $input } » n’est pas un rôle : utilisez admin, editor, researcher, secretariat:FORUM, focal_point:STATE ou reviewer:CALL
scope-not-a-scope = « { $input } » n’est pas une portée : utilisez read, contribute ou administer
# $state est un contribution-state-word, $step un contribution-step.
step-not-from-here = une contribution qui est { $state } ne peut pas passer à l’étape « { $step } »
step-not-allowed = ce compte ne peut pas effectuer l’étape « { $step } » sur cette contribution
contribution-state-word = { $state ->
    [draft] un brouillon
    [submitted] soumise
    [in_review] en relecture
    [changes_requested] renvoyée pour modification
    [published] publiée
   *[withdrawn] retirée
}

## Fiches proposées

# $field est l’emplacement dans la fiche (tel que l’API le nomme), $said ce qui y est incorrect.
check-at-field = { $field } : { $said }
# $error est la plainte du lecteur JSON, en anglais.
record-not-forum = ce n’est pas une fiche de forum : { $error }
record-not-membership = ce n’est pas une fiche de participation : { $error }
record-not-document = ce n’est pas une fiche de document : { $error }
record-not-error-report = ce n’est pas une fiche de signalement d’erreur : { $error }
record-no-such-forum = il n’existe pas de forum « { $id } » : les contributions modifient des forums existants
no-such-forum = il n’existe pas de forum « { $id } »
report-id = l’identifiant d’un signalement d’erreur est « { $stem } » suivi d’un nombre
report-what-missing = indiquez ce qui est inexact
report-source = indiquez l’adresse http(s) d’une page où figure le fait exact
at-most-characters = { $most } caractères au plus

## Contributions

token-reads-only = ce jeton d’API ne permet que la lecture : créez-en un qui permet de contribuer
only-secretariat-or-editor = seuls le secrétariat de « { $forum } » ou un éditeur peuvent proposer des modifications de ses fiches
document-uploaded-only = un document se propose en déposant son fichier : POST /api/v1/documents (multipart) ou la page de dépôt ; pour corriger un dépôt, déposez le fichier corrigé
record-names-no-forum = la fiche ne désigne aucun forum
record-names-fora = la fiche désigne plusieurs forums : une fiche appartient à un seul forum
report-not-a-record = un signalement d’erreur s’envoie depuis la page du forum (ou report_error) ; il ne se propose jamais comme une fiche
records-none = proposez au moins une fiche
records-too-many = { $most } fiches au plus par contribution : scindez le lot
records-one-forum = une contribution modifie les fiches d’un seul forum : proposez les autres séparément
records-twice = cette fiche figure déjà dans le lot
report-needs-contribute-scope = pour signaler une erreur, il faut un jeton doté de la portée contribute
record-stays-with-forum = une fiche reste attachée à son forum : une contribution ne peut modifier ni l’identifiant ni le forum d’une fiche
record-id-as-written = écrivez l’identifiant de la fiche comme le fait son type : « { $id } »
# $kind est le nom du type tel que l’API l’écrit (forum, membership).
record-not-created = une fiche de type « { $kind } » ne se crée pas par une contribution : proposez une modification d’une fiche existante
record-names-another-forum = la fiche désigne un autre forum
record-changes-nothing = cette proposition ne modifie rien : la fiche est déjà ainsi
# $state est un contribution-state-word.
contribution-not-editable = une contribution qui est { $state } ne peut pas être modifiée
contribution-not-rebasable = une contribution qui est { $state } ne peut pas être mise à jour
contribution-not-revisable = une contribution qui est { $state } ne peut pas être révisée
contribution-same-record = une contribution porte sur la même fiche d’une révision à l’autre
comment-empty = rédigez un commentaire
step-unknown = utilisez submit, start_review, request_changes, publish, withdraw ou comment
comment-what-to-change = indiquez ce qui doit être modifié lorsque vous renvoyez une contribution
contribution-up-to-date = la contribution est à jour : il n’y a rien à mettre à jour
site-sends-no-mail = ce site n’envoie pas de courriels : demandez un lien à son exploitant
only-contributors-propose = seuls le secrétariat d’un forum ou un éditeur peuvent proposer des modifications de ses fiches

## Tableurs

spreadsheet-csv-only = envoyez un fichier CSV (.csv) comportant les colonnes de `agora export --format csv` : fora.csv ou memberships.csv
# $problems sont les mots de l’importateur (en anglais) ; $more, le nombre d’autres problèmes trouvés.
spreadsheet-problems = { $more ->
    [0] { $problems }
    [one] { $problems } ; et { $more } autre problème
   *[other] { $problems } ; et { $more } autres problèmes
}
spreadsheet-nothing-new = aucune ligne de ce fichier ne diffère des fiches telles qu’elles sont : il n’y a rien à proposer

## Dépôts

use-true-or-false = utilisez true ou false
only-contributors-upload = seuls le secrétariat d’un forum ou un éditeur peuvent déposer des documents, en personne ou avec un jeton d’API permettant de contribuer
upload-kind-missing = indiquez de quel type de document il s’agit
upload-kind-unknown = utilisez declaration, action_plan, meeting_report, summary_report, background_paper, study, statement, recommendations ou other
# $said est un message date-not-a-date.
upload-day = { $said } (utilisez AAAA-MM-JJ)
upload-date-bad = { $said } (utilisez AAAA, AAAA-MM ou AAAA-MM-JJ)
upload-embargo = une date d’embargo ne s’applique qu’à un document réservé aux participants
upload-visibility = utilisez public, participants ou confidential
upload-forum-missing = indiquez le forum dont relève le document
upload-confidential-unseen = vous n’êtes pas autorisé à consulter vous-même un document confidentiel : déposez-le pour les participants du forum, ou adressez-vous à un éditeur
upload-no-language = la langue n’a pas pu être détectée à partir du texte : indiquez-la (un code ISO 639-1 tel que en, fr, es, ar, ru, zh)
upload-unread = le fichier n’a pas pu être lu
extract-empty = le fichier est vide
extract-too-large = le fichier dépasse { $most } Mo
# $found est un type de fichier tel que son contenu le révèle (PDF, DOCX, ZIP).
extract-mismatch = le nom indique { $extension }, mais le contenu est au format { $found }
extract-unsupported = les fichiers « .{ $extension } » ne sont pas lus : utilisez .txt, .md, .html, .htm, .docx ou .pdf
extract-not-read-yet = les fichiers { $format } sont reconnus, mais leur texte ne peut pas encore être lu
# $why est la plainte du lecteur, en anglais.
extract-bad-docx = fichier DOCX inutilisable : { $why }
extract-bad-pdf = le PDF n’a pas pu être lu : { $why }
extract-not-text = le contenu n’est pas du texte (données binaires, ou texte qui n’est pas en UTF-8)
extract-no-text = aucun texte n’a été trouvé dans le fichier
# $kinds énumère les noms des types tels que l’API les écrit.
entity-unknown = « { $entity } » n’est pas un type de fiche : utilisez { $kinds }

## Ce que refusent les fiches telles qu’elles sont

store-record-elsewhere = la contribution { $id } ne peut modifier que des fiches du forum { $forum } : celle-ci relève d’un autre forum
# $state est un contribution-state-word.
store-no-longer = la contribution n’est plus { $state }
store-report-opens = un signalement d’erreur ne peut pas ouvrir une contribution portant sur une fiche de type « { $kind } »
store-no-record = une contribution modifie au moins une fiche
store-kind-undeclared = la contribution { $id } modifie une fiche de type « { $kind } », type de fiche non déclaré ici
store-stale = contribution périmée : la fiche { $kind } { $id } a été modifiée depuis la rédaction de cette contribution ; mettez d’abord celle-ci à jour
store-changed-since-published = la fiche { $kind } { $id } a été modifiée depuis la publication de cette contribution ; celle-ci ne peut plus être retirée
store-forum-not-removed = un forum ne peut pas être supprimé par une contribution
store-account-exists = un compte utilisant l’adresse électronique { $email } existe déjà

## Paramètres des pages et de l’API

param-not-form-encoding = la chaîne de requête n’est pas un encodage de formulaire valide
param-unknown = paramètre inconnu ; paramètres attendus : { $allowed }
param-twice = fourni plus d’une fois
# $said est un message date-not-a-date.
param-date = { $said } (format attendu : AAAA-MM-JJ, AAAA-MM ou AAAA)
param-not-one-of = « { $value } » ne fait pas partie des valeurs suivantes : { $allowed }
param-not-between = « { $value } » n’est pas un nombre entier compris entre { $least } et { $most }
param-not-flag = « { $value } » n’est pas « { $expected } »
param-not-year = « { $value } » n’est pas une année comprise entre 1800 et 2200
param-not-month = « { $value } » n’est pas un mois : écrivez-le sous la forme 2027-03
param-not-region = « { $value } » n’est pas un code de région M49 connu
param-years-reversed = précède year_from
param-rows-all-as-of = rows=all n’accepte pas as_of : il couvre toutes les dates
cursor-not-ours = ce curseur n’a pas été fourni par cette recherche (recommencez sans lui)
cursor-not-this-apis = ce curseur n’a pas été renvoyé par cette API
cursor-other-sort = ce curseur correspond à un autre ordre de tri
queue-for-editors = la file de relecture est réservée aux éditeurs
document-not-revised = un document déposé ne se révise pas ici : déposez plutôt le fichier corrigé
api-token-only = écrivez par l’API avec un jeton d’API (Authorization: Bearer), et non avec un cookie de session
# $error est la plainte du lecteur JSON, en anglais.
body-not-json = le corps JSON ne peut pas être lu : { $error }
entity-forum-or-membership = utilisez forum ou membership
record-or-records = indiquez record ou records, mais pas les deux
record-missing = indiquez la fiche proposée
upload-not-multipart = envoyez le dépôt au format multipart/form-data : { $error }
upload-multipart-unread = le corps multipart ne peut pas être lu : { $error }
upload-one-file = envoyez un seul fichier par dépôt
upload-no-name = le fichier n’a pas de nom
upload-unknown-field = champ inconnu ; ce dépôt comporte file et { $fields }
upload-field-too-long = { $most } octets au plus
upload-not-utf8 = ce n’est pas du texte UTF-8
upload-choose-file = choisissez un fichier à déposer
param-compare-not-here = cette page ne compare pas de dates : la page d’un forum ou d’un État le permet
form-unread = le formulaire n’a pas pu être lu
email-too-long = une adresse électronique comporte au plus { $most } caractères
token-cannot-manage = un jeton d’API ne peut gérer ni les jetons ni les mots de passe : connectez-vous pour le faire
form-token-wrong = le jeton du formulaire est absent ou incorrect : rechargez la page et réessayez

## Comptes, jetons et administration

token-name = donnez un nom au jeton (1 à 100 caractères), par exemple celui du programme qui l’utilise
tick-or-leave = cochez la case ou laissez-la décochée
token-administer-admin-only = seul le jeton d’un administrateur peut administrer
page-for-administrators = cette page est réservée aux administrateurs
token-cannot-change-admin = un jeton d’API ne peut ni modifier ni désactiver un administrateur : connectez-vous pour le faire
token-cannot-give-powers = un jeton d’API ne peut ni créer de comptes ni attribuer de rôles : connectez-vous pour le faire
no-such-state = il n’existe pas d’État « { $id } »
cannot-disable-self = vous ne pouvez pas désactiver votre propre compte
admin-action-unknown = utilisez grant, revoke ou disable
audit-outcome-unknown = utilisez any, ok ou refused
audit-before = un numéro d’entrée positif
# $error est la plainte du lecteur JSON, en anglais.
proposal-unreadable = la proposition enregistrée ne peut pas être lue : { $error }
propose-forum-or-entry = proposez une modification du forum ou d’une entrée
check-translation-english = le résumé et les objectifs en anglais sont le résumé et les objectifs propres du forum, et non une traduction
check-translation-empty = une traduction fournit un résumé ou des objectifs, dont aucun n’est vide

## Fichiers lus pour une importation ou un tableur : où se trouve un problème, et en quoi il consiste

# Un problème dans un fichier : son nom, l’endroit où il se trouve ($at : un message file-at-), la colonne ou le champ, ce qui ne va pas.
file-problem = { $file } : { $said }
file-problem-field = { $file } : { $field } : { $said }
file-problem-at = { $file } : { $at } : { $said }
file-problem-at-field = { $file } : { $at } : { $field } : { $said }
file-at-line = ligne { $line }
file-at-line-id = ligne { $line } (id { $id })
file-at-header = ligne d’en-tête
file-not-utf8 = le fichier n’est pas en UTF-8 valide (octet non valide à la position { $offset })
file-unknown-type = type de fichier inconnu : Agora importe des fichiers .json (dans son propre format ou au format Popolo) et .csv (forums ou participations)
csv-value-required = une valeur est requise
csv-not-bool = « { $value } » n’est ni true ni false
# $error est la plainte du lecteur CSV, en anglais.
csv-unreadable-header = ligne d’en-tête CSV illisible : { $error }
csv-missing-column = colonne « { $column } » manquante
csv-unknown-column = colonne inconnue : « { $column } »
csv-column-twice = la colonne « { $column } » figure deux fois
csv-unreadable-row = ligne illisible : { $error }
csv-formula-cell = cette cellule serait exécutée comme une formule dans un tableur (elle commence par =, +, -, @ ou une tabulation) : faites-la précéder d’une apostrophe pour la conserver sous forme de texte
csv-not-a-period = « { $value } » n’est pas de la forme START/END (par exemple 2009-03/2014-01, ou 2016-12/ pour une période encore en cours)
csv-not-m49 = « { $value } » n’est pas un code M49
id-not-meeting = « { $input } » n’est pas un identifiant de réunion valide : { $rule }
record-not-meeting = ce n’est pas une fiche de réunion : { $error }
meeting-no-fora = une réunion est tenue par au moins un forum
meeting-forum-twice = chaque forum qui tient la réunion n’est nommé qu’une fois
meeting-title-english = une réunion doit avoir un titre en anglais
meeting-text-empty = ne doit pas être vide
meeting-part-of-itself = une réunion ne peut pas faire partie d’elle-même
meeting-hidden-documents = cette réunion cite des documents finaux que vous ne pouvez pas voir : un éditeur la corrige
time-unreadable = « { $typed } » ne peut pas être lu comme une heure : écrivez-la sous la forme 09:30
meeting-time-needs-day = une heure a besoin du jour où elle se situe : donnez la date complète
meeting-time-needs-zone = les horaires d’une réunion ont besoin de leur fuseau horaire
meeting-unknown-zone = « { $zone } » n’est pas un fuseau horaire connu de la base de données des fuseaux horaires
meeting-closes-before-it-opens = la réunion se termine avant de commencer
check-unknown-document = document inconnu : « { $id } »
check-unknown-meeting = réunion inconnue : « { $id } »
support-no-forum = seuls le secrétariat d’un forum ou un éditeur peuvent déclarer le soutien de ce forum

metrics-not-allowed = seules les adresses autorisées par l’exploitant peuvent lire les métriques
