//! From stored data to a mail: the template context, the invite, the MIME
//! message. Pure functions; the worker does the I/O.

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use serde::Serialize;
use uuid::Uuid;

use super::templates::Rendered;
use crate::calendar::{self, CalendarEvent, Invite, Person};
use crate::display;
use crate::domain::conference::Format;
use crate::domain::language::Language;
use crate::domain::mail::InviteMethod;
use crate::domain::message::{RenderedMessage, Values};
use crate::domain::registration::{AttendanceMode, RegistrationStatus};
use crate::domain::secret::{self, SigningKey};
use crate::domain::session::Speaker;
use crate::i18n::t;

/// Everything a mail about one registration is made from, as the use case
/// that owes it hands it over: mail knows nothing of how it is stored.
pub struct MailData {
    pub conference: MailConference,
    pub registrant: MailRegistrant,
    /// The sessions the registrant chose, in time order.
    pub sessions: Vec<MailSession>,
}

pub struct MailConference {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub timezone: chrono_tz::Tz,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub format: Format,
    pub venue: Option<String>,
    pub online_url: Option<String>,
    pub recording_url: Option<String>,
    /// Who organizes it: the mail comes in their name, and replies go to them.
    pub owner_name: String,
    pub owner_email: String,
}

pub struct MailRegistrant {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub status: RegistrationStatus,
    pub attended: bool,
    /// Until when a pending registration holds its place.
    pub hold_expires_at: Option<DateTime<Utc>>,
    /// Why the organizers declined the application, when they said.
    pub decline_reason: Option<String>,
    /// Why the organizers cancelled the registration, when they said.
    pub cancel_reason: Option<String>,
    pub attendance_mode: AttendanceMode,
    /// Every mail to them, and their invite's text, is in it.
    pub language: Language,
}

pub struct MailSession {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<String>,
    pub speakers: Vec<Speaker>,
}

/// What links are made of.
pub struct Links<'a> {
    pub base_url: &'a str,
    pub key: &'a SigningKey,
}

impl Links<'_> {
    pub fn manage_url(&self, registration_id: Uuid) -> String {
        let token = secret::derive(self.key, "manage", registration_id);
        format!("{}/r/{}", self.base_url, token.plain)
    }

    pub fn confirm_url(&self, registration_id: Uuid) -> String {
        let token = secret::derive(self.key, "confirm", registration_id);
        format!("{}/confirm/{}", self.base_url, token.plain)
    }

    pub fn join_url(&self, registration_id: Uuid) -> String {
        let token = secret::derive(self.key, "join", registration_id);
        format!("{}/j/{}", self.base_url, token.plain)
    }

    /// The personal join link, only for a confirmed registrant of an event
    /// held online that has a link.
    pub fn join_url_for(&self, data: &MailData) -> Option<String> {
        self.join_url_if_entitled(
            data.registrant.id,
            data.registrant.status,
            data.registrant.attendance_mode,
            data.conference.online_url.is_some(),
        )
    }

    pub fn join_url_if_entitled(
        &self,
        registration_id: Uuid,
        status: RegistrationStatus,
        mode: AttendanceMode,
        has_online_url: bool,
    ) -> Option<String> {
        // Online places get the link; the room's places get the venue.
        let entitled = status == RegistrationStatus::Confirmed
            && mode == AttendanceMode::Online
            && has_online_url;
        entitled.then(|| self.join_url(registration_id))
    }

    /// The host part of UIDs and Message-IDs.
    pub fn host(&self) -> String {
        url::Url::parse(self.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "convene.invalid".into())
    }
}

#[derive(Serialize)]
pub struct MailContext {
    conference: ConferenceContext,
    registrant: RegistrantContext,
    sessions: Vec<SessionContext>,
    manage_url: String,
    join_url: Option<String>,
    /// For confirmed registrants of events held in a room: whether the mail
    /// carries the check-in QR code (an inline image, `cid:check-in-qr`).
    check_in_qr: bool,
    /// For `updated` after a change of the conference: what changed.
    changes: Vec<ChangeContext>,
    attended: bool,
    /// While pending: the double opt-in link, and until when the place is held.
    confirm_url: Option<String>,
    hold_until: Option<String>,
    /// For `declined`: the organizers' reason, when they gave one.
    decline_reason: Option<String>,
    /// For `cancelled` by an organizer: their reason, when they gave one.
    cancel_reason: Option<String>,
    /// For `message`: the organizer's message as this registrant gets it.
    message: Option<RenderedMessage>,
}

impl MailContext {
    /// The context of a `message` mail: the rest, plus the message itself.
    pub fn with_message(mut self, message: RenderedMessage) -> Self {
        self.message = Some(message);
        self
    }
}

/// What a message's placeholders stand for, for this registrant.
pub fn message_values(data: &MailData, links: &Links<'_>) -> Values {
    let c = &data.conference;
    Values {
        name: data.registrant.name.clone(),
        conference: c.title.clone(),
        starts: display::moment(c.starts_at, c.timezone, data.registrant.language),
        manage_url: links.manage_url(data.registrant.id),
        join_url: links.join_url_for(data),
    }
}

#[derive(Serialize)]
struct ConferenceContext {
    title: String,
    description: String,
    when: String,
    timezone: String,
    format: String,
    format_label: String,
    venue: Option<String>,
    page_url: String,
    recording_url: Option<String>,
}

#[derive(Serialize)]
struct RegistrantContext {
    name: String,
    email: String,
    status: String,
}

#[derive(Serialize)]
struct SessionContext {
    title: String,
    when: String,
    location: Option<String>,
    speakers: Vec<Speaker>,
}

/// What a change altered, old and new, for the `updated` mail.
#[derive(Serialize)]
struct ChangeContext {
    what: String,
    old: String,
    new: String,
}

/// A text field of what a change's payload says was before.
fn was_text(before: &serde_json::Value, key: &str) -> Option<String> {
    before.get(key).and_then(|v| v.as_str()).map(str::to_owned)
}

/// A moment of what a change's payload says was before.
fn was_time(before: &serde_json::Value, key: &str) -> Option<DateTime<Utc>> {
    before
        .get(key)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
}

/// The changes between the conference as it was when the change was made
/// (`payload.before`, written with the mail) and as it is now.
fn changes(data: &MailData, payload: &serde_json::Value) -> Vec<ChangeContext> {
    if let Some(session) = payload.get("session") {
        return session_changes(data, session);
    }
    let Some(before) = payload.get("before") else {
        return Vec::new();
    };
    let c = &data.conference;
    let lang = data.registrant.language;
    let none = || t(lang, "mail-change-none");
    let mut out = Vec::new();
    if let Some(title) = was_text(before, "title").filter(|t| *t != c.title) {
        out.push(ChangeContext {
            what: t(lang, "mail-change-title"),
            old: title,
            new: c.title.clone(),
        });
    }
    if let (Some(starts), Some(ends)) = (was_time(before, "starts_at"), was_time(before, "ends_at"))
        && (starts != c.starts_at || ends != c.ends_at)
    {
        out.push(ChangeContext {
            what: t(lang, "mail-change-when"),
            old: display::when(starts, ends, c.timezone, lang),
            new: display::when(c.starts_at, c.ends_at, c.timezone, lang),
        });
    }
    let venue = was_text(before, "venue");
    if before.get("venue").is_some() && venue != c.venue {
        let shown = |v: Option<String>| v.unwrap_or_else(none);
        out.push(ChangeContext {
            what: t(lang, "mail-change-where"),
            old: shown(venue),
            new: shown(c.venue.clone()),
        });
    }
    if let Some(format) = was_text(before, "format")
        .and_then(|f| Format::parse(&f))
        .filter(|f| *f != c.format)
    {
        out.push(ChangeContext {
            what: t(lang, "mail-change-format"),
            old: display::format_label(format, lang),
            new: display::format_label(c.format, lang),
        });
    }
    if before.get("online_url_changed").and_then(|v| v.as_bool()) == Some(true) {
        out.push(ChangeContext {
            what: t(lang, "mail-change-online-link"),
            old: t(lang, "mail-change-previous-link"),
            new: t(lang, "mail-change-new-link"),
        });
    }
    out
}

/// The changes of one session (`payload.session`, as it was) against the
/// registrant's session as it is now.
fn session_changes(data: &MailData, before: &serde_json::Value) -> Vec<ChangeContext> {
    let id = before
        .get("id")
        .and_then(|v| serde_json::from_value::<Uuid>(v.clone()).ok());
    let Some(now) = data.sessions.iter().find(|s| Some(s.id) == id) else {
        return Vec::new();
    };
    let tz = data.conference.timezone;
    let lang = data.registrant.language;
    let mut out = Vec::new();
    if let Some(title) = was_text(before, "title").filter(|t| *t != now.title) {
        out.push(ChangeContext {
            what: t(lang, "mail-change-session"),
            old: title,
            new: now.title.clone(),
        });
    }
    if let (Some(starts), Some(ends)) = (was_time(before, "starts_at"), was_time(before, "ends_at"))
        && (starts != now.starts_at || ends != now.ends_at)
    {
        out.push(ChangeContext {
            what: t(lang, "mail-change-session-time"),
            old: format!("{}: {}", now.title, display::when(starts, ends, tz, lang)),
            new: format!(
                "{}: {}",
                now.title,
                display::when(now.starts_at, now.ends_at, tz, lang)
            ),
        });
    }
    let room = was_text(before, "location");
    if room != now.location {
        let shown = |v: Option<String>| v.unwrap_or_else(|| t(lang, "mail-change-none"));
        out.push(ChangeContext {
            what: t(lang, "mail-change-session-room"),
            old: format!("{}: {}", now.title, shown(room)),
            new: format!("{}: {}", now.title, shown(now.location.clone())),
        });
    }
    out
}

pub fn context(data: &MailData, links: &Links<'_>, payload: &serde_json::Value) -> MailContext {
    let c = &data.conference;
    let tz = c.timezone;
    let row = &data.registrant;
    let pending = row.status == RegistrationStatus::Pending;
    let check_in = check_in_url(data, links);
    let lang = row.language;
    MailContext {
        conference: ConferenceContext {
            title: c.title.clone(),
            description: c.description.clone(),
            when: display::when(c.starts_at, c.ends_at, tz, lang),
            timezone: c.timezone.name().to_owned(),
            format: c.format.as_str().to_owned(),
            format_label: display::format_label(c.format, lang),
            venue: c.venue.clone(),
            page_url: format!("{}/c/{}", links.base_url, c.slug),
            recording_url: c.recording_url.clone(),
        },
        registrant: RegistrantContext {
            name: row.name.clone(),
            email: row.email.clone(),
            status: row.status.as_str().to_owned(),
        },
        sessions: data
            .sessions
            .iter()
            .map(|s| SessionContext {
                title: s.title.clone(),
                when: display::when(s.starts_at, s.ends_at, tz, lang),
                location: s.location.clone(),
                speakers: s.speakers.clone(),
            })
            .collect(),
        manage_url: links.manage_url(row.id),
        join_url: links.join_url_for(data),
        check_in_qr: check_in.is_some(),
        changes: changes(data, payload),
        attended: row.attended,
        confirm_url: pending.then(|| links.confirm_url(row.id)),
        hold_until: row
            .hold_expires_at
            .filter(|_| pending)
            .map(|at| display::moment(at, tz, lang)),
        decline_reason: row.decline_reason.clone(),
        cancel_reason: row.cancel_reason.clone(),
        message: None,
    }
}

/// The dashboard address the check-in QR code of a confirmed registrant of an
/// event held in a room encodes: opened by a team member's phone, it checks
/// them in with one tap; it opens nothing for anyone else.
pub fn check_in_url(data: &MailData, links: &Links<'_>) -> Option<String> {
    let row = &data.registrant;
    (row.attendance_mode == AttendanceMode::InPerson && row.status == RegistrationStatus::Confirmed)
        .then(|| {
            format!(
                "{}/admin/check-in/{}",
                links.base_url,
                secret::check_in_token(links.key, row.id)
            )
        })
}

/// The check-in QR code of the mail, as the PNG it carries inline.
pub fn check_in_png(data: &MailData, links: &Links<'_>) -> Option<Vec<u8>> {
    check_in_url(data, links).and_then(|url| super::qr::png(&url))
}

/// The Content-ID the HTML template shows the QR code by.
pub const QR_CID: &str = "check-in-qr";

/// The registrant's invite: one event for the conference and one per chosen
/// session, with UIDs that stay the same for the life of the registration.
pub fn invite(
    data: &MailData,
    links: &Links<'_>,
    method: InviteMethod,
    sequence: i32,
    organizer: &Mailbox,
    now: DateTime<Utc>,
) -> String {
    let c = &data.conference;
    let row = &data.registrant;
    let host = links.host();
    let join_url = links.join_url_for(data);
    let organizer_name = organizer.name.as_deref().unwrap_or("Convene");
    let organizer_email = organizer.email.to_string();
    // The organizer's description as written, then how to reach the
    // registration, in the registrant's language.
    let manage = crate::i18n::t_with(
        row.language,
        "invite-manage",
        &[("url", links.manage_url(row.id).into())],
    );
    let described = |text: &str| {
        if text.trim().is_empty() {
            manage.clone()
        } else {
            format!("{text}\n\n{manage}")
        }
    };
    let descriptions: Vec<String> = std::iter::once(described(&c.description))
        .chain(data.sessions.iter().map(|s| described(&s.description)))
        .collect();
    let mut events = vec![CalendarEvent {
        uid: format!("registration-{}@{host}", row.id),
        title: &c.title,
        description: &descriptions[0],
        starts_at: c.starts_at,
        ends_at: c.ends_at,
        // The room for those in it; online places have their link instead.
        location: c
            .venue
            .as_deref()
            .filter(|_| row.attendance_mode == AttendanceMode::InPerson),
        url: join_url.as_deref(),
    }];
    let places: Vec<Option<String>> = data
        .sessions
        .iter()
        .map(|s| session_location(s.location.as_deref(), c.venue.as_deref()))
        .map(|place| place.filter(|_| row.attendance_mode == AttendanceMode::InPerson))
        .collect();
    for ((s, place), description) in data.sessions.iter().zip(&places).zip(&descriptions[1..]) {
        events.push(CalendarEvent {
            uid: format!("registration-{}-session-{}@{host}", row.id, s.id),
            title: &s.title,
            description,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            location: place.as_deref(),
            url: join_url.as_deref(),
        });
    }
    calendar::render(
        &Invite {
            method,
            sequence,
            organizer: Person {
                name: organizer_name,
                email: &organizer_email,
            },
            attendee: Some(Person {
                name: &row.name,
                email: &row.email,
            }),
            events,
        },
        now,
    )
}

/// A mail to an address of its own (no registrant, no invite):
/// `multipart/alternative{ text, html }`.
pub fn message_to(
    from: &Mailbox,
    message_id: String,
    recipient: &str,
    rendered: Rendered,
) -> Result<Message, String> {
    let address = recipient
        .parse()
        .map_err(|e| format!("the address is not usable: {e}"))?;
    Message::builder()
        .from(from.clone())
        .to(Mailbox::new(None, address))
        .subject(rendered.subject)
        .message_id(Some(message_id))
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(rendered.text))
                .singlepart(SinglePart::html(rendered.html)),
        )
        .map_err(|e| e.to_string())
}

/// Where a session is: its room at the conference's venue (`Room 2, ICMPD,
/// Vienna`), so a calendar can find the building.
fn session_location(room: Option<&str>, venue: Option<&str>) -> Option<String> {
    match (room, venue) {
        (Some(room), Some(venue)) if !venue.contains(room) => Some(format!("{room}, {venue}")),
        (Some(room), _) => Some(room.to_owned()),
        (None, venue) => venue.map(str::to_owned),
    }
}

/// `multipart/mixed{ multipart/alternative{ text, html, calendar }, invite.ics }`;
/// without an invite, just the alternative. With a QR code (a PNG), the
/// alternative sits in a `multipart/related` with the image inline.
pub fn message(
    from: &Mailbox,
    message_id: String,
    data: &MailData,
    rendered: Rendered,
    invite: Option<(InviteMethod, String)>,
    qr: Option<Vec<u8>>,
    reply_to: Option<&str>,
) -> Result<Message, String> {
    let row = &data.registrant;
    let address = row
        .email
        .parse()
        .map_err(|e| format!("the registrant's address is not usable: {e}"))?;
    let to = Mailbox::new(Some(row.name.clone()), address);
    // In the organizer's name from the service's address (a relay sends for
    // its own domain only), and replies go to the organizer.
    let sender = Mailbox::new(
        Some(format!("{} via Convene", data.conference.owner_name)),
        from.email.clone(),
    );
    let mut builder = Message::builder().from(sender).to(to);
    if let Some(address) = reply_to {
        let address = address
            .parse()
            .map_err(|e| format!("the Reply-To address is not usable: {e}"))?;
        builder = builder.reply_to(Mailbox::new(None, address));
    } else if let Ok(owner) = data.conference.owner_email.parse() {
        builder = builder.reply_to(Mailbox::new(
            Some(data.conference.owner_name.clone()),
            owner,
        ));
    }
    let builder = builder
        .subject(rendered.subject)
        .message_id(Some(message_id));
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(rendered.text))
        .singlepart(SinglePart::html(rendered.html));
    let png = ContentType::parse("image/png").map_err(|e| e.to_string())?;
    let with_image = |body: MultiPart| match &qr {
        Some(image) => MultiPart::related()
            .multipart(body)
            .singlepart(Attachment::new_inline(QR_CID.to_owned()).body(image.clone(), png.clone())),
        None => body,
    };
    let result = match invite {
        None => builder.multipart(with_image(alternative)),
        Some((method, ics)) => {
            // The method parameter must equal the body's METHOD.
            let calendar_type = |extra: &str| {
                ContentType::parse(&format!(
                    "text/calendar; method={}; charset=utf-8{extra}",
                    method.as_str()
                ))
            };
            let inline = calendar_type("").map_err(|e| e.to_string())?;
            let attached = calendar_type("; name=\"invite.ics\"").map_err(|e| e.to_string())?;
            builder.multipart(
                MultiPart::mixed()
                    .multipart(with_image(alternative.singlepart(
                        SinglePart::builder().header(inline).body(ics.clone()),
                    )))
                    .singlepart(Attachment::new("invite.ics".to_owned()).body(ics, attached)),
            )
        }
    };
    result.map_err(|e| e.to_string())
}
