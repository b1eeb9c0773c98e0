# La dashboard degli organizzatori di Convene: accesso, le conferenze con le
# loro sessioni, domande, iscrizioni, candidature, messaggi, team, check-in e
# il report dell'evento. I testi degli organizzatori (titoli, domande,
# risposte) non sono qui, e nemmeno i messaggi di errore dei moduli
# (forms.ftl).
#
# I titoli delle pagine terminano con «· Convene» o «· <titolo della
# conferenza>», aggiunti dalla pagina.

## Words many pages share

dash-name = Nome
dash-email = Email
dash-organisation = Organizzazione
# La categoria di chi si iscrive, come la chiede il modulo di iscrizione
# («Profilo: ricercatore, giornalista…»); le stesse parole del modulo pubblico.
dash-category = Profilo
dash-status = Stato
# Se la persona è venuta (sì o no): una colonna, un filtro, un dettaglio.
dash-attended = Presente
# Quando è stata fatta l'iscrizione: una colonna con data e ora.
dash-registered-at = Data di iscrizione
dash-session = Sessione
dash-sessions = Sessioni
dash-title = Titolo
dash-starts = Inizio (ora locale)
dash-ends = Fine (ora locale)
dash-capacity = Capienza
# La sala di una sessione.
dash-room = Sala
dash-help-text = Testo di aiuto
dash-required = Risposta obbligatoria
dash-save = Salva
dash-saved = Modifiche salvate.
dash-edit = Modifica
dash-remove = Rimuovi
# Il nome di un pulsante di rimozione per gli screen reader; $name: ciò che
# rimuove (una domanda, l'indirizzo email di un membro del team).
dash-remove-name = Rimuovi { $name }
dash-actions = Azioni
dash-search = Cerca
# In un elenco di selezione: nessun filtro su questo campo.
dash-any = qualsiasi
dash-yes = sì
dash-no = no
# Numero di persone: intestazione di colonna.
dash-people = Persone
dash-attendance = Partecipazione
dash-back-to-conference = Torna alla conferenza
dash-nobody-matches = Nessun risultato.
dash-nobody-yet = Ancora nessuno.
dash-errors-below = Corregga i campi indicati qui sotto.
# Dopo il nome o lo stato di una persona iscritta: aggiunta dal team all'ingresso.
dash-walk-in = (iscrizione sul posto)

## Counts in table headings (each column holds numbers of people)

dash-count-registered = Iscritti
dash-count-waitlisted = In lista d'attesa
dash-count-attended = Presenti
dash-count-no-shows = Assenti

## Registration statuses, as the dashboard shows them (lower case, inside
## sentences and tables)

dash-status-pending = in attesa di conferma
dash-status-confirmed = confermata
dash-status-waitlisted = in lista d'attesa
dash-status-cancelled = annullata
dash-status-awaiting_approval = in attesa di approvazione
dash-status-declined = rifiutata

## Conference formats (the choices of the conference form)

dash-format-online = Online
dash-format-in_person = In presenza
# Sia in sala sia online.
dash-format-hybrid = Ibrido

## Team roles

dash-role-owner = proprietario
# Può fare tutto tranne annullare la conferenza e gestire il team.
dash-role-manager = gestore
# Un membro del team all'ingresso: vede i conteggi ed effettua il check-in.
dash-role-checkin = addetto al check-in

## Message statuses

# In attesa dell'ora di invio prevista.
dash-message-status-scheduled = programmato
# Le sue email sono in corso di invio.
dash-message-status-sending = in invio
dash-message-status-sent = inviato
dash-message-status-cancelled = annullato

## Question kinds, as a question's description shows them

dash-question-kind-short_text = testo breve
dash-question-kind-long_text = testo lungo
# Una sola opzione tra diverse.
dash-question-kind-single_choice = scelta singola
# Un numero qualsiasi di opzioni.
dash-question-kind-multiple_choice = scelta multipla
dash-question-kind-checkbox = casella di spunta
# La persona iscritta sceglie un paese da un elenco.
dash-question-kind-country = paese

## Question kinds, as the choices of a new question

dash-question-new-kind-short_text = Testo breve
dash-question-new-kind-long_text = Testo lungo
dash-question-new-kind-single_choice = Una sola opzione
dash-question-new-kind-multiple_choice = Più opzioni
dash-question-new-kind-checkbox = Casella di spunta
dash-question-new-kind-country = Paese

## Navigation

# Il nome del menu della dashboard per gli screen reader.
dash-nav-label = Dashboard
dash-your-conferences = Le sue conferenze
dash-new-conference = Nuova conferenza
dash-your-account = Il suo account
dash-sign-out = Esci

## Signing in, creating an account, a forgotten password

dash-login-title = Accesso
dash-login-heading = Accesso organizzatori
dash-login-password = Password
dash-login-submit = Accedi
dash-login-wrong = L'indirizzo email o la password non sono corretti.
dash-signup-title = Crei un account organizzatore
dash-signup-errors = Corregga quanto indicato qui sotto.
dash-signup-name = Nome e cognome
dash-signup-password = Password (almeno 10 caratteri)
dash-signup-submit = Crea l'account
# Seguito da un link, «Accedi».
dash-signup-have-one = Ha già un account?
dash-signup-sign-in = Accedi
# Un errore sotto il campo dell'indirizzo email.
dash-signup-email-taken = esiste già un account con questo indirizzo: acceda oppure reimposti la password
dash-reset-title = Ha dimenticato la password?
dash-reset-intro = Indichi l'indirizzo del suo account organizzatore: le invieremo un link per impostare una nuova password.
dash-reset-submit = Invia il link
dash-reset-sent = Se esiste un account con l'indirizzo { $email }, riceverà a breve a quell'indirizzo un link per impostare una nuova password. Il link è valido per un'ora e può essere usato una sola volta.
dash-reset-back = Torna all'accesso
dash-new-password-title = Imposti una nuova password
dash-new-password = Nuova password (almeno 10 caratteri)
dash-new-password-submit = Imposta la password
# Seguito da un link, «Ne richieda uno nuovo».
dash-new-password-expired = Questo link è scaduto o è già stato usato.
dash-new-password-ask-again = Ne richieda uno nuovo
dash-new-password-set = La nuova password è stata impostata: ora può usarla per accedere.

## Your account

dash-account-signed-in-as = Accesso effettuato come { $email }.
dash-account-new-password = Nuova password (lasci vuoto per mantenere quella attuale)
dash-account-current-password = Password attuale

## Your conferences

dash-home-conference = Conferenza
dash-home-when = Quando
dash-home-none = Ancora nessuna conferenza.

## A conference's page

# Seguito dal link alla pagina pubblica della conferenza.
dash-conference-public-page = pagina pubblica:
dash-registrations = Iscrizioni
# Un pulsante; $count: le candidature in attesa di decisione.
dash-conference-applications-link = Candidature ({ $count })
dash-messages = Messaggi
dash-team = Team
dash-checkin = Check-in
dash-conference-report-link = Report dell'evento (da stampare per l'ente finanziatore)
dash-conference-signups-caption = Iscrizioni per giorno, valori cumulativi.
# Apre una tabella con i dati del grafico soprastante.
dash-conference-as-table = Gli stessi dati in tabella
dash-conference-signups-table = Iscrizioni per giorno
dash-conference-day = Giorno
dash-conference-sessions-caption = Iscritti e presenti per sessione (i dati sono riportati nella tabella qui sotto).
dash-conference-categories-caption = Il pubblico per profilo.
# I conteggi della conferenza. $breakdown: dash-conference-counts-places o
# dash-conference-counts-decided; $no_shows: dash-conference-no-shows o
# dash-conference-no-shows-not-yet.
dash-conference-counts = Iscritti: { $registered } ({ $breakdown }); annullamenti: { $cancelled }; presenti: { $attended }; { $no_shows }.
dash-conference-counts-places = confermati: { $confirmed }, in lista d'attesa: { $waitlisted }
# Quando la conferenza approva le candidature.
dash-conference-counts-decided = confermati: { $confirmed }, in lista d'attesa: { $waitlisted }, in attesa di approvazione: { $awaiting }, rifiutati: { $declined }
# Persone con un posto confermato che non sono venute.
dash-conference-no-shows =
    { $count ->
        [one] assenti: 1
       *[other] assenti: { $count }
    }
dash-conference-no-shows-not-yet = assenti: dato non ancora disponibile (l'evento non è iniziato)
dash-conference-chart-label = Iscritti e presenti per sessione
dash-conference-chart-figures = Iscritti / presenti
dash-conference-chart-registered = Iscritti: { $count }
dash-conference-chart-attended = Presenti: { $count }
dash-conference-chart-both = Iscritti: { $registered } · presenti: { $attended }
dash-conference-save = Salva le modifiche
dash-duplicate = Duplica
dash-duplicate-intro = Per il prossimo evento di una serie: crea una nuova bozza con le stesse impostazioni, domande, sessioni e relatori, con tutti gli orari spostati in base alla nuova data di inizio; le iscrizioni non vengono copiate.
dash-duplicate-starts = Inizio della copia (ora locale)
dash-duplicate-title = Titolo della copia (se vuoto, resta lo stesso)
dash-delete = Elimina
dash-delete-draft = Elimina questa bozza

## Pictures of the figures (their names for screen readers)

dash-chart-signups = Iscrizioni per giorno, valori cumulativi, suddivise per stato attuale
# Due barre per sessione: scura per gli iscritti, chiara per i presenti.
dash-chart-sessions = Iscritti (barra scura) e presenti (barra chiara) per sessione
dash-chart-categories = Il pubblico per profilo
dash-chart-countries = Il pubblico per paese

## Sessions

dash-sessions-none = Ancora nessuna sessione.
dash-sessions-add = Aggiungi una sessione
dash-sessions-add-submit = Aggiungi la sessione
# «nome | affiliazione | ruolo» descrive come scrivere una riga; $roles sono
# le parole da scrivere come ruolo, che restano invariate in ogni lingua.
dash-sessions-speakers-roles = Relatori, uno per riga: nome | affiliazione | ruolo ({ $roles })
dash-sessions-speakers = Relatori, uno per riga: nome | affiliazione | ruolo
dash-session-heading = Sessione: { $title }
dash-session-save = Salva la sessione
dash-session-delete = Elimina questa sessione
dash-session-delete-note = Gli iscritti che l'avevano scelta ne saranno informati.

## The registration form's own questions

dash-questions = Domande del modulo
dash-questions-none = Il modulo chiede solo nome, email, organizzazione e «Profilo».
# La descrizione di una domanda; $kind: uno dei tipi di domanda qui sopra.
dash-questions-kind = ({ $kind })
dash-questions-kind-required = ({ $kind }, obbligatoria)
# Pulsanti che spostano una domanda nel modulo; le etichette indicano la domanda.
dash-questions-up = Su
dash-questions-down = Giù
dash-questions-up-label = Sposta in su la domanda { $label }
dash-questions-down-label = Sposta in giù la domanda { $label }
dash-questions-add = Aggiungi una domanda
dash-question = Domanda
dash-questions-kind-label = Tipo
dash-questions-choices = Opzioni, una per riga (per le domande a scelta singola o multipla)
dash-questions-add-submit = Aggiungi la domanda
dash-question-heading = Domanda del modulo
# $kind: uno dei tipi di domanda qui sopra.
dash-question-fixed-kind = Tipo: { $kind } (non è più modificabile dopo le prime risposte).
dash-question-choices = Opzioni, una per riga (un'opzione eliminata viene ritirata: non è più proposta, ma resta nelle risposte già date)
# Le opzioni non più proposte.
dash-question-retired = Opzioni ritirate: { $choices }

## The conference form

dash-new-conference-submit = Crea la conferenza
# La parte dell'indirizzo dopo /c/.
dash-field-slug = Indirizzo della pagina dell'evento (/c/…)
dash-field-slug-hint = Lettere, cifre e trattini; se vuoto, viene ricavato dal titolo
dash-field-description = Descrizione
dash-field-timezone = Fuso orario
dash-field-timezone-hint = Nome IANA, ad es. Europe/Brussels
# In presenza, online o entrambi.
dash-field-format = Formato
dash-field-venue = Sede
dash-field-online-url = Link di partecipazione online (visibile solo agli iscritti confermati)
dash-field-unlimited-hint = Se vuoto, nessun limite
dash-field-in-person-capacity = Posti in sala (evento ibrido)
dash-field-online-capacity = Posti online (evento ibrido)
dash-field-recording-url = Link alla registrazione
dash-field-opens = Apertura delle iscrizioni (ora locale)
dash-field-opens-hint = Se vuoto, alla pubblicazione
dash-field-closes = Chiusura delle iscrizioni (ora locale)
dash-field-closes-hint = Se vuoto, al termine dell'evento
dash-field-categories = «Profilo»: le opzioni, una per riga
dash-field-language = Lingua delle pagine e delle email
dash-field-reminders = Promemoria, in minuti prima dell'inizio
dash-field-reminders-hint = Fino a 5, ad es. 1440, 60 (un giorno e un'ora prima); se vuoto, nessun promemoria
dash-field-require-email-confirmation = Chiedere agli iscritti di confermare il proprio indirizzo email (il posto resta riservato fino alla conferma)
dash-field-require-approval = Approvare ogni candidatura (le iscrizioni restano in attesa della sua decisione e fino ad allora non occupano alcun posto)
# Un posto in attesa che la persona iscritta confermi il suo indirizzo email.
dash-field-hold = Tempo di riserva di un posto non confermato (minuti)
dash-field-hold-hint = Valore predefinito: { $minutes }

## Registrations

dash-registrations-heading = Iscrizioni: { $title }
dash-registrations-filter = Filtra
dash-registrations-add = Aggiungi una persona (iscrizione sul posto, relatore, ospite)
# In sala oppure online (conferenza ibrida).
dash-registrations-takes-part = Modalità di partecipazione
dash-registrations-walk-in = Confermare anche se l'evento è al completo (iscrizione sul posto)
dash-registrations-checked-in = Effettuare subito il check-in
dash-registrations-notify = Inviare l'email di conferma
dash-registrations-add-submit = Aggiungi
# Seguito dai link ai file: CSV, XLSX, JSON.
dash-registrations-export = Esporta:

## One registration

dash-registration-back = Iscrizioni a { $title }
# $at: la data e l'ora del check-in.
dash-registration-checked-in-at = sì, check-in effettuato il { $at }
dash-registration-cancel-reason = Motivo dell'annullamento
dash-registration-decline-reason = Motivo del rifiuto
dash-registration-change = Modifica
# «Aggiornamento» è il nome dell'email che la persona riceve.
dash-registration-notify = Informare la persona iscritta (email «Aggiornamento»)
# Assegna un posto dalla lista d'attesa anche se la conferenza è al completo.
dash-registration-force = Anche oltre la capienza
dash-registration-promote = Assegna subito un posto
dash-registration-resend = Invia di nuovo l'email
dash-registration-undo-check-in = Annulla il check-in
dash-registration-reason = Motivo (facoltativo, sarà riportato nell'email)
dash-registration-cancel = Annulla questa iscrizione
dash-registration-cancelled = L'iscrizione è stata annullata e la persona iscritta ne è stata informata.
dash-registration-promoted = Iscrizione confermata: la persona iscritta è stata informata del posto assegnato.
dash-registration-resent = L'email è stata inviata di nuovo.
dash-registration-check-in-undone = Il check-in è stato annullato.

## Applications (conferences that approve each sign-up)

dash-applications = Candidature
dash-applications-heading = Candidature: { $title }
# $waiting: candidature in attesa; gli altri numeri contano le iscrizioni.
dash-applications-counts = In attesa di decisione: { $waiting } · confermate: { $confirmed } · in lista d'attesa: { $waitlisted } · rifiutate: { $declined }.
# Come dash-applications-counts, con la capienza della conferenza.
dash-applications-counts-capacity =
    In attesa di decisione: { $waiting } · confermate: { $confirmed } su { $capacity ->
        [one] 1 posto
       *[other] { $capacity } posti
    } · in lista d'attesa: { $waitlisted } · rifiutate: { $declined }.
dash-applications-order = I candidati approvati occupano i posti liberi nell'ordine in cui vengono approvati; quando i posti sono esauriti, entrano in lista d'attesa.
dash-applications-select = Seleziona
dash-applications-select-name = Seleziona { $name }
# Quando è stata presentata la candidatura: data e ora.
dash-applications-applied = Data della candidatura
dash-applications-decide = Decisione
dash-applications-approve = Approva
dash-applications-decline = Rifiuta
dash-applications-approve-name = Approva { $name }
dash-applications-decline-name = Rifiuta { $name }
dash-applications-reason = Motivo per le candidature rifiutate (facoltativo, sarà riportato nell'email)
dash-applications-approve-selected = Approva le selezionate
dash-applications-decline-selected = Rifiuta le selezionate
dash-applications-none = Nessuna candidatura in attesa.
dash-applications-none-no-approval = Nessuna candidatura in attesa: questa conferenza accetta le iscrizioni senza approvazione (può cambiare questa impostazione nella sezione «Modifica» della conferenza).
dash-applications-none-ticked = Selezioni prima almeno una candidatura.
# Dopo l'approvazione o il rifiuto; ogni numero conta candidature.
dash-applications-done = Fatto. Approvate con posto assegnato: { $confirmed }; approvate in lista d'attesa: { $waitlisted }; rifiutate: { $declined }.

## Messages to registrants

dash-messages-heading = Messaggi: { $title }
dash-messages-subject = Oggetto
# Quando viene inviato (data e ora).
dash-messages-sends = Invio
dash-messages-recipients = Destinatari
# Quante email sono partite e quante non è stato possibile recapitare.
dash-messages-sent = Inviate
dash-messages-failed = Non recapitate
dash-messages-cancel = Annulla
dash-messages-cancel-subject = Annulla il messaggio { $subject }
dash-messages-none = Ancora nessun messaggio.
dash-message-cancelled = Il messaggio è stato annullato.
dash-compose = Scrivi un messaggio
dash-compose-heading = Messaggio agli iscritti: { $title }
dash-compose-preview = Anteprima
dash-compose-recipients =
    { $count ->
        [one] Il messaggio sarà inviato a 1 persona. Ecco come lo riceverà:
       *[other] Il messaggio sarà inviato a { $count } persone. Ecco come lo riceverà la prima di esse:
    }
dash-compose-preview-subject = Oggetto:
dash-compose-subject = Oggetto
# *enfasi* e [link](https://…) mostrano come scriverli: mantenere i simboli.
dash-compose-body = Messaggio (Markdown: *enfasi*, [link](https://…), elenchi)
# $placeholders: i segnaposto, che restano invariati in ogni lingua;
# $brace: che cosa scrivere per ottenere una parentesi graffa.
dash-compose-body-help = Segnaposto: { $placeholders }. Per inserire una parentesi graffa scriva { $brace }. Ogni email termina con il link personale del destinatario alla sua iscrizione.
dash-compose-audience = Destinatari
dash-compose-status = Stato:
# Se sono venuti: tutti, presenti, assenti.
dash-compose-attended-either = tutti
dash-compose-attended-yes = solo i presenti
dash-compose-attended-no = solo gli assenti
# In sala oppure online (conferenza ibrida).
dash-compose-mode = Modalità di partecipazione
dash-compose-mode-either = entrambe
dash-compose-mode-in-person = in presenza
dash-compose-mode-online = online
# Solo chi ha risposto a una domanda (scelta qui) con una data risposta (campo successivo).
dash-compose-question = Chi ha risposto alla domanda
dash-compose-question-any = (nessun filtro)
dash-compose-answer = con la risposta
dash-compose-reply-to = Indirizzo per le risposte (se vuoto, quello del proprietario della conferenza)
# $timezone: il fuso orario della conferenza, ad es. Europe/Brussels.
dash-compose-send-at = Invio programmato ({ $timezone }; se vuoto, subito)
dash-compose-preview-button = Mostra anteprima e destinatari
dash-compose-send = Invia
dash-compose-back = Torna ai messaggi

## Team

dash-team-heading = Team: { $title }
# $manager e $checkin sono i nomi dei ruoli (dash-role-manager,
# dash-role-checkin), mostrati in grassetto.
dash-team-roles = Un { $manager } può fare tutto tranne annullare la conferenza e gestire il team; un { $checkin } vede i conteggi ed effettua il check-in dei partecipanti.
dash-team-role = Ruolo
dash-team-role-of = Ruolo di { $email }
dash-team-change = Modifica
dash-team-change-label = Modifica il ruolo di { $email }
dash-team-add = Aggiungi una persona
dash-team-add-submit = Aggiungi e invita
dash-team-added = La persona è stata aggiunta al team e riceverà a breve un invito.
dash-team-removed = La persona è stata rimossa dal team.
dash-team-role-changed = Il ruolo è stato modificato.

## Check-in

dash-checkin-counts = Check-in: { $checked } su { $confirmed }
dash-checkin-search-label = Nome o email
dash-checkin-done = check-in effettuato
dash-checkin-button = Check-in
dash-checkin-button-name = Check-in di { $name }
dash-checkin-checked-in = Check-in di { $name } effettuato.
dash-checkin-already = Check-in già effettuato.
# $status: uno stato dell'iscrizione (dash-status-…).
dash-checkin-not-confirmed = Questa iscrizione risulta { $status }: il check-in è possibile solo per i posti confermati.
dash-checkin-list = Elenco per il check-in

## The event report

dash-report = Report
dash-report-heading = { $title }: report dell'evento
dash-report-csv = I dati in formato CSV
dash-report-print = Per consegnare il report, stampi questa pagina (A4).
dash-report-rate = Tasso di partecipazione
# $percent: un numero intero.
dash-report-percent = { $percent }%
# Prima dell'inizio della conferenza nessuno può risultare assente.
dash-report-not-yet = non ancora
dash-report-sessions-caption = Iscritti e presenti per sessione; la tabella qui sotto riporta gli stessi dati.
# Relatori, moderatori e panelist di una sessione.
dash-report-speakers = Relatori
dash-report-audience = Il pubblico
dash-report-categories-caption = Per profilo; la tabella riporta gli stessi dati.
dash-report-countries-caption = Per paese; la tabella riporta gli stessi dati.
dash-report-by-category = Per profilo
dash-report-by-organisation = Per organizzazione
dash-report-by-country = Per paese
dash-report-country = Paese
# Persone iscritte che non hanno indicato l'organizzazione (o il profilo, o il paese).
dash-report-not-given = (nessuna indicazione)

## Incorporare il modulo nel sito del progetto

dash-field-embed-origins = Siti che possono incorporare il modulo
dash-field-embed-origins-hint = Un'origine per riga, per esempio https://spring-project.eu. Solo questi siti possono mostrare il modulo in un riquadro.
dash-embed-title = Incorporare il modulo di iscrizione nel suo sito
dash-embed-intro = Incolli questo codice in una pagina del suo sito: il modulo vi funziona senza script e mostra sul posto gli errori e la conferma.
dash-embed-snippet = Il codice da copiare
dash-embed-no-origins = Per ora nessun sito può incorporare il modulo: aggiunga l'origine del suo sito qui sotto, in «Siti che possono incorporare il modulo».
dash-embed-origins = Siti che possono incorporarlo: { $origins }
