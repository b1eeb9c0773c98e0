# Les messages de Convene aux personnes inscrites et aux organisateurs, et le
# texte des invitations d'agenda. Un message s'ouvre sur une formule d'appel
# (« Bonjour Ana, ») suivie d'une phrase commençant par une majuscule, comme
# dans une lettre en français ; les textes des organisateurs (titres,
# descriptions, motifs) sont insérés tels qu'ils ont été rédigés.

## What every mail shares

# $name : le nom de la personne inscrite, tel qu'elle l'a indiqué.
mail-dear = Bonjour { $name },
mail-hello = Bonjour,
mail-hello-name = Bonjour { $name },
mail-label-when = Date et heure
mail-label-format = Format
mail-label-where = Lieu
mail-join-online = Participer en ligne
# Après le lien de participation, dans la version texte du message.
mail-join-personal-short = (votre lien personnel, merci de ne pas le partager)
mail-join-personal = Ce lien est personnel : merci de ne pas le partager.
mail-check-in-text = Accueil : à l'entrée, présentez le code QR figurant dans la version HTML de ce message, ou donnez votre nom.
mail-check-in-html = Accueil : présentez ce code à l'entrée, ou donnez votre nom.
mail-qr-alt = Votre code QR pour l'accueil
mail-your-sessions = Vos sessions
mail-manage-any-time = Vous pouvez consulter, modifier ou annuler votre inscription à tout moment :
mail-manage-line = Consulter, modifier ou annuler votre inscription : { $url }
mail-manage-see-cancel = Consulter ou annuler votre inscription : { $url }
mail-invite-attached = L'invitation d'agenda est jointe à ce message.
mail-invite-updated = L'invitation d'agenda mise à jour est jointe à ce message.
# Dans la description de l'invitation d'agenda, après le texte des organisateurs.
invite-manage = Consulter, modifier ou annuler votre inscription : { $url }

## Application received (the organizers choose who takes part)

mail-application-subject = Candidature reçue : { $title }
mail-application-body = Merci pour votre candidature à { $title }. Les organisateurs choisissent les participants : aucune place ne vous est donc encore attribuée. Nous vous écrirons dès qu'ils auront pris leur décision ; si vous obtenez une place, ce message contiendra l'invitation d'agenda.
mail-application-manage = Consulter, modifier ou retirer votre candidature : { $url }

## Registration cancelled

mail-cancelled-subject = Inscription annulée : { $title }
mail-cancelled-body = Votre inscription à { $title } ({ $when }) est annulée. L'événement a été retiré de votre agenda.
# $reason : les mots mêmes des organisateurs.
mail-organizers-say = Message des organisateurs : { $reason }
mail-cancelled-again = Vous avez changé d'avis ? Vous pouvez vous inscrire à nouveau tant que les inscriptions sont ouvertes :

## The conference is cancelled

mail-conference-cancelled-subject = Annulation : { $title }
mail-conference-cancelled-body = Nous avons le regret de vous informer que les organisateurs ont annulé l'événement { $title }, prévu le { $when }. L'événement a été retiré de votre agenda.

## Confirm your address to keep the place

mail-confirm-subject = Veuillez confirmer votre place : { $title }
mail-confirm-body = Une place vous est réservée pour { $title }. Pour la conserver, veuillez confirmer votre adresse e-mail :
mail-confirm-button = Confirmer ma place
# $until : une date et une heure, en toutes lettres.
mail-confirm-hold = Nous vous réservons cette place jusqu'au { $until }. Sans confirmation de votre part d'ici là, elle sera attribuée à la personne suivante sur la liste d'attente. Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message : rien d'autre ne se passera.

## Registered

mail-confirmation-subject = Inscription confirmée : { $title }
mail-confirmation-body = Votre inscription à { $title } est confirmée.

## Application declined

mail-declined-subject = Votre candidature : { $title }
mail-declined-body = Merci de l'intérêt que vous portez à { $title }. Les organisateurs ont le regret de ne pas pouvoir vous proposer de place.
mail-declined-reason = Motif indiqué : { $reason }
mail-declined-again = Vous pouvez postuler à nouveau depuis la page de l'événement :

## The registration link, sent again

mail-manage-link-subject = Votre lien d'inscription : { $title }
mail-manage-link-body = Vous avez demandé le lien vers votre inscription à { $title } ({ $when }). Il vous permet de consulter, modifier ou annuler votre inscription :
mail-manage-link-button = Votre inscription
mail-manage-link-ignore = Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message : rien n'a été modifié.

## Added to the team of a conference

mail-member-subject = { $inviter } vous a ajouté à l'équipe de { $title }
# $role : « manager » ou « checkin ».
mail-member-body = { $inviter } ({ $inviter_email }) vous a ajouté à l'équipe de { $title } ({ $when }) { $role ->
    [manager] en tant que gestionnaire
   *[other] pour l'accueil des participants
}.
mail-member-can = { $role ->
    [manager] Ce rôle vous permet de modifier la conférence, ses sessions et ses questions, de consulter et d'exporter les inscriptions, et de pointer les arrivées.
   *[other] Ce rôle vous permet de pointer les arrivées et de consulter les effectifs.
}
mail-member-sign-in = Connectez-vous au tableau de bord avec votre compte Convene associé à cette adresse ({ $email }) :
mail-member-sign-in-button = Se connecter au tableau de bord
mail-member-no-account = Il n'existe pas encore de compte Convene associé à cette adresse : créez-en d'abord un avec cette adresse ({ $url }), puis connectez-vous.
mail-member-page = Page de l'événement : { $url }

## A message from the organizers (their text above this line)

mail-message-registration = Votre inscription : { $url }

## A new password

mail-reset-subject = Définir un nouveau mot de passe Convene
mail-reset-body = Quelqu'un (vous, nous l'espérons) a demandé un nouveau mot de passe pour le compte Convene associé à { $email }. Pour le choisir, suivez ce lien dans un délai { $minutes ->
    [one] d'une minute
   *[other] de { $minutes } minutes
} :
mail-reset-once = Ce lien ne peut être utilisé qu'une seule fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

## Moved up from the waiting list

mail-promoted-subject = Une place vous est attribuée : { $title }
mail-promoted-body = Bonne nouvelle : une place s'est libérée et votre inscription à { $title } est désormais confirmée.

## The recording

mail-recording-subject = Enregistrement disponible : { $title }
mail-recording-subject-missed = Vous n'avez pas pu être des nôtres : { $title }
mail-recording-attended = Merci d'avoir participé à { $title }. L'enregistrement est désormais en ligne, si vous souhaitez revoir un passage ou le partager avec vos collègues :
mail-recording-missed = Nous regrettons que vous n'ayez pas pu être des nôtres lors de { $title }. L'enregistrement est désormais en ligne pour vous permettre de rattraper tout ce que vous avez manqué :
mail-recording-watch = Voir l'enregistrement

## Reminder

mail-reminder-subject = Rappel : { $title }, { $when }
mail-reminder-body = Nous vous rappelons que { $title } aura lieu prochainement.
mail-reminder-cancel = Finalement, vous ne pouvez pas venir ? Merci d'annuler votre inscription, afin qu'une personne sur la liste d'attente puisse obtenir votre place :

## The details changed

mail-updated-subject = Mise à jour : { $title }
mail-updated-body = Les informations relatives à votre inscription à { $title } ont été modifiées.
mail-updated-what = Modifications :
# $old : la valeur avant la modification.
mail-updated-was = auparavant : { $old }
# $status : le statut de l'inscription, par exemple « Confirmée ».
mail-updated-now = Voici où en est votre inscription ({ $status }) :
mail-change-title = Titre
mail-change-when = Date et heure
mail-change-where = Lieu
mail-change-format = Format
mail-change-online-link = Lien de participation en ligne
mail-change-previous-link = l'ancien lien
mail-change-new-link = un nouveau lien (votre lien personnel de participation ci-dessous y mène)
mail-change-session = Session
mail-change-session-time = Horaire de la session
mail-change-session-room = Salle de la session
# Là où une salle ou un lieu n'était pas ou n'est plus indiqué.
mail-change-none = néant

## On the waiting list

mail-waitlisted-subject = Vous êtes sur la liste d'attente : { $title }
mail-waitlisted-body = { $title } affiche complet : vous êtes donc sur la liste d'attente. Vous n'avez pas encore de place. Si une place se libère, la liste avance dans l'ordre des inscriptions et nous vous écrirons aussitôt.
