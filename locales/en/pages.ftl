# Convene's public pages: the event page and its form, the registrant's own
# pages, error pages, and the words every page shares (layout, statuses).
# The organizer's own texts (titles, descriptions, questions) are not here.

## Layout

site-tagline = Convene — event and webinar registration
languages-label = This page in other languages

back-to-events = Back to the events
back-to-event = Back to the event
required = (required)

## Error pages

error-not-found = Not found
error-not-found-detail = There is nothing here. The link may be mistyped or no longer valid.
error-internal = Something went wrong
error-internal-detail = The error has been logged. Please try again.
error-forbidden = Not allowed
error-conflict = Not possible now
error-gone = No longer available
error-too-many = Too many requests
error-unavailable = Briefly unavailable
error-unauthorized = Sign-in needed
error-bad-request = The request could not be used

## Shared labels of Convene's own kinds (also on the dashboard)

format-online = Online
format-in_person = In person
format-hybrid = Hybrid (in person and online)
status-pending = Waiting for email confirmation
status-confirmed = Confirmed
status-waitlisted = On the waiting list
status-cancelled = Cancelled
status-awaiting_approval = Awaiting a decision
status-declined = Declined
conference-status-draft = Draft
conference-status-published = Published
conference-status-cancelled = Cancelled
mode-in_person = In the room
mode-online = Online
speaker-role-speaker = Speaker
speaker-role-moderator = Moderator
speaker-role-panelist = Panelist

## The list of events

index-title = Upcoming events
index-none = No upcoming events yet.

## The event page

event-cancelled = This event has been cancelled.
# $when: the date and time, written out.
event-took-place = This event took place { $when }.
watch-recording = Watch the recording
seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
fully-booked = Fully booked: new sign-ups join the waitlist
session-full = Full: waitlist
event-approval = The organizers choose who takes part: you apply here, and they write to you when they have decided.
places-free = places free
places-left = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
places-full = full (waiting list)
programme = Programme
programme-calendar = Add the programme to your calendar
registration-not-open = Registration has not opened yet.
registration-closed = Registration is closed.

## The sign-up form

register = Register
apply = Apply
registered-already = Registered already?
get-link-again = Get your registration link again
field-name = Name
field-email = Email
field-organization = Organisation
field-mode = How you take part
# The label of the list of categories such as "Researcher" or "Policy maker".
field-category = You are
field-sessions = Sessions you will attend
field-consent = I agree that my name, email and organisation are processed to manage this registration.
signup-errors-summary = The registration was not sent: please correct the fields below.
# After "this address is already registered for this conference".
signup-already-registered = { $message }: the link to your registration can be sent again ("Get your registration link again" above)

## After signing up

registered-title = Registered
application-in = Your application is in
application-in-detail = The organizers of { $title } choose who takes part. We sent a note to { $email }, and we write again when they have decided; you hold no place until then.
check-mail = Check your mail to keep your place
check-mail-detail = We hold a place at { $title } for you. We sent a link to { $email }: follow it to confirm your address and your place. Without it, the place goes to the next person after a while.
on-waitlist = You are on the waiting list
on-waitlist-detail = { $title } is full. You do not have a place yet; if one frees up you move up in the order you signed up, and we will write to you.
registered-heading = You are registered
registered-detail = Your place at { $title } is confirmed. A confirmation with a calendar invitation is on its way to { $email }.
label-when = When
label-where = Where
add-to-calendar = Add it to your calendar:
download-invite = download the invite (.ics)
keep-private-link = Keep this private link to see, change or cancel your registration:
place-online = Online

## The email confirmation link

confirmed-heading = Your place is confirmed
confirmed-detail = Thank you. A confirmation with a calendar invitation is on its way to you.
confirmed-already = You had already confirmed it: there is nothing more to do.
confirm-expired = This link has expired
confirm-expired-detail = The place was held for you for a limited time and has gone to the next person. You are welcome to sign up again.
confirm-waitlisted-detail = There is no place to confirm yet; we will write to you when one frees up.

## The registrant's own page

manage-title = Your registration
label-status = Status:
waitlist-position = number { $position } on the waiting list
manage-application = Your application is with the organizers. You hold no place yet: when they decide, we write to you, with the calendar invitation if you get a place.
manage-declined = The organizers could not offer you a place.
manage-declined-reason = Their reason: { $reason }
apply-again = Apply again
join-online = Join online
manage-add-calendar = Add to your calendar (invite.ics)
# $mode: "In the room" or "Online".
manage-mode-now = How you take part: { $mode }
manage-change-mode = Change how I take part
manage-sessions = Your sessions
manage-save-sessions = Save my sessions
manage-answers = Your answers
manage-save-answers = Save my answers
manage-withdraw = Withdraw my application
manage-cancel = Cancel my registration
manage-data = Download my data
manage-cancelled = This registration is cancelled.
register-again = Register again
saved-answers = Your answers are saved.
saved-sessions = Your sessions are saved.
saved-mode = Done: this is how you take part now.
cancelled-notice = Your registration is cancelled.

## Cancelling

cancel-title = Cancel your registration
cancel-question = Cancel your registration?
cancel-about = You are about to cancel your registration for { $title } ({ $when }).
cancel-waitlist-about = You are about to cancel your place on the waiting list for { $title } ({ $when }).
cancel-place-goes = Your place goes to the next person on the waiting list.
cancel-yes = Yes, cancel my registration
cancel-no = No, keep it

## Getting the link again

link-title = Your registration link
link-sent = If { $email } holds a registration for this event, we have sent its link there. It may take a minute; look in the spam folder too.
link-intro = Registered already but lost the mail? Give the address you signed up with and we will send the link to see, change or cancel your registration.
link-check-address = Please check the address:
link-send = Send my link
