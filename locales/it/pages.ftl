# Le pagine pubbliche di Convene: la pagina dell'evento e il suo modulo, le
# pagine personali di chi si iscrive, le pagine di errore e i testi comuni a
# tutte le pagine (layout, stati). I testi degli organizzatori (titoli,
# descrizioni, domande) non sono qui.

## Layout

site-tagline = Convene — iscrizioni a eventi e webinar
languages-label = Questa pagina in altre lingue

back-to-events = Torna agli eventi
back-to-event = Torna all'evento
required = (obbligatorio)

## Error pages

error-not-found = Pagina non trovata
error-not-found-detail = Qui non c'è nulla. Il link potrebbe essere errato o non più valido.
error-internal = Si è verificato un errore
error-internal-detail = L'errore è stato registrato. La preghiamo di riprovare.
error-forbidden = Operazione non consentita
error-conflict = Operazione non possibile al momento
error-gone = Non più disponibile
error-too-many = Troppe richieste
error-unavailable = Temporaneamente non disponibile
error-unauthorized = Accesso richiesto
error-bad-request = Impossibile elaborare la richiesta

## Shared labels of Convene's own kinds (also on the dashboard)

format-online = Online
format-in_person = In presenza
format-hybrid = Ibrido (in presenza e online)
status-pending = In attesa di conferma dell'indirizzo email
status-confirmed = Confermata
status-waitlisted = In lista d'attesa
status-cancelled = Annullata
status-awaiting_approval = In attesa di decisione
status-declined = Rifiutata
conference-status-draft = Bozza
conference-status-published = Pubblicata
conference-status-cancelled = Annullata
mode-in_person = In sala
mode-online = Online
speaker-role-speaker = Relatore
speaker-role-moderator = Moderatore
speaker-role-panelist = Panelist

## The list of events

index-title = Prossimi eventi
index-none = Al momento non ci sono eventi in programma.

## The event page

event-cancelled = Questo evento è stato annullato.
# $when: la data e l'ora, per esteso.
event-took-place = Questo evento si è svolto { $when }.
watch-recording = Guarda la registrazione
seats-left = { $count ->
    [one] Resta 1 posto
   *[other] Restano { $count } posti
}
fully-booked = Posti esauriti: chi si iscrive ora entra in lista d'attesa
session-full = Al completo: lista d'attesa
event-approval = Sono gli organizzatori a scegliere i partecipanti: può candidarsi qui e le scriveranno quando avranno deciso.
places-free = posti disponibili
places-left = { $count ->
    [one] resta 1 posto
   *[other] restano { $count } posti
}
places-full = al completo (lista d'attesa)
programme = Programma
programme-calendar = Aggiunga il programma al suo calendario
registration-not-open = Le iscrizioni non sono ancora aperte.
registration-closed = Le iscrizioni sono chiuse.

## The sign-up form

register = Invia l'iscrizione
apply = Invia la candidatura
registered-already = Ha già effettuato l'iscrizione?
get-link-again = Richieda di nuovo il link di iscrizione
field-name = Nome e cognome
field-email = Email
field-organization = Organizzazione
field-mode = Modalità di partecipazione
# L'etichetta dell'elenco di categorie come «Ricercatore» o «Decisore politico».
field-category = Profilo
field-sessions = Sessioni a cui parteciperà
field-consent = Acconsento al trattamento del mio nome, del mio indirizzo email e della mia organizzazione ai fini della gestione di questa iscrizione.
signup-errors-summary = L'iscrizione non è stata inviata: corregga i campi indicati qui sotto.
# Dopo «questo indirizzo risulta già iscritto a questa conferenza».
signup-already-registered = { $message }: può farsi inviare di nuovo il link alla sua iscrizione («Richieda di nuovo il link di iscrizione» qui sopra)

## After signing up

registered-title = Iscrizione effettuata
application-in = La sua candidatura è stata inviata
application-in-detail = Sono gli organizzatori di { $title } a scegliere i partecipanti. Le abbiamo inviato un messaggio all'indirizzo { $email } e le scriveremo di nuovo quando avranno deciso; fino ad allora non ha un posto riservato.
check-mail = Controlli la posta per non perdere il suo posto
check-mail-detail = Le stiamo riservando un posto per { $title }. Abbiamo inviato un link all'indirizzo { $email }: lo apra per confermare l'indirizzo e il posto. Senza conferma, dopo un certo tempo il posto passerà alla persona successiva.
on-waitlist = È in lista d'attesa
on-waitlist-detail = { $title } è al completo e per ora non ha un posto. Se se ne libera uno, avanzerà in base all'ordine di iscrizione e le scriveremo.
registered-heading = La sua iscrizione è completa
registered-detail = Il suo posto per { $title } è confermato. Riceverà a breve all'indirizzo { $email } una conferma con l'invito per il calendario.
label-when = Quando
label-where = Dove
add-to-calendar = Aggiunga l'evento al suo calendario:
download-invite = scarichi l'invito (.ics)
keep-private-link = Conservi questo link personale per consultare, modificare o annullare la sua iscrizione:
place-online = Online

## The email confirmation link

confirmed-heading = Il suo posto è confermato
confirmed-detail = Grazie. Riceverà a breve una conferma con l'invito per il calendario.
confirmed-already = Aveva già confermato: non deve fare altro.
confirm-expired = Questo link è scaduto
confirm-expired-detail = Il posto le era stato riservato per un tempo limitato ed è passato alla persona successiva. Può comunque iscriversi di nuovo.
confirm-waitlisted-detail = Non c'è ancora un posto da confermare; le scriveremo non appena se ne libererà uno.

## The registrant's own page

manage-title = La sua iscrizione
label-status = Stato:
waitlist-position = posizione n. { $position } in lista d'attesa
manage-application = La sua candidatura è all'esame degli organizzatori e per ora non ha un posto. Le scriveremo quando avranno deciso; se otterrà un posto, riceverà anche l'invito per il calendario.
manage-declined = Gli organizzatori non hanno potuto offrirle un posto.
manage-declined-reason = Motivazione: { $reason }
apply-again = Nuova candidatura
join-online = Partecipa online
manage-add-calendar = Aggiunga al suo calendario (invite.ics)
# $mode: «In sala» oppure «Online».
manage-mode-now = Modalità di partecipazione: { $mode }
manage-change-mode = Cambia la mia modalità di partecipazione
manage-sessions = Le sue sessioni
manage-save-sessions = Salva le mie sessioni
manage-answers = Le sue risposte
manage-save-answers = Salva le mie risposte
manage-withdraw = Ritira la mia candidatura
manage-cancel = Annulla la mia iscrizione
manage-data = Scarica i miei dati
manage-cancelled = Questa iscrizione è stata annullata.
register-again = Nuova iscrizione
saved-answers = Le sue risposte sono state salvate.
saved-sessions = Le sue sessioni sono state salvate.
saved-mode = Fatto: d'ora in poi parteciperà in questa modalità.
cancelled-notice = La sua iscrizione è stata annullata.

## Cancelling

cancel-title = Annullamento dell'iscrizione
cancel-question = Vuole annullare la sua iscrizione?
cancel-about = Sta per annullare la sua iscrizione a { $title } ({ $when }).
cancel-waitlist-about = Sta per rinunciare al suo posto in lista d'attesa per { $title } ({ $when }).
cancel-place-goes = Il suo posto passerà alla prima persona in lista d'attesa.
cancel-yes = Sì, annulla la mia iscrizione
cancel-no = No, voglio mantenerla

## Getting the link again

link-title = Il suo link di iscrizione
link-sent = Se l'indirizzo { $email } risulta iscritto a questo evento, le abbiamo inviato il link a quell'indirizzo. Potrebbe volerci qualche istante; controlli anche la cartella della posta indesiderata.
link-intro = Ha già effettuato l'iscrizione ma non trova più l'email? Indichi l'indirizzo usato per iscriversi e le invieremo il link per consultare, modificare o annullare la sua iscrizione.
link-check-address = Verifichi l'indirizzo:
link-send = Invia il link
