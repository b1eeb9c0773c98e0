# Le email di Convene a chi si iscrive e agli organizzatori, e il testo degli
# inviti per il calendario. Un'email si apre con una riga di saluto
# («Gentile Ana,») e il testo prosegue come in una lettera italiana, con la
# maiuscola a inizio paragrafo; i testi degli organizzatori (titoli,
# descrizioni, motivazioni) vengono inseriti così come sono stati scritti.

## What every mail shares

# $name: il nome di chi si iscrive, così come lo ha indicato.
mail-dear = Gentile { $name },
mail-hello = Buongiorno,
mail-hello-name = Buongiorno { $name },
mail-label-when = Quando
mail-label-format = Formato
mail-label-where = Dove
mail-join-online = Partecipa online
# Dopo il link di partecipazione nella versione di solo testo.
mail-join-personal-short = (link personale: la preghiamo di non condividerlo)
mail-join-personal = Questo link è personale: la preghiamo di non condividerlo.
mail-check-in-text = Check-in: all'ingresso mostri il codice QR presente nella versione HTML di questa email, oppure comunichi il suo nome.
mail-check-in-html = Check-in: all'ingresso mostri questo codice oppure comunichi il suo nome.
mail-qr-alt = Il suo codice QR per il check-in
mail-your-sessions = Le sue sessioni
mail-manage-any-time = Può consultare, modificare o annullare la sua iscrizione in qualsiasi momento:
mail-manage-line = Per consultare, modificare o annullare la sua iscrizione: { $url }
mail-manage-see-cancel = Per consultare o annullare la sua iscrizione: { $url }
mail-invite-attached = In allegato trova l'invito per il calendario.
mail-invite-updated = In allegato trova l'invito per il calendario aggiornato.
# Nella descrizione dell'invito per il calendario, dopo il testo degli organizzatori.
invite-manage = Per consultare, modificare o annullare la sua iscrizione: { $url }

## Application received (the organizers choose who takes part)

mail-application-subject = Candidatura ricevuta: { $title }
mail-application-body = La ringraziamo per la sua candidatura a { $title }. Sono gli organizzatori a scegliere i partecipanti, quindi per ora non ha ancora un posto. Le scriveremo non appena avranno deciso; se otterrà un posto, quell'email conterrà anche l'invito per il calendario.
mail-application-manage = Per consultare, modificare o ritirare la sua candidatura: { $url }

## Registration cancelled

mail-cancelled-subject = Iscrizione annullata: { $title }
mail-cancelled-body = La sua iscrizione a { $title } ({ $when }) è stata annullata. L'evento è stato rimosso dal suo calendario.
# $reason: le parole degli organizzatori.
mail-organizers-say = Messaggio degli organizzatori: { $reason }
mail-cancelled-again = Ha cambiato idea? Può iscriversi di nuovo finché le iscrizioni sono aperte:

## The conference is cancelled

mail-conference-cancelled-subject = Evento annullato: { $title }
mail-conference-cancelled-body = Siamo spiacenti di comunicarle che l'evento { $title }, previsto per { $when }, è stato annullato dagli organizzatori. L'evento è stato quindi rimosso dal suo calendario.

## Confirm your address to keep the place

mail-confirm-subject = Confermi il suo posto: { $title }
mail-confirm-body = Ha un posto riservato per { $title }. Per non perderlo, confermi il suo indirizzo email:
mail-confirm-button = Conferma il mio posto
# $until: una data e un'ora, per esteso.
mail-confirm-hold = Il posto le resta riservato fino a { $until }. Se entro quel momento non avremo ricevuto la sua conferma, il posto passerà alla prossima persona in lista d'attesa. Se non ha effettuato lei l'iscrizione, ignori questa email: non succederà nient'altro.

## Registered

mail-confirmation-subject = Iscrizione confermata: { $title }
mail-confirmation-body = La sua iscrizione a { $title } è confermata.

## Application declined

mail-declined-subject = La sua candidatura: { $title }
mail-declined-body = La ringraziamo per l'interesse dimostrato per { $title }. Gli organizzatori sono spiacenti di non poterle offrire un posto.
mail-declined-reason = Motivazione: { $reason }
mail-declined-again = Può presentare una nuova candidatura dalla pagina dell'evento:

## The registration link, sent again

mail-manage-link-subject = Il suo link di iscrizione: { $title }
mail-manage-link-body = Ha richiesto il link alla sua iscrizione a { $title } ({ $when }). Con questo link può consultare, modificare o annullare la sua iscrizione:
mail-manage-link-button = La sua iscrizione
mail-manage-link-ignore = Se non ha richiesto lei il link, può ignorare questa email: non è stato modificato nulla.

## Added to the team of a conference

mail-member-subject = { $inviter } le ha dato accesso al team di { $title }
# $role: "manager" oppure "checkin".
mail-member-body = { $inviter } ({ $inviter_email }) le ha dato accesso al team di { $title } ({ $when }) con il ruolo di { $role ->
    [manager] gestore
   *[other] addetto al check-in
}.
mail-member-can = { $role ->
    [manager] Con questo ruolo può modificare la conferenza, le sue sessioni e le domande, consultare ed esportare le iscrizioni ed effettuare il check-in dei partecipanti.
   *[other] Con questo ruolo può effettuare il check-in dei partecipanti e consultare i conteggi.
}
mail-member-sign-in = Acceda alla dashboard con il suo account Convene associato a questo indirizzo ({ $email }):
mail-member-sign-in-button = Accesso alla dashboard
mail-member-no-account = Non esiste ancora un account Convene con questo indirizzo: ne crei prima uno con questo stesso indirizzo ({ $url }), quindi effettui l'accesso.
mail-member-page = Pagina dell'evento: { $url }

## A message from the organizers (their text above this line)

mail-message-registration = La sua iscrizione: { $url }

## A new password

mail-reset-subject = Nuova password per il suo account Convene
mail-reset-body = Qualcuno (speriamo lei) ha chiesto di impostare una nuova password per l'account Convene di { $email }. Per sceglierla, apra questo link entro { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
}:
mail-reset-once = Il link può essere usato una sola volta. Se non ha fatto lei la richiesta, ignori questa email: la sua password resterà invariata.

## Moved up from the waiting list

mail-promoted-subject = Si è liberato un posto: { $title }
mail-promoted-body = Buone notizie: si è liberato un posto e la sua iscrizione a { $title } è ora confermata.

## The recording

mail-recording-subject = Registrazione disponibile: { $title }
mail-recording-subject-missed = Non ha potuto partecipare? Ecco la registrazione: { $title }
mail-recording-attended = La ringraziamo per aver partecipato a { $title }. La registrazione è ora disponibile online, nel caso desideri rivederne una parte o condividerla con i colleghi:
mail-recording-missed = Ci dispiace che non abbia potuto partecipare a { $title }. La registrazione è ora disponibile online, così potrà recuperare tutto ciò che non ha potuto seguire:
mail-recording-watch = Guarda la registrazione

## Reminder

mail-reminder-subject = Promemoria: { $title }, { $when }
mail-reminder-body = Le ricordiamo che { $title } si terrà a breve.
mail-reminder-cancel = Non può più partecipare? La preghiamo di annullare l'iscrizione, così il suo posto potrà andare a chi è in lista d'attesa:

## The details changed

mail-updated-subject = Aggiornamento: { $title }
mail-updated-body = I dettagli della sua iscrizione a { $title } sono cambiati.
mail-updated-what = Che cosa è cambiato:
# $old: il valore precedente alla modifica.
mail-updated-was = prima: { $old }
# $status: lo stato dell'iscrizione, ad esempio «Confermata».
mail-updated-now = Ecco la situazione aggiornata (stato: { $status }):
mail-change-title = Titolo
mail-change-when = Quando
mail-change-where = Dove
mail-change-format = Formato
mail-change-online-link = Link di partecipazione online
mail-change-previous-link = il link precedente
mail-change-new-link = un nuovo link (il suo link personale di partecipazione qui sotto rimanda a questo)
mail-change-session = Sessione
mail-change-session-time = Orario della sessione
mail-change-session-room = Sala della sessione
# Quando una sala o una sede non era o non è più indicata.
mail-change-none = nessuna indicazione

## On the waiting list

mail-waitlisted-subject = In lista d'attesa: { $title }
mail-waitlisted-body = { $title } è al completo, quindi la sua iscrizione è in lista d'attesa e per ora non ha un posto. Se se ne libera uno, avanzerà in base all'ordine di iscrizione e le scriveremo subito.
