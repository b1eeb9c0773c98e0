# Das Dashboard von Convene für das Organisationsteam: Anmelden, die
# Veranstaltungen mit ihren Sessions, Fragen, Anmeldungen, Bewerbungen,
# Nachrichten, Team, Check-in und Veranstaltungsbericht. Die eigenen Texte des
# Organisationsteams (Titel, Fragen, Antworten) stehen nicht hier, ebenso wenig
# die Fehlermeldungen der Formulare (forms.ftl).
#
# Seitentitel enden auf „· Convene“ oder „· <Titel der Veranstaltung>“; das
# fügt die Seite hinzu.

## Words many pages share

dash-name = Name
dash-email = E-Mail
dash-organisation = Organisation
# Die Kategorie der angemeldeten Person, wie das Anmeldeformular danach fragt
# („Sie sind: Forscher/in, Journalist/in …“); dieselben Wörter wie im
# öffentlichen Formular.
dash-category = Sie sind
dash-status = Status
# Ob jemand gekommen ist (ja oder nein): Spalte, Filter, Detailangabe.
dash-attended = Erschienen
# Wann die Anmeldung erfolgte: eine Spalte mit Datum und Uhrzeit.
dash-registered-at = Angemeldet am
dash-session = Session
dash-sessions = Sessions
dash-title = Titel
dash-starts = Beginn (Ortszeit)
dash-ends = Ende (Ortszeit)
dash-capacity = Kapazität
# Der Raum einer Session.
dash-room = Raum
dash-help-text = Hilfetext
dash-required = Pflichtfeld
dash-save = Speichern
dash-saved = Gespeichert.
dash-edit = Bearbeiten
dash-remove = Entfernen
# Name einer Entfernen-Schaltfläche für Screenreader; $name: was entfernt wird
# (eine Frage, die E-Mail-Adresse eines Teammitglieds).
dash-remove-name = { $name } entfernen
dash-actions = Aktionen
dash-search = Suchen
# In einer Auswahlliste: kein Filter.
dash-any = Alle
dash-yes = Ja
dash-no = Nein
# Anzahl Personen: eine Spaltenüberschrift.
dash-people = Personen
dash-attendance = Anwesenheit
dash-back-to-conference = Zurück zur Veranstaltung
dash-nobody-matches = Keine Treffer.
dash-nobody-yet = Noch niemand.
dash-errors-below = Bitte korrigieren Sie die unten markierten Felder.
# Nach Name oder Status einer angemeldeten Person: vom Team am Eingang
# hinzugefügt.
dash-walk-in = (ohne Voranmeldung)

## Counts in table headings (each column holds numbers of people)

dash-count-registered = Angemeldet
dash-count-waitlisted = Warteliste
dash-count-attended = Erschienen
dash-count-no-shows = Nicht erschienen

## Registration statuses, as the dashboard shows them (lower case, inside
## sentences and tables)

dash-status-pending = E-Mail-Bestätigung ausstehend
dash-status-confirmed = Bestätigt
dash-status-waitlisted = Auf der Warteliste
dash-status-cancelled = Storniert
dash-status-awaiting_approval = Entscheidung ausstehend
dash-status-declined = Abgelehnt

## Conference formats (the choices of the conference form)

dash-format-online = Online
dash-format-in_person = Vor Ort
# Sowohl vor Ort als auch online.
dash-format-hybrid = Hybrid

## Team roles

dash-role-owner = Inhaber
# Darf alles außer die Veranstaltung absagen und das Team verwalten.
dash-role-manager = Manager
# Ein Teammitglied am Eingang: sieht die Zahlen und checkt Personen ein.
dash-role-checkin = Check-in

## Message statuses

# Wartet auf den geplanten Versandzeitpunkt.
dash-message-status-scheduled = Geplant
# Die E-Mails werden gerade verschickt.
dash-message-status-sending = Wird versendet
dash-message-status-sent = Versendet
dash-message-status-cancelled = Abgebrochen

## Question kinds, as a question's description shows them

dash-question-kind-short_text = Kurztext
dash-question-kind-long_text = Langtext
# Eine Option unter mehreren.
dash-question-kind-single_choice = Einfachauswahl
# Beliebig viele der Optionen.
dash-question-kind-multiple_choice = Mehrfachauswahl
dash-question-kind-checkbox = Kontrollkästchen
# Die angemeldete Person wählt ein Land aus einer Liste.
dash-question-kind-country = Land

## Question kinds, as the choices of a new question

dash-question-new-kind-short_text = Kurzer Text
dash-question-new-kind-long_text = Langer Text
dash-question-new-kind-single_choice = Auswahl (eine Option)
dash-question-new-kind-multiple_choice = Auswahl (mehrere Optionen)
dash-question-new-kind-checkbox = Kontrollkästchen
dash-question-new-kind-country = Land

## Navigation

# Name des Dashboard-Menüs für Screenreader.
dash-nav-label = Dashboard
dash-your-conferences = Ihre Veranstaltungen
dash-new-conference = Neue Veranstaltung
dash-your-account = Ihr Konto
dash-sign-out = Abmelden

## Signing in, creating an account, a forgotten password

dash-login-title = Login
dash-login-heading = Login für Organisatoren
dash-login-password = Passwort
dash-login-submit = Anmelden
dash-login-wrong = E-Mail-Adresse oder Passwort ist falsch.
dash-signup-title = Organisatorenkonto erstellen
dash-signup-errors = Bitte korrigieren Sie die unten markierten Angaben.
dash-signup-name = Ihr Name
dash-signup-password = Passwort (mindestens 10 Zeichen)
dash-signup-submit = Konto erstellen
# Gefolgt von einem Link „Anmelden“.
dash-signup-have-one = Sie haben bereits ein Konto?
dash-signup-sign-in = Anmelden
# Eine Fehlermeldung unter dem E-Mail-Feld.
dash-signup-email-taken = für diese Adresse besteht bereits ein Konto: Melden Sie sich an oder setzen Sie das Passwort zurück
dash-reset-title = Passwort vergessen?
dash-reset-intro = Geben Sie die Adresse Ihres Organisatorenkontos an: Wir senden Ihnen einen Link, über den Sie ein neues Passwort festlegen können.
dash-reset-submit = Link senden
dash-reset-sent = Falls ein Konto mit der Adresse { $email } besteht, ist ein Link zum Festlegen eines neuen Passworts dorthin unterwegs. Er ist eine Stunde lang gültig und kann nur einmal verwendet werden.
dash-reset-back = Zurück zum Login
dash-new-password-title = Neues Passwort festlegen
dash-new-password = Neues Passwort (mindestens 10 Zeichen)
dash-new-password-submit = Passwort festlegen
# Gefolgt von einem Link „Neuen Link anfordern“.
dash-new-password-expired = Dieser Link ist abgelaufen oder wurde bereits verwendet.
dash-new-password-ask-again = Neuen Link anfordern
dash-new-password-set = Ihr neues Passwort ist festgelegt. Sie können sich jetzt damit anmelden.

## Your account

dash-account-signed-in-as = Angemeldet als { $email }.
dash-account-new-password = Neues Passwort (leer lassen, um das bisherige zu behalten)
dash-account-current-password = Aktuelles Passwort

## Your conferences

dash-home-conference = Veranstaltung
dash-home-when = Termin
dash-home-none = Noch keine Veranstaltungen.

## A conference's page

# Gefolgt vom Link zur öffentlichen Seite der Veranstaltung.
dash-conference-public-page = Öffentliche Seite:
dash-registrations = Anmeldungen
# Eine Schaltfläche; $count: die Bewerbungen, die auf eine Entscheidung warten.
dash-conference-applications-link = Bewerbungen ({ $count })
dash-messages = Nachrichten
dash-team = Team
dash-checkin = Check-in
dash-conference-report-link = Veranstaltungsbericht (zum Ausdrucken für den Fördermittelgeber)
dash-conference-signups-caption = Anmeldungen pro Tag, kumuliert.
# Öffnet eine Tabelle mit den Zahlen der Grafik darüber.
dash-conference-as-table = Als Tabelle anzeigen
dash-conference-signups-table = Anmeldungen pro Tag
dash-conference-day = Tag
dash-conference-sessions-caption = Angemeldete und Erschienene je Session (die Zahlen stehen in der Tabelle unten).
dash-conference-categories-caption = Das Publikum nach Kategorie.
# Die Zahlen der Veranstaltung. $breakdown: dash-conference-counts-places oder
# dash-conference-counts-decided; $no_shows: dash-conference-no-shows oder
# dash-conference-no-shows-not-yet.
dash-conference-counts = { $registered } angemeldet ({ $breakdown }), { $cancelled } storniert, { $attended } erschienen, { $no_shows }.
dash-conference-counts-places = { $confirmed } bestätigt, { $waitlisted } auf der Warteliste
# Wenn das Organisationsteam über die Bewerbungen entscheidet.
dash-conference-counts-decided = { $confirmed } bestätigt, { $waitlisted } auf der Warteliste, { $awaiting } noch ohne Entscheidung, { $declined } abgelehnt
# Personen mit bestätigtem Platz, die nicht gekommen sind.
dash-conference-no-shows =
    { $count ->
        [one] 1 nicht erschienen
       *[other] { $count } nicht erschienen
    }
dash-conference-no-shows-not-yet = nicht erschienen: noch offen (die Veranstaltung hat noch nicht begonnen)
dash-conference-chart-label = Anmeldungen und Anwesenheit je Session
dash-conference-chart-figures = Angemeldet / erschienen
dash-conference-chart-registered = { $count } angemeldet
dash-conference-chart-attended = { $count } erschienen
dash-conference-chart-both = { $registered } angemeldet · { $attended } erschienen
dash-conference-save = Änderungen speichern
dash-duplicate = Duplizieren
dash-duplicate-intro = Für die nächste Veranstaltung einer Reihe: ein neuer Entwurf mit diesen Einstellungen, Fragen, Sessions und Mitwirkenden, wobei alle Zeiten zusammen mit dem Beginn verschoben werden; Anmeldungen werden nicht übernommen.
dash-duplicate-starts = Beginn der Kopie (Ortszeit)
dash-duplicate-title = Titel der Kopie (leer: derselbe Titel)
dash-delete = Löschen
dash-delete-draft = Diesen Entwurf löschen

## Pictures of the figures (their names for screen readers)

dash-chart-signups = Anmeldungen pro Tag, kumuliert, nach aktuellem Status
# Zwei Balken je Session: dunkel für angemeldet, hell für erschienen.
dash-chart-sessions = Angemeldete (dunkel) und Erschienene (hell) je Session
dash-chart-categories = Das Publikum nach Kategorie
dash-chart-countries = Das Publikum nach Land

## Sessions

dash-sessions-none = Noch keine Sessions.
dash-sessions-add = Session hinzufügen
dash-sessions-add-submit = Session hinzufügen
# „Name | Organisation | Rolle“ beschreibt, wie eine Zeile aussieht; $roles sind
# die Wörter, die als Rolle einzugeben sind; sie bleiben in jeder Sprache gleich.
dash-sessions-speakers-roles = Mitwirkende, eine Person pro Zeile: Name | Organisation | Rolle ({ $roles })
dash-sessions-speakers = Mitwirkende, eine Person pro Zeile: Name | Organisation | Rolle
dash-session-heading = Session: { $title }
dash-session-save = Session speichern
dash-session-delete = Diese Session löschen
dash-session-delete-note = Angemeldete, die diese Session gewählt haben, werden benachrichtigt.

## The registration form's own questions

dash-questions = Fragen des Anmeldeformulars
dash-questions-none = Das Formular fragt nur nach Name, E-Mail-Adresse, Organisation und „Sie sind“.
# Die Beschreibung einer Frage; $kind: einer der Fragetypen oben.
dash-questions-kind = ({ $kind })
dash-questions-kind-required = ({ $kind }, Pflichtfeld)
# Schaltflächen, die eine Frage im Formular verschieben; die Bezeichnungen
# nennen die Frage.
dash-questions-up = Nach oben
dash-questions-down = Nach unten
dash-questions-up-label = { $label } nach oben verschieben
dash-questions-down-label = { $label } nach unten verschieben
dash-questions-add = Frage hinzufügen
dash-question = Frage
dash-questions-kind-label = Fragetyp
dash-questions-choices = Optionen, eine pro Zeile (bei Einfach- und Mehrfachauswahl)
dash-questions-add-submit = Frage hinzufügen
dash-question-heading = Frage des Anmeldeformulars
# $kind: einer der Fragetypen oben.
dash-question-fixed-kind = Fragetyp: { $kind } (kann nicht mehr geändert werden, sobald Antworten vorliegen).
dash-question-choices = Optionen, eine pro Zeile (eine gestrichene Option wird nicht mehr angeboten, bleibt in bisherigen Antworten aber erhalten)
# Die Optionen, die nicht mehr angeboten werden.
dash-question-retired = Nicht mehr angeboten: { $choices }

## The conference form

dash-new-conference-submit = Veranstaltung erstellen
# Der Teil der Adresse nach /c/.
dash-field-slug = Adresse der Veranstaltungsseite (/c/…)
dash-field-slug-hint = Buchstaben, Ziffern und Bindestriche; leer: wird aus dem Titel gebildet
dash-field-description = Beschreibung
dash-field-timezone = Zeitzone
dash-field-timezone-hint = IANA-Name, z. B. Europe/Brussels
# Vor Ort, online oder beides.
dash-field-format = Format
dash-field-venue = Veranstaltungsort
dash-field-online-url = Online-Link (nur für Personen mit bestätigtem Platz sichtbar)
dash-field-unlimited-hint = Leer: unbegrenzt
dash-field-in-person-capacity = Plätze vor Ort (hybrid)
dash-field-online-capacity = Online-Plätze (hybrid)
dash-field-recording-url = Link zur Aufzeichnung
dash-field-opens = Anmeldebeginn (Ortszeit)
dash-field-opens-hint = Leer: sobald die Veranstaltung veröffentlicht ist
dash-field-closes = Anmeldeschluss (Ortszeit)
dash-field-closes-hint = Leer: bei Veranstaltungsende
dash-field-categories = „Sie sind“: die Optionen, eine pro Zeile
dash-field-language = Sprache der Veranstaltungsseiten und E-Mails
dash-field-reminders = Erinnerungen, in Minuten vor Beginn
dash-field-reminders-hint = Bis zu 5, z. B. 1440, 60 (ein Tag und eine Stunde); leer: keine
dash-field-require-email-confirmation = Bestätigung der E-Mail-Adresse verlangen (der Platz wird bis zur Bestätigung freigehalten)
dash-field-require-approval = Über jede Bewerbung selbst entscheiden (Anmeldungen warten auf Ihre Entscheidung und erhalten bis dahin keinen Platz)
# Ein Platz, der auf die E-Mail-Bestätigung der angemeldeten Person wartet.
dash-field-hold = Unbestätigten Platz freihalten für (Minuten)
dash-field-hold-hint = Standard: { $minutes }

## Registrations

dash-registrations-heading = Anmeldungen: { $title }
dash-registrations-filter = Filtern
dash-registrations-add = Person hinzufügen (ohne Voranmeldung, Mitwirkende, Gäste)
# Vor Ort oder online (bei einer hybriden Veranstaltung).
dash-registrations-takes-part = Art der Teilnahme
dash-registrations-walk-in = Auch bei ausgebuchter Veranstaltung bestätigen (ohne Voranmeldung)
dash-registrations-checked-in = Direkt einchecken
dash-registrations-notify = Bestätigungs-E-Mail senden
dash-registrations-add-submit = Hinzufügen
# Gefolgt von den Links zu den Dateien: CSV, XLSX, JSON.
dash-registrations-export = Exportieren:

## One registration

dash-registration-back = Anmeldungen für { $title }
# $at: Datum und Uhrzeit des Check-ins.
dash-registration-checked-in-at = Ja, eingecheckt: { $at }
dash-registration-cancel-reason = Grund der Stornierung
dash-registration-decline-reason = Grund der Ablehnung
dash-registration-change = Angaben ändern
# „Aktualisiert“ ist der Betreff der E-Mail, die die Person erhält.
dash-registration-notify = Person benachrichtigen (E-Mail „Aktualisiert“)
# Vergibt einen Platz von der Warteliste, auch wenn die Veranstaltung ausgebucht ist.
dash-registration-force = Auch über die Kapazität hinaus
dash-registration-promote = Jetzt einen Platz zuteilen
dash-registration-resend = E-Mail erneut senden
dash-registration-undo-check-in = Check-in zurücknehmen
dash-registration-reason = Begründung (optional, wird in die E-Mail übernommen)
dash-registration-cancel = Diese Anmeldung stornieren
dash-registration-cancelled = Die Anmeldung ist storniert; die angemeldete Person wurde benachrichtigt.
dash-registration-promoted = Bestätigt: Die angemeldete Person wurde über ihren Platz informiert.
dash-registration-resent = Die E-Mail wurde erneut versendet.
dash-registration-check-in-undone = Der Check-in wurde zurückgenommen.

## Applications (conferences that approve each sign-up)

dash-applications = Bewerbungen
dash-applications-heading = Bewerbungen: { $title }
# $waiting: wartende Bewerbungen; die übrigen Zahlen zählen Anmeldungen.
dash-applications-counts = Entscheidung ausstehend: { $waiting } · Bestätigt: { $confirmed } · Auf der Warteliste: { $waitlisted } · Abgelehnt: { $declined }.
# Wie dash-applications-counts, mit der Kapazität der Veranstaltung.
dash-applications-counts-capacity =
    Entscheidung ausstehend: { $waiting } · Bestätigt: { $confirmed } von { $capacity ->
        [one] 1 Platz
       *[other] { $capacity } Plätzen
    } · Auf der Warteliste: { $waitlisted } · Abgelehnt: { $declined }.
dash-applications-order = Angenommene Bewerbungen erhalten die freien Plätze in der Reihenfolge, in der Sie sie annehmen; sind alle Plätze vergeben, kommen sie auf die Warteliste.
dash-applications-select = Auswählen
dash-applications-select-name = { $name } auswählen
# Wann die Bewerbung einging: Datum und Uhrzeit.
dash-applications-applied = Beworben am
dash-applications-decide = Entscheidung
dash-applications-approve = Annehmen
dash-applications-decline = Ablehnen
dash-applications-approve-name = { $name } annehmen
dash-applications-decline-name = { $name } ablehnen
dash-applications-reason = Begründung für abgelehnte Bewerbungen (optional, wird in die E-Mail übernommen)
dash-applications-approve-selected = Ausgewählte annehmen
dash-applications-decline-selected = Ausgewählte ablehnen
dash-applications-none = Keine Bewerbung wartet auf eine Entscheidung.
dash-applications-none-no-approval = Keine Bewerbung wartet auf eine Entscheidung: Bei dieser Veranstaltung werden Anmeldungen ohne Prüfung angenommen (das lässt sich in den Einstellungen der Veranstaltung ändern).
dash-applications-none-ticked = Bitte wählen Sie zuerst mindestens eine Bewerbung aus.
# Nach dem Annehmen oder Ablehnen; jede Zahl zählt Bewerbungen.
dash-applications-done = Erledigt: { $confirmed } angenommen (mit Platz), { $waitlisted } angenommen (Warteliste), { $declined } abgelehnt.

## Messages to registrants

dash-messages-heading = Nachrichten: { $title }
dash-messages-subject = Betreff
# Wann sie versendet wird (Datum und Uhrzeit).
dash-messages-sends = Versand
dash-messages-recipients = Empfänger
# Wie viele E-Mails verschickt wurden und wie viele nicht zugestellt werden konnten.
dash-messages-sent = Versendet
dash-messages-failed = Fehlgeschlagen
dash-messages-cancel = Abbrechen
dash-messages-cancel-subject = { $subject } abbrechen
dash-messages-none = Noch keine Nachrichten.
dash-message-cancelled = Die Nachricht wurde abgebrochen.
dash-compose = Nachricht schreiben
dash-compose-heading = An Angemeldete schreiben: { $title }
dash-compose-preview = Vorschau
dash-compose-recipients =
    { $count ->
        [one] Die Nachricht geht an 1 Person und sieht bei ihr so aus:
       *[other] Die Nachricht geht an { $count } Personen und sieht bei der ersten von ihnen so aus:
    }
dash-compose-preview-subject = Betreff:
dash-compose-subject = Betreff
# *Hervorhebung* und [Links](https://…) zeigen, wie man sie schreibt: die Zeichen beibehalten.
dash-compose-body = Nachricht (Markdown: *Hervorhebung*, [Links](https://…), Listen)
# $placeholders: die Platzhalter, die in jeder Sprache gleich bleiben;
# $brace: was für eine geschweifte Klammer zu schreiben ist.
dash-compose-body-help = Platzhalter: { $placeholders }. Für eine geschweifte Klammer schreiben Sie { $brace }. Jede E-Mail endet mit dem persönlichen Link der Person zu ihrer Anmeldung.
dash-compose-audience = Empfängerkreis
dash-compose-status = Status:
# Ob sie gekommen sind: egal, erschienen, nicht erschienen.
dash-compose-attended-either = Alle
dash-compose-attended-yes = Erschienen
dash-compose-attended-no = Nicht erschienen
# Vor Ort oder online (bei einer hybriden Veranstaltung).
dash-compose-mode = Art der Teilnahme
dash-compose-mode-either = Alle
dash-compose-mode-in-person = Vor Ort
dash-compose-mode-online = Online
# Nur Personen, die eine Frage (hier gewählt) mit einer Antwort (nächstes Feld)
# beantwortet haben.
dash-compose-question = Nur Personen mit Antwort auf die Frage
dash-compose-question-any = (keine Einschränkung)
dash-compose-answer = Antwort
dash-compose-reply-to = Antworten gehen an (leer: Adresse des Inhabers der Veranstaltung)
# $timezone: die Zeitzone der Veranstaltung, z. B. Europe/Brussels.
dash-compose-send-at = Versandzeitpunkt ({ $timezone }; leer: sofort)
dash-compose-preview-button = Vorschau und Empfängerzahl
dash-compose-send = Senden
dash-compose-back = Zurück zu den Nachrichten

## Team

dash-team-heading = Team: { $title }
# $manager und $checkin sind die Rollennamen (dash-role-manager,
# dash-role-checkin), fett dargestellt.
dash-team-roles = Mitglieder mit der Rolle { $manager } können alles tun, außer die Veranstaltung abzusagen und das Team zu verwalten; Mitglieder mit der Rolle { $checkin } sehen die aktuellen Zahlen und checken Personen ein.
dash-team-role = Rolle
dash-team-role-of = Rolle von { $email }
dash-team-change = Ändern
dash-team-change-label = Rolle von { $email } ändern
dash-team-add = Person hinzufügen
dash-team-add-submit = Hinzufügen und einladen
dash-team-added = Hinzugefügt; eine Einladung ist unterwegs.
dash-team-removed = Aus dem Team entfernt.
dash-team-role-changed = Die Rolle wurde geändert.

## Check-in

dash-checkin-counts = { $checked } von { $confirmed } eingecheckt
dash-checkin-search-label = Name oder E-Mail
dash-checkin-done = eingecheckt
dash-checkin-button = Einchecken
dash-checkin-button-name = { $name } einchecken
dash-checkin-checked-in = { $name } ist eingecheckt.
dash-checkin-already = Bereits eingecheckt.
# $status: ein Anmeldestatus (dash-status-…).
dash-checkin-not-confirmed = Diese Anmeldung hat den Status „{ $status }“: Einchecken können nur Personen mit bestätigtem Platz.
dash-checkin-list = Check-in-Liste

## The event report

dash-report = Bericht
dash-report-heading = { $title }: Veranstaltungsbericht
dash-report-csv = Zahlen als CSV
dash-report-print = Drucken Sie diese Seite (A4) zur Weitergabe aus.
dash-report-rate = Anwesenheitsquote
# $percent: eine ganze Zahl.
dash-report-percent = { $percent } %
# Vor Beginn der Veranstaltung kann niemand „nicht erschienen“ sein.
dash-report-not-yet = noch offen
dash-report-sessions-caption = Angemeldete und Erschienene je Session; die Tabelle unten enthält dieselben Zahlen.
# Die Vortragenden, Moderierenden und Podiumsgäste einer Session.
dash-report-speakers = Mitwirkende
dash-report-audience = Das Publikum
dash-report-categories-caption = Nach Kategorie; die Tabelle enthält dieselben Zahlen.
dash-report-countries-caption = Nach Land; die Tabelle enthält dieselben Zahlen.
dash-report-by-category = Nach Kategorie
dash-report-by-organisation = Nach Organisation
dash-report-by-country = Nach Land
dash-report-country = Land
# Angemeldete ohne Angabe der Organisation (bzw. Kategorie oder Land).
dash-report-not-given = (keine Angabe)

## Das Anmeldeformular auf der eigenen Website einbetten

dash-field-embed-origins = Websites, die das Formular einbetten dürfen
dash-field-embed-origins-hint = Ein Origin pro Zeile, etwa https://spring-project.eu. Nur diese Websites können das Formular in einem Frame zeigen.
dash-embed-title = Das Anmeldeformular auf Ihrer Website einbetten
dash-embed-intro = Fügen Sie diesen Code in eine Seite Ihrer Website ein: Das Formular funktioniert dort ohne Skript und zeigt Fehler und Bestätigung an Ort und Stelle.
dash-embed-snippet = Der Code zum Kopieren
dash-embed-no-origins = Noch darf keine Website das Formular einbetten: Tragen Sie den Origin Ihrer Website unten unter „Websites, die das Formular einbetten dürfen“ ein.
dash-embed-origins = Websites, die es einbetten dürfen: { $origins }
