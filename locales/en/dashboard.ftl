# Convene's organizer dashboard: signing in, the conferences with their
# sessions, questions, registrations, applications, messages, team, check-in
# and the event report. The organizer's own texts (titles, questions, answers)
# are not here; neither are the form error messages (forms.ftl).
#
# Page titles end in "· Convene" or "· <conference title>", added by the page.

## Words many pages share

dash-name = Name
dash-email = Email
dash-organisation = Organisation
# The registrant's category, as the registration form asks for it ("You are:
# a researcher, a journalist…"); the same words as on the public form.
dash-category = You are
dash-status = Status
# Whether someone came (yes or no): a column, a filter, a detail.
dash-attended = Attended
# When the registration was made: a column with a date and time.
dash-registered-at = Registered
dash-session = Session
dash-sessions = Sessions
dash-title = Title
dash-starts = Starts (local time)
dash-ends = Ends (local time)
dash-capacity = Capacity
# A session's room.
dash-room = Room
dash-help-text = Help text
dash-required = Required
dash-save = Save
dash-saved = Saved.
dash-edit = Edit
dash-remove = Remove
# A screen reader's name of a remove button; $name: what it removes (a
# question, a team member's email address).
dash-remove-name = Remove { $name }
dash-actions = Actions
dash-search = Search
# In a selection list: no filter on this.
dash-any = any
dash-yes = yes
dash-no = no
# Number of people: a column heading.
dash-people = People
dash-attendance = Attendance
dash-back-to-conference = Back to the conference
dash-nobody-matches = Nobody matches.
dash-nobody-yet = Nobody yet.
dash-errors-below = Please correct the fields marked below.
# After a registrant's name or status: added by the team at the door.
dash-walk-in = (walk-in)

## Counts in table headings (each column holds numbers of people)

dash-count-registered = Registered
dash-count-waitlisted = Waitlisted
dash-count-attended = Attended
dash-count-no-shows = No-shows

## Registration statuses, as the dashboard shows them (lower case, inside
## sentences and tables)

dash-status-pending = pending
dash-status-confirmed = confirmed
dash-status-waitlisted = waitlisted
dash-status-cancelled = cancelled
dash-status-awaiting_approval = awaiting approval
dash-status-declined = declined

## Conference formats (the choices of the conference form)

dash-format-online = Online
dash-format-in_person = In person
# Both in the room and online.
dash-format-hybrid = Hybrid

## Team roles

dash-role-owner = owner
# Does everything but cancelling the conference and managing the team.
dash-role-manager = manager
# A team member at the door: sees the counts and checks people in.
dash-role-checkin = check-in

## Message statuses

# Waiting for the time it is to be sent at.
dash-message-status-scheduled = scheduled
# Its mails are going out.
dash-message-status-sending = sending
dash-message-status-sent = sent
dash-message-status-cancelled = cancelled

## Question kinds, as a question's description shows them

dash-question-kind-short_text = short text
dash-question-kind-long_text = long text
# One choice among several.
dash-question-kind-single_choice = single choice
# Any number of the choices.
dash-question-kind-multiple_choice = multiple choice
dash-question-kind-checkbox = checkbox
# The registrant picks a country from a list.
dash-question-kind-country = country

## Question kinds, as the choices of a new question

dash-question-new-kind-short_text = Short text
dash-question-new-kind-long_text = Long text
dash-question-new-kind-single_choice = One choice
dash-question-new-kind-multiple_choice = Several choices
dash-question-new-kind-checkbox = A checkbox
dash-question-new-kind-country = Country

## Navigation

# A screen reader's name of the dashboard's menu.
dash-nav-label = Dashboard
dash-your-conferences = Your conferences
dash-new-conference = New conference
dash-your-account = Your account
dash-sign-out = Sign out

## Signing in, creating an account, a forgotten password

dash-login-title = Sign in
dash-login-heading = Organizer sign-in
dash-login-password = Password
dash-login-submit = Sign in
dash-login-wrong = The email or password is wrong.
dash-signup-title = Create an organizer account
dash-signup-errors = Please correct what is marked below.
dash-signup-name = Your name
dash-signup-password = Password (at least 10 characters)
dash-signup-submit = Create the account
# Followed by a link, "Sign in".
dash-signup-have-one = Have one already?
dash-signup-sign-in = Sign in
# An error under the email field.
dash-signup-email-taken = an account with this address exists: sign in, or reset its password
dash-reset-title = Forgot your password?
dash-reset-intro = Give the address of your organizer account: we mail it a link to set a new password.
dash-reset-submit = Send the link
dash-reset-sent = If an account has the address { $email }, a link to set a new password is on its way to it. It works for one hour, once.
dash-reset-back = Back to sign-in
dash-new-password-title = Set a new password
dash-new-password = New password (at least 10 characters)
dash-new-password-submit = Set the password
# Followed by a link, "Ask for a new one".
dash-new-password-expired = This link has expired or was used already.
dash-new-password-ask-again = Ask for a new one
dash-new-password-set = Your new password is set: sign in with it.

## Your account

dash-account-signed-in-as = Signed in as { $email }.
dash-account-new-password = A new password (leave empty to keep yours)
dash-account-current-password = Current password

## Your conferences

dash-home-conference = Conference
dash-home-when = When
dash-home-none = No conferences yet.

## A conference's page

# Followed by the link to the conference's public page.
dash-conference-public-page = public page:
dash-registrations = Registrations
# A button; $count: the applications waiting for a decision.
dash-conference-applications-link = Applications ({ $count })
dash-messages = Messages
dash-team = Team
dash-checkin = Check-in
dash-conference-report-link = The event report (to print for the funder)
dash-conference-signups-caption = Sign-ups per day, cumulative.
# Opens a table with the figures of the picture above it.
dash-conference-as-table = The same as a table
dash-conference-signups-table = Sign-ups per day
dash-conference-day = Day
dash-conference-sessions-caption = Registered and attended per session (the table below gives the figures).
dash-conference-categories-caption = The audience by category.
# The counts of the conference. $breakdown: dash-conference-counts-places or
# dash-conference-counts-decided; $no_shows: dash-conference-no-shows or
# dash-conference-no-shows-not-yet.
dash-conference-counts = { $registered } registered ({ $breakdown }), { $cancelled } cancelled, { $attended } attended, { $no_shows }.
dash-conference-counts-places = { $confirmed } confirmed, { $waitlisted } waitlisted
# When the conference approves applications.
dash-conference-counts-decided = { $confirmed } confirmed, { $waitlisted } waitlisted, { $awaiting } awaiting approval, { $declined } declined
# People with a confirmed place who did not come.
dash-conference-no-shows =
    { $count ->
        [one] 1 no-show
       *[other] { $count } no-shows
    }
dash-conference-no-shows-not-yet = no-shows: not yet (it has not started)
dash-conference-chart-label = Registrations and attendance per session
dash-conference-chart-figures = Registered / attended
dash-conference-chart-registered = { $count } registered
dash-conference-chart-attended = { $count } attended
dash-conference-chart-both = { $registered } registered · { $attended } attended
dash-conference-save = Save changes
dash-duplicate = Duplicate
dash-duplicate-intro = The next event of a series: a new draft with these settings, questions, sessions and speakers, every time moved with the start; no registrations.
dash-duplicate-starts = The copy starts (local time)
dash-duplicate-title = Its title (blank: the same)
dash-delete = Delete
dash-delete-draft = Delete this draft

## Pictures of the figures (their names for screen readers)

dash-chart-signups = Sign-ups per day, cumulative, by status now
# Two bars per session: dark for registered, light for attended.
dash-chart-sessions = Registered (dark) and attended (light) per session
dash-chart-categories = The audience by category
dash-chart-countries = The audience by country

## Sessions

dash-sessions-none = No sessions yet.
dash-sessions-add = Add a session
dash-sessions-add-submit = Add session
# "name | affiliation | role" describes how to type a line; $roles are the
# words to type as the role, which stay as they are in every language.
dash-sessions-speakers-roles = Speakers, one per line: name | affiliation | role ({ $roles })
dash-sessions-speakers = Speakers, one per line: name | affiliation | role
dash-session-heading = Session: { $title }
dash-session-save = Save session
dash-session-delete = Delete this session
dash-session-delete-note = Registrants who chose it are told.

## The registration form's own questions

dash-questions = Questions of the form
dash-questions-none = The form asks only for name, email, organisation and "You are".
# A question's description; $kind: one of the question kinds above.
dash-questions-kind = ({ $kind })
dash-questions-kind-required = ({ $kind }, required)
# Buttons moving a question in the form; the labels name the question.
dash-questions-up = Up
dash-questions-down = Down
dash-questions-up-label = Move { $label } up
dash-questions-down-label = Move { $label } down
dash-questions-add = Add a question
dash-question = Question
dash-questions-kind-label = Kind
dash-questions-choices = Choices, one per line (for one or several choices)
dash-questions-add-submit = Add question
dash-question-heading = Question of the form
# $kind: one of the question kinds above.
dash-question-fixed-kind = Kind: { $kind } (it cannot change once someone answered).
dash-question-choices = Choices, one per line (a choice left out is retired: no longer offered, kept on old answers)
# The choices no longer offered.
dash-question-retired = Retired: { $choices }

## The conference form

dash-new-conference-submit = Create conference
# The part of the address after /c/.
dash-field-slug = Address of the event page (/c/…)
dash-field-slug-hint = Letters, digits and hyphens; blank: made from the title
dash-field-description = Description
dash-field-timezone = Time zone
dash-field-timezone-hint = IANA name, e.g. Europe/Brussels
# In person, online or both.
dash-field-format = Format
dash-field-venue = Venue
dash-field-online-url = Online link (shown only to confirmed registrants)
dash-field-unlimited-hint = Blank: unlimited
dash-field-in-person-capacity = Places in the room (hybrid)
dash-field-online-capacity = Online places (hybrid)
dash-field-recording-url = Recording link
dash-field-opens = Registration opens (local time)
dash-field-opens-hint = Blank: as soon as it is published
dash-field-closes = Registration closes (local time)
dash-field-closes-hint = Blank: when it ends
dash-field-categories = "You are": the choices, one per line
dash-field-language = Language of its pages and mails
dash-field-reminders = Reminders, in minutes before the start
dash-field-reminders-hint = Up to 5, e.g. 1440, 60 (a day and an hour); blank: none
dash-field-require-email-confirmation = Ask registrants to confirm their email address (their place is held until they do)
dash-field-require-approval = Approve each application (sign-ups wait for your decision and hold no place until then)
# A place waiting for its registrant's email confirmation.
dash-field-hold = Hold an unconfirmed place for (minutes)
dash-field-hold-hint = Default { $minutes }

## Registrations

dash-registrations-heading = Registrations: { $title }
dash-registrations-filter = Filter
dash-registrations-add = Add someone (a walk-in, a speaker, a guest)
# In the room or online (a hybrid conference).
dash-registrations-takes-part = Takes part
dash-registrations-walk-in = Confirmed even when the event is full (a walk-in)
dash-registrations-checked-in = Checked in now
dash-registrations-notify = Send them the confirmation mail
dash-registrations-add-submit = Add
# Followed by the links to the files: CSV, XLSX, JSON.
dash-registrations-export = Export:

## One registration

dash-registration-back = Registrations of { $title }
# $at: the date and time of the check-in.
dash-registration-checked-in-at = yes, checked in { $at }
dash-registration-cancel-reason = Cancelled because
dash-registration-decline-reason = Declined because
dash-registration-change = Change
# "updated" is the name of the mail they get.
dash-registration-notify = Tell them (mail "updated")
# Gives a waiting-list place even when the conference is full.
dash-registration-force = Even beyond the capacity
dash-registration-promote = Give them a place now
dash-registration-resend = Send their mail again
dash-registration-undo-check-in = Take back the check-in
dash-registration-reason = Reason (optional, it goes into their mail)
dash-registration-cancel = Cancel this registration
dash-registration-cancelled = The registration is cancelled; the registrant is told.
dash-registration-promoted = Confirmed: the registrant is told their place.
dash-registration-resent = The mail is on its way again.
dash-registration-check-in-undone = The check-in is taken back.

## Applications (conferences that approve each sign-up)

dash-applications = Applications
dash-applications-heading = Applications: { $title }
# $waiting: applications waiting; the others count registrations.
dash-applications-counts = { $waiting } waiting for a decision · { $confirmed } confirmed · { $waitlisted } on the waiting list · { $declined } declined.
# As dash-applications-counts, with the capacity of the conference.
dash-applications-counts-capacity =
    { $waiting } waiting for a decision · { $confirmed } confirmed of { $capacity ->
        [one] 1 place
       *[other] { $capacity } places
    } · { $waitlisted } on the waiting list · { $declined } declined.
dash-applications-order = Approved applicants take the free places in the order you approve them, then the waiting list.
dash-applications-select = Select
dash-applications-select-name = Select { $name }
# When the application was made: a date and time.
dash-applications-applied = Applied
dash-applications-decide = Decide
dash-applications-approve = Approve
dash-applications-decline = Decline
dash-applications-approve-name = Approve { $name }
dash-applications-decline-name = Decline { $name }
dash-applications-reason = Reason for those declined (optional, it goes into their mail)
dash-applications-approve-selected = Approve selected
dash-applications-decline-selected = Decline selected
dash-applications-none = No application is waiting.
dash-applications-none-no-approval = No application is waiting: this conference takes sign-ups without approval (change it under Settings).
dash-applications-none-ticked = Tick at least one application first.
# After approving or declining; each count is of applications.
dash-applications-done = Done: { $confirmed } approved with a place, { $waitlisted } approved onto the waiting list, { $declined } declined.

## Messages to registrants

dash-messages-heading = Messages: { $title }
dash-messages-subject = Subject
# When it is sent (a date and time).
dash-messages-sends = Sends
dash-messages-recipients = Recipients
# How many mails went out, and how many could not be delivered.
dash-messages-sent = Sent
dash-messages-failed = Failed
dash-messages-cancel = Cancel
dash-messages-cancel-subject = Cancel { $subject }
dash-messages-none = No message yet.
dash-message-cancelled = The message is cancelled.
dash-compose = Write a message
dash-compose-heading = Write to registrants: { $title }
dash-compose-preview = Preview
dash-compose-recipients =
    { $count ->
        [one] It goes to 1 person. Shown as the first of them gets it:
       *[other] It goes to { $count } people. Shown as the first of them gets it:
    }
dash-compose-preview-subject = Subject:
dash-compose-subject = Subject
# *emphasis* and [links](https://…) show how to write them: keep the marks.
dash-compose-body = Message (Markdown: *emphasis*, [links](https://…), lists)
# $placeholders: the placeholders, which stay as they are in every language;
# $brace: what to write for a brace.
dash-compose-body-help = Placeholders: { $placeholders }. Write { $brace } for a brace. Every mail ends with the person's own link to their registration.
dash-compose-audience = Who gets it
dash-compose-status = Status:
# Whether they came: either, came, did not come.
dash-compose-attended-either = either
dash-compose-attended-yes = came
dash-compose-attended-no = did not come
# In the room or online (a hybrid conference).
dash-compose-mode = Attending
dash-compose-mode-either = either way
dash-compose-mode-in-person = in person
dash-compose-mode-online = online
# Only those who answered a question (chosen here) with an answer (next field).
dash-compose-question = Who answered
dash-compose-question-any = (any answer)
dash-compose-answer = with the answer
dash-compose-reply-to = Replies go to (empty: the conference owner's address)
# $timezone: the conference's time zone, e.g. Europe/Brussels.
dash-compose-send-at = Send at ({ $timezone }; empty: now)
dash-compose-preview-button = Preview and count
dash-compose-send = Send
dash-compose-back = Back to the messages

## Team

dash-team-heading = Team: { $title }
# $manager and $checkin are the role names (dash-role-manager,
# dash-role-checkin), shown in bold.
dash-team-roles = A { $manager } does everything but cancelling the conference and managing the team; a { $checkin } member sees the counts and checks people in.
dash-team-role = Role
dash-team-role-of = Role of { $email }
dash-team-change = Change
dash-team-change-label = Change the role of { $email }
dash-team-add = Add someone
dash-team-add-submit = Add and invite
dash-team-added = Added; an invitation is on its way to them.
dash-team-removed = Removed from the team.
dash-team-role-changed = The role is changed.

## Check-in

dash-checkin-counts = { $checked } of { $confirmed } checked in
dash-checkin-search-label = Name or email
dash-checkin-done = checked in
dash-checkin-button = Check in
dash-checkin-button-name = Check { $name } in
dash-checkin-checked-in = { $name } is checked in.
dash-checkin-already = Already checked in.
# $status: a registration status (dash-status-…).
dash-checkin-not-confirmed = This registration is { $status }: only confirmed places can check in.
dash-checkin-list = The check-in list

## The event report

dash-report = Report
dash-report-heading = { $title }: event report
dash-report-csv = The figures as CSV
dash-report-print = Print this page (A4) to hand it over.
dash-report-rate = Attendance rate
# $percent: a whole number.
dash-report-percent = { $percent } %
# Before the conference starts nobody can be a no-show.
dash-report-not-yet = not yet
dash-report-sessions-caption = Registered and attended per session; the table below gives the same figures.
# The speakers, moderators and panelists of a session.
dash-report-speakers = People
dash-report-audience = The audience
dash-report-categories-caption = By category; the table gives the same figures.
dash-report-countries-caption = By country; the table gives the same figures.
dash-report-by-category = By category
dash-report-by-organisation = By organisation
dash-report-by-country = By country
dash-report-country = Country
# Registrants who gave no organisation (or category, or country).
dash-report-not-given = (not given)

## Embedding the form on the project's own site

dash-field-embed-origins = Sites that may embed the form
dash-field-embed-origins-hint = One origin per line, such as https://spring-project.eu. The form can be framed by these sites only.
dash-embed-title = Embed the registration form on your site
dash-embed-intro = Paste this into a page of your site: the form works there without script, and shows its errors and the confirmation in place.
dash-embed-snippet = The code to copy
dash-embed-no-origins = No site may frame the form yet: add your site's origin under "Sites that may embed the form" below.
# $origins: a list such as "https://spring-project.eu, https://www.spring-project.eu".
dash-embed-origins = Sites that may frame it: { $origins }
