# Convene's mails to registrants and organizers, and the text of invites.
# A mail opens with a greeting line ("Dear Ana,") and its first sentence
# follows it as a letter in the language does; organizer texts (titles,
# descriptions, reasons) are filled in as written.

## What every mail shares

# $name: the registrant's name as they gave it.
mail-dear = Dear { $name },
mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-label-when = When
mail-label-format = Format
mail-label-where = Where
mail-join-online = Join online
# After the join link in the plain-text mail.
mail-join-personal-short = (your personal link, please do not share it)
mail-join-personal = This link is personal: please do not share it.
mail-check-in-text = Check-in: show the QR code in the HTML version of this mail at the entrance, or give your name.
mail-check-in-html = Check-in: show this code at the entrance, or give your name.
mail-qr-alt = Your check-in QR code
mail-your-sessions = Your sessions
mail-manage-any-time = You can see, change or cancel your registration at any time:
mail-manage-line = See, change or cancel your registration: { $url }
mail-manage-see-cancel = See or cancel your registration: { $url }
mail-invite-attached = The calendar invitation is attached.
mail-invite-updated = The updated calendar invitation is attached.
# In the description of the calendar invitation, after the organizer's text.
invite-manage = See, change or cancel your registration: { $url }

## Application received (the organizers choose who takes part)

mail-application-subject = Application received: { $title }
mail-application-body = thank you for applying to { $title }. The organizers choose who takes part, so you do not have a place yet. We will write to you as soon as they have decided; if you get a place, that mail carries the calendar invitation.
mail-application-manage = See, change or withdraw your application: { $url }

## Registration cancelled

mail-cancelled-subject = Registration cancelled: { $title }
mail-cancelled-body = your registration for { $title } ({ $when }) is cancelled. The event is removed from your calendar.
# $reason: the organizers' own words.
mail-organizers-say = The organizers say: { $reason }
mail-cancelled-again = Changed your mind? You can sign up again while registration is open:

## The conference is cancelled

mail-conference-cancelled-subject = Cancelled: { $title }
mail-conference-cancelled-body = we are sorry: { $title }, planned for { $when }, has been cancelled by its organizers. The event is removed from your calendar.

## Confirm your address to keep the place

mail-confirm-subject = Please confirm your place: { $title }
mail-confirm-body = you have a place at { $title }. Please confirm your email address to keep it:
mail-confirm-button = Confirm my place
# $until: a date and time, written out.
mail-confirm-hold = We hold your place until { $until }. Without your confirmation by then, the place goes to the next person on the waiting list. If you did not sign up, ignore this mail: nothing else will happen.

## Registered

mail-confirmation-subject = You are registered: { $title }
mail-confirmation-body = your registration for { $title } is confirmed.

## Application declined

mail-declined-subject = Your application: { $title }
mail-declined-body = thank you for your interest in { $title }. The organizers are sorry that they cannot offer you a place.
mail-declined-reason = Their reason: { $reason }
mail-declined-again = You may apply again from the event page:

## The registration link, sent again

mail-manage-link-subject = Your registration link: { $title }
mail-manage-link-body = you asked for the link to your registration for { $title } ({ $when }). With it you can see, change or cancel your registration:
mail-manage-link-button = Your registration
mail-manage-link-ignore = If you did not ask for it, you can ignore this mail: nothing has changed.

## Added to the team of a conference

mail-member-subject = { $inviter } added you to the team of { $title }
# $role: "manager" or "checkin".
mail-member-body = { $inviter } ({ $inviter_email }) added you to the team of { $title } ({ $when }) as { $role ->
    [manager] a manager
   *[other] a check-in member
}.
mail-member-can = { $role ->
    [manager] In this role you can change the conference, its sessions and questions, see and export the registrations, and check people in.
   *[other] In this role you can check people in and see the counts.
}
mail-member-sign-in = Sign in to the dashboard with your Convene account of this address ({ $email }):
mail-member-sign-in-button = Sign in to the dashboard
mail-member-no-account = There is no Convene account with this address yet: create one with this address first ({ $url }), then sign in.
mail-member-page = The event page: { $url }

## A message from the organizers (their text above this line)

mail-message-registration = Your registration: { $url }

## A new password

mail-reset-subject = Set a new Convene password
mail-reset-body = someone (you, we hope) asked to set a new password for the Convene account of { $email }. Follow this link within { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} to choose it:
mail-reset-once = The link works once. If you did not ask, ignore this mail: your password stays as it is.

## Moved up from the waiting list

mail-promoted-subject = A place is yours: { $title }
mail-promoted-body = good news: a place freed up and your registration for { $title } is now confirmed.

## The recording

mail-recording-subject = The recording: { $title }
mail-recording-subject-missed = Sorry we missed you: { $title }
mail-recording-attended = thank you for joining { $title }. The recording is now online, if you want to watch a part again or share it with colleagues:
mail-recording-missed = sorry we missed you at { $title }. The recording is now online, so you can catch up on everything you missed:
mail-recording-watch = Watch the recording

## Reminder

mail-reminder-subject = Reminder: { $title }, { $when }
mail-reminder-body = a reminder: { $title } is coming up.
mail-reminder-cancel = Cannot come after all? Please cancel, so someone on the waiting list gets your place:

## The details changed

mail-updated-subject = Updated: { $title }
mail-updated-body = the details of your registration for { $title } have changed.
mail-updated-what = What changed:
# $old: what it was before the change.
mail-updated-was = was: { $old }
# $status: the registration's status, such as "Confirmed".
mail-updated-now = Here is how it stands now ({ $status }):
mail-change-title = Title
mail-change-when = When
mail-change-where = Where
mail-change-format = Format
mail-change-online-link = Online link
mail-change-previous-link = the previous link
mail-change-new-link = a new link (your personal join link below leads to it)
mail-change-session = Session
mail-change-session-time = Session time
mail-change-session-room = Session room
# Where a room or venue was or is no longer given.
mail-change-none = none

## On the waiting list

mail-waitlisted-subject = You are on the waiting list: { $title }
mail-waitlisted-body = { $title } is full, so you are on the waiting list. You do not have a place yet. If a place frees up, you move up in the order you signed up and we will write to you straight away.
