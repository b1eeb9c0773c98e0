//! iCalendar (RFC 5545) invites and feeds, written with the `ics` crate.
//!
//! `ics` escapes nothing and quotes no parameter: TEXT values go through
//! `escape_text`, CN values are quoted here with their `"` removed, and every
//! time is written in UTC so no VTIMEZONE is needed.

use chrono::{DateTime, Utc};
use ics::parameters::{CN, PartStat, RSVP, Role};
use ics::properties::{
    Attendee, Description, DtEnd, DtStart, Location, Method, Organizer, Sequence, Status, Summary,
    URL,
};
use ics::{Event, ICalendar, escape_text};

use crate::domain::mail::InviteMethod;

const PRODID: &str = "-//Convene//Convene registration//EN";

pub struct Person<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// One event of an invite or feed.
pub struct CalendarEvent<'a> {
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<&'a str>,
    pub url: Option<&'a str>,
}

pub struct Invite<'a> {
    pub method: InviteMethod,
    pub sequence: i32,
    pub organizer: Person<'a>,
    /// None for a public feed.
    pub attendee: Option<Person<'a>>,
    pub events: Vec<CalendarEvent<'a>>,
}

pub fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A CN parameter value: quoted, since names hold commas; `"` cannot be
/// escaped in a parameter, so it is dropped, and so are control characters.
fn common_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// A mailto address holding only characters an address may have.
fn mailto(email: &str) -> String {
    let clean: String = email
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace() && *c != '"')
        .collect();
    format!("mailto:{clean}")
}

pub fn render(invite: &Invite<'_>, now: DateTime<Utc>) -> String {
    let mut calendar = ICalendar::new("2.0", PRODID);
    calendar.push(Method::new(invite.method.as_str()));
    let stamp = utc_stamp(now);
    for e in &invite.events {
        let mut event = Event::new(e.uid.clone(), stamp.clone());
        event.push(DtStart::new(utc_stamp(e.starts_at)));
        event.push(DtEnd::new(utc_stamp(e.ends_at)));
        event.push(Summary::new(escape_text(e.title)));
        if !e.description.is_empty() {
            event.push(Description::new(escape_text(e.description)));
        }
        if let Some(location) = e.location {
            event.push(Location::new(escape_text(location)));
        }
        if let Some(url) = e.url {
            event.push(URL::new(url.to_owned()));
        }
        event.push(Sequence::new(invite.sequence.max(0).to_string()));
        event.push(match invite.method {
            InviteMethod::Cancel => Status::cancelled(),
            _ => Status::confirmed(),
        });
        let mut organizer = Organizer::new(mailto(invite.organizer.email));
        organizer.add(CN::new(common_name(invite.organizer.name)));
        event.push(organizer);
        if let Some(person) = &invite.attendee {
            let mut attendee = Attendee::new(mailto(person.email));
            attendee.add(CN::new(common_name(person.name)));
            attendee.add(Role::REQ_PARTICIPANT);
            attendee.add(match invite.method {
                InviteMethod::Cancel => PartStat::DECLINED,
                _ => PartStat::ACCEPTED,
            });
            attendee.add(RSVP::False);
            event.push(attendee);
        }
        calendar.add_event(event);
    }
    fold(&calendar.to_string())
}

/// Most octets a physical line may hold, its CRLF not counted (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// Folds every content line so that no physical line passes 75 octets, the
/// leading space of a continuation included. `ics` folds at 75 octets before
/// that space, so its continuations reach 76: its folds are undone and done
/// again here, never inside a UTF-8 character.
fn fold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut room = LINE_OCTETS;
        loop {
            let mut cut = rest.len().min(room);
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            rest = &rest[cut..];
            if rest.is_empty() {
                break;
            }
            out.push_str("\r\n ");
            room = LINE_OCTETS - 1;
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn no_physical_line_passes_75_octets() {
        let long = format!("DESCRIPTION:{}", "Panel: réseaux € énergie — ".repeat(20));
        let text = format!(
            "BEGIN:VCALENDAR\r\n{long}\r\nX:{}\r\nEND:VCALENDAR\r\n",
            "a".repeat(300)
        );
        let folded = fold(&text);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(folded.split("\r\n").any(|l| l.len() == 75));
        assert_eq!(folded.replace("\r\n ", ""), text);
        // Already short lines stay as they are.
        assert_eq!(fold("A:b\r\n"), "A:b\r\n");
    }

    #[test]
    fn an_invite_escapes_text_and_quotes_names() -> Result<(), Box<dyn std::error::Error>> {
        let start = Utc
            .with_ymd_and_hms(2026, 6, 8, 8, 0, 0)
            .single()
            .ok_or("no such time")?;
        let invite = Invite {
            method: InviteMethod::Request,
            sequence: 2,
            organizer: Person {
                name: "Convene",
                email: "no-reply@localhost",
            },
            attendee: Some(Person {
                name: "Doe, \"Jane\"",
                email: "jane@example.org",
            }),
            events: vec![CalendarEvent {
                uid: "r-1@convene".into(),
                title: "Launch; panels, and more",
                description: "Line one\nLine two",
                starts_at: start,
                ends_at: start + chrono::Duration::hours(2),
                location: None,
                url: Some("https://meet.example.org/j/1"),
            }],
        };
        let text = render(&invite, start);
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("METHOD:REQUEST"));
        assert!(unfolded.contains("SUMMARY:Launch\\; panels\\, and more"));
        assert!(unfolded.contains("CN=\"Doe, Jane\""));
        assert!(unfolded.contains("DTSTART:20260608T080000Z"));
        assert!(unfolded.contains("SEQUENCE:2"));
        Ok(())
    }
}
