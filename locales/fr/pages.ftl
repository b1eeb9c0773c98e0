# Les pages publiques de Convene : la page de l'événement et son formulaire,
# les pages personnelles de la personne inscrite, les pages d'erreur et les
# textes communs à toutes les pages (mise en page, statuts). Les textes des
# organisateurs (titres, descriptions, questions) ne figurent pas ici.

## Layout

site-tagline = Convene — inscriptions aux événements et webinaires
languages-label = Cette page dans d'autres langues

back-to-events = Retour aux événements
back-to-event = Retour à l'événement
required = (obligatoire)

## Error pages

error-not-found = Page introuvable
error-not-found-detail = Il n'y a rien ici. Le lien est peut-être mal saisi ou n'est plus valide.
error-internal = Une erreur s'est produite
error-internal-detail = L'erreur a été enregistrée. Veuillez réessayer.
error-forbidden = Action non autorisée
error-conflict = Action impossible pour le moment
error-gone = Plus disponible
error-too-many = Trop de requêtes
error-unavailable = Momentanément indisponible
error-unauthorized = Connexion requise
error-bad-request = La requête n'a pas pu être traitée

## Shared labels of Convene's own kinds (also on the dashboard)

format-online = En ligne
format-in_person = En présentiel
format-hybrid = Hybride (en présentiel et en ligne)
status-pending = En attente de confirmation par e-mail
status-confirmed = Confirmée
status-waitlisted = En liste d'attente
status-cancelled = Annulée
status-awaiting_approval = En attente de décision
status-declined = Refusée
conference-status-draft = Brouillon
conference-status-published = Publiée
conference-status-cancelled = Annulée
mode-in_person = En salle
mode-online = En ligne
speaker-role-speaker = Intervenant
speaker-role-moderator = Modérateur
speaker-role-panelist = Panéliste

## The list of events

index-title = Événements à venir
index-none = Aucun événement à venir pour le moment.

## The event page

event-cancelled = Cet événement a été annulé.
# $when : la date et l'heure, en toutes lettres.
event-took-place = Cet événement a eu lieu le { $when }.
watch-recording = Voir l'enregistrement
seats-left = { $count ->
    [one] Il reste { $count } place
   *[other] Il reste { $count } places
}
fully-booked = Complet : les nouvelles inscriptions sont placées en liste d'attente
session-full = Complet : liste d'attente
event-approval = Les organisateurs choisissent les participants : vous déposez ici votre candidature, et ils vous écrivent une fois leur décision prise.
places-free = places disponibles
places-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
places-full = complet (liste d'attente)
programme = Programme
programme-calendar = Ajouter le programme à votre agenda
registration-not-open = Les inscriptions ne sont pas encore ouvertes.
registration-closed = Les inscriptions sont closes.

## The sign-up form

register = S'inscrire
apply = Postuler
registered-already = Déjà inscrit ?
get-link-again = Recevoir à nouveau votre lien d'inscription
field-name = Nom
field-email = Adresse e-mail
field-organization = Organisation
field-mode = Mode de participation
# Intitulé de la liste des catégories, par exemple « Chercheur » ou « Décideur politique ».
field-category = Vous êtes
field-sessions = Sessions auxquelles vous participerez
field-consent = J'accepte que mon nom, mon adresse e-mail et mon organisation soient traités pour la gestion de cette inscription.
signup-errors-summary = L'inscription n'a pas été envoyée : veuillez corriger les champs ci-dessous.
# Après « une inscription existe déjà avec cette adresse ».
signup-already-registered = { $message } : le lien vers votre inscription peut vous être renvoyé (« Recevoir à nouveau votre lien d'inscription » ci-dessus)

## After signing up

registered-title = Inscription enregistrée
application-in = Votre candidature a bien été reçue
application-in-detail = Les organisateurs de { $title } choisissent les participants. Nous avons envoyé un message à { $email } et vous écrirons de nouveau dès qu'ils auront pris leur décision ; d'ici là, aucune place ne vous est réservée.
check-mail = Consultez votre messagerie pour conserver votre place
check-mail-detail = Nous vous réservons une place pour { $title }. Nous avons envoyé un lien à { $email } : suivez-le pour confirmer votre adresse et votre place. Sans confirmation, la place sera attribuée à la personne suivante au bout d'un certain temps.
on-waitlist = Vous êtes sur la liste d'attente
on-waitlist-detail = { $title } affiche complet. Vous n'avez pas encore de place ; si une place se libère, la liste avance dans l'ordre des inscriptions, et nous vous écrirons.
registered-heading = Votre inscription est confirmée
registered-detail = Votre place pour { $title } est confirmée. Un message de confirmation accompagné d'une invitation d'agenda a été envoyé à { $email }.
label-when = Date et heure
label-where = Lieu
add-to-calendar = Ajouter à votre agenda :
download-invite = télécharger l'invitation (.ics)
keep-private-link = Conservez ce lien privé pour consulter, modifier ou annuler votre inscription :
place-online = En ligne

## The email confirmation link

confirmed-heading = Votre place est confirmée
confirmed-detail = Merci. Un message de confirmation accompagné d'une invitation d'agenda vous a été envoyé.
confirmed-already = Vous l'aviez déjà confirmée : vous n'avez plus rien à faire.
confirm-expired = Ce lien a expiré
confirm-expired-detail = La place vous était réservée pour une durée limitée et a été attribuée à la personne suivante. N'hésitez pas à vous inscrire à nouveau.
confirm-waitlisted-detail = Il n'y a pas encore de place à confirmer ; nous vous écrirons dès qu'une place se libérera.

## The registrant's own page

manage-title = Votre inscription
label-status = Statut :
waitlist-position = position { $position } sur la liste d'attente
manage-application = Votre candidature est entre les mains des organisateurs. Aucune place ne vous est encore attribuée : dès qu'ils auront pris leur décision, nous vous écrirons, avec l'invitation d'agenda si vous obtenez une place.
manage-declined = Les organisateurs n'ont pas pu vous proposer de place.
manage-declined-reason = Motif indiqué : { $reason }
apply-again = Postuler à nouveau
join-online = Participer en ligne
manage-add-calendar = Ajouter à votre agenda (invite.ics)
# $mode : « En salle » ou « En ligne ».
manage-mode-now = Mode de participation : { $mode }
manage-change-mode = Changer de mode de participation
manage-sessions = Vos sessions
manage-save-sessions = Enregistrer mes sessions
manage-answers = Vos réponses
manage-save-answers = Enregistrer mes réponses
manage-withdraw = Retirer ma candidature
manage-cancel = Annuler mon inscription
manage-data = Télécharger mes données
manage-cancelled = Cette inscription est annulée.
register-again = S'inscrire à nouveau
saved-answers = Vos réponses ont été enregistrées.
saved-sessions = Vos sessions ont été enregistrées.
saved-mode = C'est fait : votre mode de participation a été modifié.
cancelled-notice = Votre inscription est annulée.

## Cancelling

cancel-title = Annuler votre inscription
cancel-question = Annuler votre inscription ?
cancel-about = Vous êtes sur le point d'annuler votre inscription à { $title } ({ $when }).
cancel-waitlist-about = Vous êtes sur le point de renoncer à votre place sur la liste d'attente de { $title } ({ $when }).
cancel-place-goes = Votre place sera attribuée à la personne suivante sur la liste d'attente.
cancel-yes = Oui, annuler mon inscription
cancel-no = Non, conserver mon inscription

## Getting the link again

link-title = Votre lien d'inscription
link-sent = Si une inscription à cet événement est associée à { $email }, le lien correspondant vient d'être envoyé à cette adresse. Il peut mettre une minute à arriver ; pensez à vérifier aussi votre dossier de courrier indésirable.
link-intro = Vous êtes déjà inscrit, mais vous avez égaré le message ? Indiquez l'adresse utilisée lors de votre inscription : nous vous enverrons le lien pour consulter, modifier ou annuler votre inscription.
link-check-address = Veuillez vérifier l'adresse :
link-send = Envoyer mon lien
