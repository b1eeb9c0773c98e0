# Le tableau de bord des organisateurs de Convene : connexion, les conférences
# avec leurs sessions, questions, inscriptions, candidatures, messages, équipe,
# pointage et le rapport de l'événement. Les textes propres à l'organisateur
# (titres, questions, réponses) ne sont pas ici ; les messages d'erreur des
# formulaires non plus (forms.ftl).
#
# Les titres de page se terminent par « · Convene » ou « · <titre de la
# conférence> », ajouté par la page.

## Mots communs à plusieurs pages

dash-name = Nom
dash-email = E-mail
dash-organisation = Organisation
# La catégorie de la personne inscrite, telle que le formulaire d'inscription
# la demande (« Vous êtes : chercheur, journaliste… ») ; les mêmes mots que
# sur le formulaire public.
dash-category = Vous êtes
dash-status = Statut
# Si la personne est venue (oui ou non) : une colonne, un filtre, un détail.
dash-attended = Présence
# Date de l'inscription : une colonne avec date et heure.
dash-registered-at = Date d'inscription
dash-session = Session
dash-sessions = Sessions
dash-title = Titre
dash-starts = Début (heure locale)
dash-ends = Fin (heure locale)
dash-capacity = Capacité
# La salle d'une session.
dash-room = Salle
dash-help-text = Texte d'aide
dash-required = Obligatoire
dash-save = Enregistrer
dash-saved = Modifications enregistrées.
dash-edit = Modifier
dash-remove = Retirer
# Nom d'un bouton de suppression pour les lecteurs d'écran ; $name : ce qu'il
# retire (une question, l'adresse e-mail d'un membre de l'équipe).
dash-remove-name = Retirer { $name }
dash-actions = Actions
dash-search = Rechercher
# Dans une liste de sélection : aucun filtre sur ce critère.
dash-any = indifférent
dash-yes = oui
dash-no = non
# Nombre de personnes : un en-tête de colonne.
dash-people = Personnes
dash-attendance = Participation
dash-back-to-conference = Retour à la conférence
dash-nobody-matches = Aucun résultat.
dash-nobody-yet = Personne pour l'instant.
dash-errors-below = Veuillez corriger les champs signalés ci-dessous.
# Après le nom ou le statut d'une personne : ajoutée par l'équipe à l'entrée.
dash-walk-in = (inscription sur place)

## Effectifs dans les en-têtes de tableau (chaque colonne contient des nombres de personnes)

dash-count-registered = Inscrits
dash-count-waitlisted = En liste d'attente
dash-count-attended = Présents
dash-count-no-shows = Absents

## Statuts d'inscription, tels que le tableau de bord les affiche (en minuscules,
## dans les phrases et les tableaux)

dash-status-pending = en attente de confirmation
dash-status-confirmed = confirmée
dash-status-waitlisted = en liste d'attente
dash-status-cancelled = annulée
dash-status-awaiting_approval = en attente d'approbation
dash-status-declined = refusée

## Formats de conférence (les choix du formulaire de conférence)

dash-format-online = En ligne
dash-format-in_person = En présentiel
# À la fois en salle et en ligne.
dash-format-hybrid = Hybride

## Rôles dans l'équipe

dash-role-owner = propriétaire
# Peut tout faire, sauf annuler la conférence et gérer l'équipe.
dash-role-manager = gestionnaire
# Un membre de l'équipe à l'entrée : voit les effectifs et pointe les arrivées.
dash-role-checkin = accueil

## Statuts des messages

# En attente de l'heure d'envoi prévue.
dash-message-status-scheduled = programmé
# Ses e-mails sont en cours d'envoi.
dash-message-status-sending = en cours d'envoi
dash-message-status-sent = envoyé
dash-message-status-cancelled = annulé

## Types de question, tels que la description d'une question les affiche

dash-question-kind-short_text = texte court
dash-question-kind-long_text = texte long
# Un seul choix parmi plusieurs.
dash-question-kind-single_choice = choix unique
# Autant de choix que souhaité.
dash-question-kind-multiple_choice = choix multiple
dash-question-kind-checkbox = case à cocher
# La personne choisit un pays dans une liste.
dash-question-kind-country = pays

## Types de question, comme choix pour une nouvelle question

dash-question-new-kind-short_text = Texte court
dash-question-new-kind-long_text = Texte long
dash-question-new-kind-single_choice = Un seul choix
dash-question-new-kind-multiple_choice = Plusieurs choix
dash-question-new-kind-checkbox = Une case à cocher
dash-question-new-kind-country = Pays

## Navigation

# Nom du menu du tableau de bord pour les lecteurs d'écran.
dash-nav-label = Tableau de bord
dash-your-conferences = Vos conférences
dash-new-conference = Nouvelle conférence
dash-your-account = Votre compte
dash-sign-out = Se déconnecter

## Connexion, création de compte, mot de passe oublié

dash-login-title = Connexion
dash-login-heading = Connexion à l'espace organisateurs
dash-login-password = Mot de passe
dash-login-submit = Se connecter
dash-login-wrong = Adresse e-mail ou mot de passe incorrect.
dash-signup-title = Créer un compte organisateur
dash-signup-errors = Veuillez corriger les éléments signalés ci-dessous.
dash-signup-name = Votre nom
dash-signup-password = Mot de passe (10 caractères minimum)
dash-signup-submit = Créer le compte
# Suivi d'un lien, « Se connecter ».
dash-signup-have-one = Vous avez déjà un compte ?
dash-signup-sign-in = Se connecter
# Une erreur sous le champ e-mail.
dash-signup-email-taken = un compte existe déjà avec cette adresse : connectez-vous ou réinitialisez son mot de passe
dash-reset-title = Mot de passe oublié ?
dash-reset-intro = Indiquez l'adresse de votre compte organisateur : nous y enverrons un lien pour définir un nouveau mot de passe.
dash-reset-submit = Envoyer le lien
dash-reset-sent = Si un compte est associé à l'adresse { $email }, un lien pour définir un nouveau mot de passe vient d'y être envoyé. Il est valable une heure et ne peut servir qu'une seule fois.
dash-reset-back = Retour à la connexion
dash-new-password-title = Définir un nouveau mot de passe
dash-new-password = Nouveau mot de passe (10 caractères minimum)
dash-new-password-submit = Définir le mot de passe
# Suivi d'un lien, « Demander un nouveau lien ».
dash-new-password-expired = Ce lien a expiré ou a déjà été utilisé.
dash-new-password-ask-again = Demander un nouveau lien
dash-new-password-set = Votre nouveau mot de passe est enregistré : vous pouvez maintenant vous connecter.

## Votre compte

dash-account-signed-in-as = Connecté en tant que { $email }.
dash-account-new-password = Nouveau mot de passe (laissez vide pour conserver l'actuel)
dash-account-current-password = Mot de passe actuel

## Vos conférences

dash-home-conference = Conférence
dash-home-when = Date
dash-home-none = Aucune conférence pour l'instant.

## La page d'une conférence

# Suivi du lien vers la page publique de la conférence.
dash-conference-public-page = page publique :
dash-registrations = Inscriptions
# Un bouton ; $count : les candidatures en attente de décision.
dash-conference-applications-link = Candidatures ({ $count })
dash-messages = Messages
dash-team = Équipe
dash-checkin = Pointage
dash-conference-report-link = Rapport de l'événement (à imprimer pour le financeur)
dash-conference-signups-caption = Inscriptions par jour, en cumulé.
# Ouvre un tableau avec les chiffres du graphique au-dessus.
dash-conference-as-table = Les mêmes données sous forme de tableau
dash-conference-signups-table = Inscriptions par jour
dash-conference-day = Jour
dash-conference-sessions-caption = Inscrits et présents par session (les chiffres figurent dans le tableau ci-dessous).
dash-conference-categories-caption = Le public par catégorie.
# Les effectifs de la conférence. $breakdown : dash-conference-counts-places ou
# dash-conference-counts-decided ; $no_shows : dash-conference-no-shows ou
# dash-conference-no-shows-not-yet.
dash-conference-counts =
    { $registered } { $registered ->
        [one] inscrit
       *[other] inscrits
    } ({ $breakdown }), { $cancelled } { $cancelled ->
        [one] annulation
       *[other] annulations
    }, { $attended } { $attended ->
        [one] présent
       *[other] présents
    }, { $no_shows }.
dash-conference-counts-places =
    { $confirmed } { $confirmed ->
        [one] confirmé
       *[other] confirmés
    }, { $waitlisted } en liste d'attente
# Quand la conférence approuve les candidatures.
dash-conference-counts-decided =
    { $confirmed } { $confirmed ->
        [one] confirmé
       *[other] confirmés
    }, { $waitlisted } en liste d'attente, { $awaiting } en attente d'approbation, { $declined } { $declined ->
        [one] refusé
       *[other] refusés
    }
# Personnes ayant une place confirmée qui ne sont pas venues.
dash-conference-no-shows =
    { $count ->
        [one] { $count } absent
       *[other] { $count } absents
    }
dash-conference-no-shows-not-yet = absents : pas encore (la conférence n'a pas commencé)
dash-conference-chart-label = Inscriptions et participation par session
dash-conference-chart-figures = Inscrits / présents
dash-conference-chart-registered = Inscrits : { $count }
dash-conference-chart-attended = Présents : { $count }
dash-conference-chart-both = inscrits : { $registered } · présents : { $attended }
dash-conference-save = Enregistrer les modifications
dash-duplicate = Dupliquer
dash-duplicate-intro = Pour l'événement suivant d'une série : un nouveau brouillon reprenant ces paramètres, questions, sessions et intervenants, avec tous les horaires décalés selon la nouvelle date de début ; les inscriptions ne sont pas reprises.
dash-duplicate-starts = Début de la copie (heure locale)
dash-duplicate-title = Titre de la copie (si vide, titre inchangé)
dash-delete = Supprimer
dash-delete-draft = Supprimer ce brouillon

## Graphiques des chiffres (leur nom pour les lecteurs d'écran)

dash-chart-signups = Inscriptions par jour, en cumulé, selon leur statut actuel
# Deux barres par session : foncée pour les inscrits, claire pour les présents.
dash-chart-sessions = Inscrits (foncé) et présents (clair) par session
dash-chart-categories = Le public par catégorie
dash-chart-countries = Le public par pays

## Sessions

dash-sessions-none = Aucune session pour l'instant.
dash-sessions-add = Ajouter une session
dash-sessions-add-submit = Ajouter la session
# « nom | affiliation | rôle » décrit comment saisir une ligne ; $roles sont
# les mots à saisir comme rôle, qui restent identiques dans toutes les langues.
dash-sessions-speakers-roles = Intervenants, un par ligne : nom | affiliation | rôle ({ $roles })
dash-sessions-speakers = Intervenants, un par ligne : nom | affiliation | rôle
dash-session-heading = Session : { $title }
dash-session-save = Enregistrer la session
dash-session-delete = Supprimer cette session
dash-session-delete-note = Les personnes inscrites qui l'avaient choisie en seront informées.

## Les questions propres au formulaire d'inscription

dash-questions = Questions du formulaire
dash-questions-none = Le formulaire demande uniquement le nom, l'adresse e-mail, l'organisation et « Vous êtes ».
# La description d'une question ; $kind : l'un des types de question ci-dessus.
dash-questions-kind = ({ $kind })
dash-questions-kind-required = ({ $kind }, obligatoire)
# Boutons qui déplacent une question dans le formulaire ; les libellés nomment la question.
dash-questions-up = Monter
dash-questions-down = Descendre
dash-questions-up-label = Déplacer « { $label } » vers le haut
dash-questions-down-label = Déplacer « { $label } » vers le bas
dash-questions-add = Ajouter une question
dash-question = Question
dash-questions-kind-label = Type
dash-questions-choices = Choix proposés, un par ligne (pour les types « Un seul choix » et « Plusieurs choix »)
dash-questions-add-submit = Ajouter la question
dash-question-heading = Question du formulaire
# $kind : l'un des types de question ci-dessus.
dash-question-fixed-kind = Type : { $kind } (non modifiable dès que quelqu'un a répondu).
dash-question-choices = Choix proposés, un par ligne (un choix supprimé est retiré : il n'est plus proposé, mais reste dans les réponses déjà données)
# Les choix qui ne sont plus proposés.
dash-question-retired = Choix retirés : { $choices }

## Le formulaire de la conférence

dash-new-conference-submit = Créer la conférence
# La partie de l'adresse après /c/.
dash-field-slug = Adresse de la page de l'événement (/c/…)
dash-field-slug-hint = Lettres, chiffres et traits d'union ; si vide, générée à partir du titre
dash-field-description = Description
dash-field-timezone = Fuseau horaire
dash-field-timezone-hint = Nom IANA, par ex. Europe/Brussels
# En présentiel, en ligne ou les deux.
dash-field-format = Format
dash-field-venue = Lieu
dash-field-online-url = Lien de connexion (communiqué uniquement aux personnes dont l'inscription est confirmée)
dash-field-unlimited-hint = Si vide, pas de limite
dash-field-in-person-capacity = Places en salle (hybride)
dash-field-online-capacity = Places en ligne (hybride)
dash-field-recording-url = Lien vers l'enregistrement
dash-field-opens = Ouverture des inscriptions (heure locale)
dash-field-opens-hint = Si vide, dès la publication
dash-field-closes = Clôture des inscriptions (heure locale)
dash-field-closes-hint = Si vide, à la fin de l'événement
dash-field-categories = « Vous êtes » : les choix proposés, un par ligne
dash-field-language = Langue des pages et des e-mails
dash-field-reminders = Rappels, en minutes avant le début
dash-field-reminders-hint = 5 au maximum, par ex. 1440, 60 (un jour et une heure avant) ; si vide, aucun rappel
dash-field-require-email-confirmation = Demander aux personnes inscrites de confirmer leur adresse e-mail (leur place est réservée en attendant)
dash-field-require-approval = Approuver chaque candidature (les inscriptions attendent votre décision et ne réservent aucune place d'ici là)
# Une place en attente de la confirmation de l'adresse e-mail de la personne inscrite.
dash-field-hold = Durée de réservation d'une place non confirmée (minutes)
dash-field-hold-hint = Par défaut : { $minutes }

## Inscriptions

dash-registrations-heading = Inscriptions : { $title }
dash-registrations-filter = Filtrer
dash-registrations-add = Ajouter une personne (inscription sur place, intervenant, invité)
# En salle ou en ligne (une conférence hybride).
dash-registrations-takes-part = Mode de participation
dash-registrations-walk-in = Confirmer même si l'événement est complet (inscription sur place)
dash-registrations-checked-in = Pointer son arrivée tout de suite
dash-registrations-notify = Lui envoyer l'e-mail de confirmation
dash-registrations-add-submit = Ajouter
# Suivi des liens vers les fichiers : CSV, XLSX, JSON.
dash-registrations-export = Exporter :

## Une inscription

dash-registration-back = Inscriptions : { $title }
# $at : la date et l'heure du pointage.
dash-registration-checked-in-at = oui, arrivée pointée le { $at }
dash-registration-cancel-reason = Motif de l'annulation
dash-registration-decline-reason = Motif du refus
dash-registration-change = Modifier
# « updated » est le nom de l'e-mail que la personne reçoit.
dash-registration-notify = Prévenir la personne (e-mail de mise à jour)
# Attribue une place à une personne en liste d'attente même si la conférence est complète.
dash-registration-force = Même au-delà de la capacité
dash-registration-promote = Lui attribuer une place maintenant
dash-registration-resend = Lui renvoyer son e-mail
dash-registration-undo-check-in = Annuler le pointage
dash-registration-reason = Motif (facultatif, repris dans l'e-mail envoyé à la personne)
dash-registration-cancel = Annuler cette inscription
dash-registration-cancelled = L'inscription est annulée ; la personne en a été informée.
dash-registration-promoted = Place confirmée : la personne en a été informée.
dash-registration-resent = L'e-mail a été renvoyé.
dash-registration-check-in-undone = Le pointage a été annulé.

## Candidatures (conférences qui approuvent chaque inscription)

dash-applications = Candidatures
dash-applications-heading = Candidatures : { $title }
# $waiting : candidatures en attente ; les autres comptent des inscriptions.
dash-applications-counts = En attente de décision : { $waiting } · confirmées : { $confirmed } · en liste d'attente : { $waitlisted } · refusées : { $declined }.
# Comme dash-applications-counts, avec la capacité de la conférence.
dash-applications-counts-capacity =
    En attente de décision : { $waiting } · confirmées : { $confirmed } sur { $capacity ->
        [one] { $capacity } place
       *[other] { $capacity } places
    } · en liste d'attente : { $waitlisted } · refusées : { $declined }.
dash-applications-order = Les candidatures approuvées occupent les places libres dans l'ordre où vous les approuvez ; une fois les places pourvues, elles passent en liste d'attente.
dash-applications-select = Sélectionner
dash-applications-select-name = Sélectionner { $name }
# Date de la candidature : une date et une heure.
dash-applications-applied = Date de candidature
dash-applications-decide = Décision
dash-applications-approve = Approuver
dash-applications-decline = Refuser
dash-applications-approve-name = Approuver la candidature de { $name }
dash-applications-decline-name = Refuser la candidature de { $name }
dash-applications-reason = Motif pour les candidatures refusées (facultatif, repris dans l'e-mail envoyé)
dash-applications-approve-selected = Approuver la sélection
dash-applications-decline-selected = Refuser la sélection
dash-applications-none = Aucune candidature en attente.
dash-applications-none-no-approval = Aucune candidature en attente : cette conférence accepte les inscriptions sans approbation (réglage modifiable dans la section « Modifier » de la conférence).
dash-applications-none-ticked = Cochez d'abord au moins une candidature.
# Après approbation ou refus ; chaque nombre compte des candidatures.
dash-applications-done = C'est fait. Approuvées avec une place : { $confirmed } ; approuvées en liste d'attente : { $waitlisted } ; refusées : { $declined }.

## Messages aux personnes inscrites

dash-messages-heading = Messages : { $title }
dash-messages-subject = Objet
# Date d'envoi (une date et une heure).
dash-messages-sends = Envoi
dash-messages-recipients = Destinataires
# Nombre d'e-mails envoyés, et nombre d'e-mails non distribués.
dash-messages-sent = Envoyés
dash-messages-failed = Échecs
dash-messages-cancel = Annuler
dash-messages-cancel-subject = Annuler « { $subject } »
dash-messages-none = Aucun message pour l'instant.
dash-message-cancelled = Le message est annulé.
dash-compose = Écrire un message
dash-compose-heading = Écrire aux personnes inscrites : { $title }
dash-compose-preview = Aperçu
dash-compose-recipients =
    { $count ->
        [one] Ce message sera envoyé à { $count } personne. Voici ce qu'elle recevra :
       *[other] Ce message sera envoyé à { $count } personnes. Voici ce que recevra la première d'entre elles :
    }
dash-compose-preview-subject = Objet :
dash-compose-subject = Objet
# *emphasis* et [links](https://…) montrent comment les écrire : gardez les signes.
dash-compose-body = Message (Markdown : *mise en valeur*, [liens](https://…), listes)
# $placeholders : les variables, qui restent identiques dans toutes les langues ;
# $brace : ce qu'il faut écrire pour obtenir une accolade.
dash-compose-body-help = Variables disponibles : { $placeholders }. Pour écrire une accolade, tapez { $brace }. Chaque e-mail se termine par le lien personnel du destinataire vers son inscription.
dash-compose-audience = Destinataires
dash-compose-status = Statut :
# S'ils sont venus : indifférent, venus, pas venus.
dash-compose-attended-either = indifférent
dash-compose-attended-yes = présents
dash-compose-attended-no = absents
# En salle ou en ligne (une conférence hybride).
dash-compose-mode = Mode de participation
dash-compose-mode-either = indifférent
dash-compose-mode-in-person = en présentiel
dash-compose-mode-online = en ligne
# Seulement les personnes ayant répondu à une question (choisie ici) par une réponse donnée (champ suivant).
dash-compose-question = Ayant répondu à la question
dash-compose-question-any = (indifférent)
dash-compose-answer = par la réponse
dash-compose-reply-to = Adresse de réponse (si vide, celle du propriétaire de la conférence)
# $timezone : le fuseau horaire de la conférence, par ex. Europe/Brussels.
dash-compose-send-at = Date d'envoi ({ $timezone } ; si vide, envoi immédiat)
dash-compose-preview-button = Prévisualiser et compter les destinataires
dash-compose-send = Envoyer
dash-compose-back = Retour aux messages

## Équipe

dash-team-heading = Équipe : { $title }
# $manager et $checkin sont les noms des rôles (dash-role-manager,
# dash-role-checkin), affichés en gras.
dash-team-roles = Le rôle { $manager } permet de tout faire, sauf annuler la conférence et gérer l'équipe ; le rôle { $checkin } donne accès aux effectifs et au pointage des arrivées.
dash-team-role = Rôle
dash-team-role-of = Rôle de { $email }
dash-team-change = Modifier
dash-team-change-label = Modifier le rôle de { $email }
dash-team-add = Ajouter un membre
dash-team-add-submit = Ajouter et inviter
dash-team-added = Membre ajouté ; une invitation vient de lui être envoyée.
dash-team-removed = Membre retiré de l'équipe.
dash-team-role-changed = Le rôle a été modifié.

## Pointage

dash-checkin-counts = Arrivées : { $checked } sur { $confirmed }
dash-checkin-search-label = Nom ou adresse e-mail
dash-checkin-done = arrivée pointée
dash-checkin-button = Pointer
dash-checkin-button-name = Pointer l'arrivée de { $name }
dash-checkin-checked-in = L'arrivée de { $name } est pointée.
dash-checkin-already = Arrivée déjà pointée.
# $status : un statut d'inscription (dash-status-…).
dash-checkin-not-confirmed = Cette inscription est { $status } : seules les inscriptions confirmées peuvent être pointées.
dash-checkin-list = Liste de pointage

## Le rapport de l'événement

dash-report = Rapport
dash-report-heading = { $title } : rapport de l'événement
dash-report-csv = Les chiffres au format CSV
dash-report-print = Imprimez cette page (format A4) pour la transmettre.
dash-report-rate = Taux de présence
# $percent : un nombre entier.
dash-report-percent = { $percent } %
# Avant le début de la conférence, personne ne peut être absent.
dash-report-not-yet = pas encore
dash-report-sessions-caption = Inscrits et présents par session ; le tableau ci-dessous reprend les mêmes chiffres.
# Les intervenants, modérateurs et panélistes d'une session.
dash-report-speakers = Intervenants
dash-report-audience = Le public
dash-report-categories-caption = Par catégorie ; le tableau reprend les mêmes chiffres.
dash-report-countries-caption = Par pays ; le tableau reprend les mêmes chiffres.
dash-report-by-category = Par catégorie
dash-report-by-organisation = Par organisation
dash-report-by-country = Par pays
dash-report-country = Pays
# Personnes n'ayant indiqué aucune organisation (ni catégorie, ni pays).
dash-report-not-given = (non renseigné)

## Intégration du formulaire sur le site du projet

dash-field-embed-origins = Sites autorisés à intégrer le formulaire
dash-field-embed-origins-hint = Une origine (protocole et nom de domaine) par ligne, par ex. https://spring-project.eu. Seuls ces sites peuvent afficher le formulaire dans un cadre.
dash-embed-title = Intégrer le formulaire d'inscription à votre site
dash-embed-intro = Collez ce code dans une page de votre site : le formulaire y fonctionne sans script et affiche sur place ses messages d'erreur et la confirmation.
dash-embed-snippet = Code à copier
dash-embed-no-origins = Aucun site n'est encore autorisé à intégrer le formulaire : ajoutez l'origine de votre site sous « Sites autorisés à intégrer le formulaire » ci-dessous.
# $origins : une liste telle que « https://spring-project.eu, https://www.spring-project.eu ».
dash-embed-origins = Sites autorisés à l'intégrer : { $origins }
