# Convene's public pages: the event page and its form, the registrant's own
# pages, error pages, and the words every page shares (layout, statuses).
# The organizer's own texts (titles, descriptions, questions) are not here.

## Layout

site-tagline = Convene — Anmeldung zu Veranstaltungen und Webinaren
languages-label = Diese Seite in anderen Sprachen

back-to-events = Zurück zu den Veranstaltungen
back-to-event = Zurück zur Veranstaltung
required = (Pflichtfeld)

## Error pages

error-not-found = Nicht gefunden
error-not-found-detail = Diese Seite gibt es nicht. Möglicherweise ist der Link fehlerhaft oder nicht mehr gültig.
error-internal = Ein Fehler ist aufgetreten
error-internal-detail = Der Fehler wurde protokolliert. Bitte versuchen Sie es erneut.
error-forbidden = Nicht erlaubt
error-conflict = Derzeit nicht möglich
error-gone = Nicht mehr verfügbar
error-too-many = Zu viele Anfragen
error-unavailable = Vorübergehend nicht verfügbar
error-unauthorized = Login erforderlich
error-bad-request = Die Anfrage konnte nicht verarbeitet werden

## Shared labels of Convene's own kinds (also on the dashboard)

format-online = Online
format-in_person = Vor Ort
format-hybrid = Hybrid (vor Ort und online)
status-pending = E-Mail-Bestätigung ausstehend
status-confirmed = Bestätigt
status-waitlisted = Auf der Warteliste
status-cancelled = Storniert
status-awaiting_approval = Entscheidung ausstehend
status-declined = Abgelehnt
conference-status-draft = Entwurf
conference-status-published = Veröffentlicht
conference-status-cancelled = Abgesagt
mode-in_person = Vor Ort
mode-online = Online
speaker-role-speaker = Vortrag
speaker-role-moderator = Moderation
speaker-role-panelist = Podium

## The list of events

index-title = Kommende Veranstaltungen
index-none = Derzeit sind keine Veranstaltungen angekündigt.

## The event page

event-cancelled = Diese Veranstaltung wurde abgesagt.
# $when: the date and time, written out.
event-took-place = Diese Veranstaltung hat bereits stattgefunden: { $when }.
watch-recording = Aufzeichnung ansehen
seats-left = { $count ->
    [one] Noch 1 Platz frei
   *[other] Noch { $count } Plätze frei
}
fully-booked = Ausgebucht: Neue Anmeldungen kommen auf die Warteliste
session-full = Ausgebucht: Warteliste
event-approval = Das Organisationsteam wählt die Teilnehmenden aus: Sie bewerben sich hier und werden benachrichtigt, sobald eine Entscheidung gefallen ist.
places-free = Plätze frei
places-left = { $count ->
    [one] noch 1 Platz frei
   *[other] noch { $count } Plätze frei
}
places-full = ausgebucht (Warteliste)
programme = Programm
programme-calendar = Programm in den Kalender übernehmen
registration-not-open = Die Anmeldung hat noch nicht begonnen.
registration-closed = Die Anmeldung ist geschlossen.

## The sign-up form

register = Anmelden
apply = Bewerben
registered-already = Bereits angemeldet?
get-link-again = Anmeldelink erneut anfordern
field-name = Name
field-email = E-Mail
field-organization = Organisation
field-mode = Art der Teilnahme
# The label of the list of categories such as "Researcher" or "Policy maker".
field-category = Sie sind
field-sessions = Sessions, an denen Sie teilnehmen
field-consent = Ich bin damit einverstanden, dass mein Name, meine E-Mail-Adresse und meine Organisation zur Verwaltung dieser Anmeldung verarbeitet werden.
signup-errors-summary = Die Anmeldung wurde nicht abgeschickt: Bitte korrigieren Sie die Angaben in den Feldern unten.
# After "this address is already registered for this conference".
signup-already-registered = { $message }: Den Link zu Ihrer Anmeldung können Sie sich erneut zusenden lassen (oben unter „Anmeldelink erneut anfordern“).

## After signing up

registered-title = Angemeldet
application-in = Ihre Bewerbung ist eingegangen
application-in-detail = Das Organisationsteam von { $title } wählt die Teilnehmenden aus. Wir haben eine Eingangsbestätigung an { $email } gesendet und melden uns wieder, sobald eine Entscheidung gefallen ist; bis dahin ist Ihnen noch kein Platz sicher.
check-mail = Bitte prüfen Sie Ihre E-Mails, um Ihren Platz zu sichern
check-mail-detail = Wir halten bei { $title } einen Platz für Sie frei. Wir haben einen Link an { $email } gesendet: Öffnen Sie ihn, um Ihre Adresse und Ihren Platz zu bestätigen. Ohne Bestätigung geht der Platz nach einiger Zeit an die nächste Person.
on-waitlist = Sie stehen auf der Warteliste
on-waitlist-detail = { $title } ist ausgebucht. Sie haben noch keinen Platz; wird einer frei, rücken Sie in der Reihenfolge der Anmeldungen nach, und wir benachrichtigen Sie.
registered-heading = Sie sind angemeldet
registered-detail = Ihr Platz bei { $title } ist bestätigt. Eine Bestätigung mit Kalendereinladung wurde an { $email } gesendet.
label-when = Termin
label-where = Ort
add-to-calendar = In den Kalender eintragen:
download-invite = Einladung herunterladen (.ics)
keep-private-link = Bewahren Sie diesen privaten Link auf. Darüber können Sie Ihre Anmeldung einsehen, ändern oder stornieren:
place-online = Online

## The email confirmation link

confirmed-heading = Ihr Platz ist bestätigt
confirmed-detail = Vielen Dank. Sie erhalten in Kürze eine Bestätigung mit Kalendereinladung.
confirmed-already = Sie hatten Ihren Platz bereits bestätigt – es ist nichts weiter zu tun.
confirm-expired = Dieser Link ist abgelaufen
confirm-expired-detail = Der Platz war nur für begrenzte Zeit für Sie reserviert und ist inzwischen an die nächste Person gegangen. Sie können sich gern erneut anmelden.
confirm-waitlisted-detail = Es gibt noch keinen Platz zu bestätigen; wir benachrichtigen Sie, sobald einer frei wird.

## The registrant's own page

manage-title = Ihre Anmeldung
label-status = Status:
waitlist-position = Position { $position } auf der Warteliste
manage-application = Ihre Bewerbung liegt dem Organisationsteam vor. Sie haben noch keinen Platz: Sobald eine Entscheidung gefallen ist, benachrichtigen wir Sie – bei einer Zusage zusammen mit der Kalendereinladung.
manage-declined = Das Organisationsteam konnte Ihnen leider keinen Platz anbieten.
manage-declined-reason = Begründung: { $reason }
apply-again = Erneut bewerben
join-online = Online teilnehmen
manage-add-calendar = In den Kalender eintragen (invite.ics)
# $mode: "In the room" or "Online".
manage-mode-now = Art der Teilnahme: { $mode }
manage-change-mode = Art der Teilnahme ändern
manage-sessions = Ihre Sessions
manage-save-sessions = Sessions speichern
manage-answers = Ihre Antworten
manage-save-answers = Antworten speichern
manage-withdraw = Bewerbung zurückziehen
manage-cancel = Anmeldung stornieren
manage-data = Meine Daten herunterladen
manage-cancelled = Diese Anmeldung ist storniert.
register-again = Erneut anmelden
saved-answers = Ihre Antworten wurden gespeichert.
saved-sessions = Ihre Sessions wurden gespeichert.
saved-mode = Erledigt: Ihre Art der Teilnahme wurde geändert.
cancelled-notice = Ihre Anmeldung wurde storniert.

## Cancelling

cancel-title = Anmeldung stornieren
cancel-question = Anmeldung stornieren?
cancel-about = Sie sind dabei, Ihre Anmeldung für { $title } ({ $when }) zu stornieren.
cancel-waitlist-about = Sie sind dabei, Ihren Platz auf der Warteliste für { $title } ({ $when }) aufzugeben.
cancel-place-goes = Ihr Platz geht an die nächste Person auf der Warteliste.
cancel-yes = Ja, Anmeldung stornieren
cancel-no = Nein, Anmeldung behalten

## Getting the link again

link-title = Ihr Anmeldelink
link-sent = Falls für { $email } eine Anmeldung zu dieser Veranstaltung besteht, haben wir den Link an diese Adresse gesendet. Das kann einen Moment dauern; sehen Sie bitte auch im Spam-Ordner nach.
link-intro = Bereits angemeldet, aber die E-Mail ist nicht mehr auffindbar? Geben Sie die Adresse an, mit der Sie sich angemeldet haben. Wir senden Ihnen dann den Link, über den Sie Ihre Anmeldung einsehen, ändern oder stornieren können.
link-check-address = Bitte überprüfen Sie die Adresse:
link-send = Link zusenden
