# Convene's mails to registrants and organizers, and the text of invites.
# A mail opens with a greeting line ("Dear Ana,") and its first sentence
# follows it as a letter in the language does; organizer texts (titles,
# descriptions, reasons) are filled in as written.
# German: greeting "Guten Tag Ana," and the next paragraph starts with a
# capital letter, as in a German business letter.

## What every mail shares

# $name: the registrant's name as they gave it.
mail-dear = Guten Tag { $name },
mail-hello = Guten Tag,
mail-hello-name = Guten Tag { $name },
mail-label-when = Termin
mail-label-format = Format
mail-label-where = Ort
mail-join-online = Online teilnehmen
# After the join link in the plain-text mail.
mail-join-personal-short = (Ihr persönlicher Link – bitte nicht weitergeben)
mail-join-personal = Dieser Link ist persönlich: Bitte geben Sie ihn nicht weiter.
mail-check-in-text = Check-in: Zeigen Sie am Eingang den QR-Code aus der HTML-Version dieser E-Mail vor oder nennen Sie Ihren Namen.
mail-check-in-html = Check-in: Zeigen Sie diesen Code am Eingang vor oder nennen Sie Ihren Namen.
mail-qr-alt = Ihr QR-Code für den Check-in
mail-your-sessions = Ihre Sessions
mail-manage-any-time = Sie können Ihre Anmeldung jederzeit einsehen, ändern oder stornieren:
mail-manage-line = Anmeldung einsehen, ändern oder stornieren: { $url }
mail-manage-see-cancel = Anmeldung einsehen oder stornieren: { $url }
mail-invite-attached = Die Kalendereinladung finden Sie im Anhang.
mail-invite-updated = Die aktualisierte Kalendereinladung finden Sie im Anhang.
# In the description of the calendar invitation, after the organizer's text.
invite-manage = Anmeldung einsehen, ändern oder stornieren: { $url }

## Application received (the organizers choose who takes part)

mail-application-subject = Bewerbung eingegangen: { $title }
mail-application-body = Vielen Dank für Ihre Bewerbung für { $title }. Das Organisationsteam wählt die Teilnehmenden aus, daher haben Sie noch keinen Platz. Sobald eine Entscheidung gefallen ist, schreiben wir Ihnen – bei einer Zusage zusammen mit der Kalendereinladung.
mail-application-manage = Bewerbung einsehen, ändern oder zurückziehen: { $url }

## Registration cancelled

mail-cancelled-subject = Anmeldung storniert: { $title }
mail-cancelled-body = Ihre Anmeldung für { $title } ({ $when }) wurde storniert. Der Termin wird aus Ihrem Kalender entfernt.
# $reason: the organizers' own words.
mail-organizers-say = Das Organisationsteam schreibt dazu: { $reason }
mail-cancelled-again = Haben Sie es sich anders überlegt? Solange die Anmeldung geöffnet ist, können Sie sich erneut anmelden:

## The conference is cancelled

mail-conference-cancelled-subject = Abgesagt: { $title }
mail-conference-cancelled-body = Leider müssen wir Ihnen mitteilen, dass die für { $when } geplante Veranstaltung { $title } vom Organisationsteam abgesagt wurde. Der Termin wird aus Ihrem Kalender entfernt.

## Confirm your address to keep the place

mail-confirm-subject = Bitte bestätigen Sie Ihren Platz: { $title }
mail-confirm-body = Für Sie ist ein Platz bei { $title } reserviert. Bitte bestätigen Sie Ihre E-Mail-Adresse, damit er Ihnen erhalten bleibt:
mail-confirm-button = Platz bestätigen
# $until: a date and time, written out.
mail-confirm-hold = Wir halten Ihren Platz bis { $until } frei. Liegt bis dahin keine Bestätigung vor, geht der Platz an die nächste Person auf der Warteliste. Falls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte: Es geschieht dann nichts weiter.

## Registered

mail-confirmation-subject = Anmeldebestätigung: { $title }
mail-confirmation-body = Ihre Anmeldung für { $title } ist bestätigt.

## Application declined

mail-declined-subject = Ihre Bewerbung: { $title }
mail-declined-body = Vielen Dank für Ihr Interesse an { $title }. Das Organisationsteam bedauert, Ihnen keinen Platz anbieten zu können.
mail-declined-reason = Begründung: { $reason }
mail-declined-again = Sie können sich über die Veranstaltungsseite erneut bewerben:

## The registration link, sent again

mail-manage-link-subject = Ihr Anmeldelink: { $title }
mail-manage-link-body = Sie haben den Link zu Ihrer Anmeldung für { $title } ({ $when }) angefordert. Darüber können Sie Ihre Anmeldung einsehen, ändern oder stornieren:
mail-manage-link-button = Zu Ihrer Anmeldung
mail-manage-link-ignore = Falls Sie den Link nicht angefordert haben, können Sie diese E-Mail ignorieren: Es wurde nichts geändert.

## Added to the team of a conference

mail-member-subject = { $inviter } hat Sie zum Team von { $title } hinzugefügt
# $role: "manager" or "checkin".
mail-member-body = { $inviter } ({ $inviter_email }) hat Sie { $role ->
        [manager] als Mitglied mit Verwaltungsrechten
       *[other] als Mitglied für den Check-in
    } zum Team von { $title } ({ $when }) hinzugefügt.
mail-member-can = { $role ->
    [manager] In dieser Rolle können Sie die Veranstaltung mit ihren Sessions und Fragen bearbeiten, die Anmeldungen einsehen und exportieren sowie Personen einchecken.
   *[other] In dieser Rolle können Sie Personen einchecken und die aktuellen Zahlen einsehen.
}
mail-member-sign-in = Melden Sie sich mit dem Convene-Konto für diese Adresse ({ $email }) im Dashboard an:
mail-member-sign-in-button = Im Dashboard anmelden
mail-member-no-account = Für diese Adresse gibt es noch kein Convene-Konto: Legen Sie zuerst mit dieser Adresse ein Konto an ({ $url }) und melden Sie sich dann an.
mail-member-page = Zur Veranstaltungsseite: { $url }

## A message from the organizers (their text above this line)

mail-message-registration = Ihre Anmeldung: { $url }

## A new password

mail-reset-subject = Neues Convene-Passwort festlegen
mail-reset-body = Jemand – hoffentlich Sie – hat darum gebeten, ein neues Passwort für das Convene-Konto mit der Adresse { $email } festzulegen. Über den folgenden Link können Sie { $minutes ->
        [one] innerhalb der nächsten Minute
       *[other] innerhalb der nächsten { $minutes } Minuten
    } ein neues Passwort wählen:
mail-reset-once = Der Link funktioniert nur einmal. Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

## Moved up from the waiting list

mail-promoted-subject = Sie haben einen Platz: { $title }
mail-promoted-body = Gute Nachrichten: Ein Platz ist frei geworden, und Ihre Anmeldung für { $title } ist jetzt bestätigt.

## The recording

mail-recording-subject = Aufzeichnung: { $title }
mail-recording-subject-missed = Schade, dass Sie nicht dabei waren: { $title }
mail-recording-attended = Vielen Dank für Ihre Teilnahme an { $title }. Die Aufzeichnung ist jetzt online – falls Sie sich einen Teil noch einmal ansehen oder sie mit Kolleginnen und Kollegen teilen möchten:
mail-recording-missed = Schade, dass wir Sie bei { $title } nicht begrüßen konnten. Die Aufzeichnung ist jetzt online, sodass Sie alles nachholen können, was Sie verpasst haben:
mail-recording-watch = Aufzeichnung ansehen

## Reminder

mail-reminder-subject = Erinnerung: { $title }, { $when }
mail-reminder-body = Wir möchten Sie daran erinnern, dass { $title } bald stattfindet.
mail-reminder-cancel = Sie können doch nicht teilnehmen? Bitte stornieren Sie Ihre Anmeldung, damit jemand von der Warteliste Ihren Platz erhält:

## The details changed

mail-updated-subject = Aktualisiert: { $title }
mail-updated-body = Die Angaben zu Ihrer Anmeldung für { $title } haben sich geändert.
mail-updated-what = Folgendes hat sich geändert:
# $old: what it was before the change.
mail-updated-was = bisher: { $old }
# $status: the registration's status, such as "Confirmed".
mail-updated-now = Der aktuelle Stand ({ $status }):
mail-change-title = Titel
mail-change-when = Termin
mail-change-where = Ort
mail-change-format = Format
mail-change-online-link = Online-Link
mail-change-previous-link = der bisherige Link
mail-change-new-link = ein neuer Link (Ihr persönlicher Zugangslink unten führt dorthin)
mail-change-session = Session
mail-change-session-time = Zeit der Session
mail-change-session-room = Raum der Session
# Where a room or venue was or is no longer given.
mail-change-none = keine Angabe

## On the waiting list

mail-waitlisted-subject = Sie stehen auf der Warteliste: { $title }
mail-waitlisted-body = { $title } ist ausgebucht, daher stehen Sie auf der Warteliste. Sie haben noch keinen Platz. Wird ein Platz frei, rücken Sie in der Reihenfolge der Anmeldungen nach, und wir benachrichtigen Sie umgehend.
