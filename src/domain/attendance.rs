//! Participant reports of webinar platforms, and the guard every exported text
//! cell goes through.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::email::EmailAddress;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckInMethod {
    Manual,
    JoinLink,
    Import,
}

impl CheckInMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckInMethod::Manual => "manual",
            CheckInMethod::JoinLink => "join_link",
            CheckInMethod::Import => "import",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            CheckInMethod::Manual,
            CheckInMethod::JoinLink,
            CheckInMethod::Import,
        ]
        .into_iter()
        .find(|m| m.as_str() == value)
    }
}

/// The addresses a participant report says attended: lowercased, each once, in
/// the order they first appear.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ParticipantReport {
    pub attended: Vec<String>,
    /// Each attending row with its times as written (when the report has
    /// join and leave, or join and duration, columns).
    pub stays: Vec<Stay>,
}

/// One row of a report: who, and from when to when as the platform wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stay {
    /// Lowercased.
    pub email: String,
    pub joined: String,
    pub left: Option<String>,
    pub minutes: Option<i64>,
}

impl Stay {
    /// The interval in UTC, times without an offset read in `tz`; `None` when
    /// the join time is missing or unreadable.
    pub fn interval(&self, tz: Tz) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let joined = parse_time(&self.joined, tz)?;
        let left = self
            .left
            .as_deref()
            .and_then(|l| parse_time(l, tz))
            .or_else(|| self.minutes.map(|m| joined + Duration::minutes(m)))?;
        (left >= joined).then_some((joined, left))
    }
}

const JOIN_HEADERS: [&str; 4] = ["join time", "joined", "join", "first join time"];
const LEAVE_HEADERS: [&str; 4] = ["leave time", "left", "leave", "last leave time"];
const MINUTES_HEADERS: [&str; 3] = [
    "duration (minutes)",
    "time in session (minutes)",
    "duration",
];

/// A time as platforms write it: ISO 8601 with an offset, or local (in `tz`)
/// as `2030-06-20 10:05:00`, `2030-06-20T10:05`, `06/20/2030 10:05:00 AM`,
/// `06/20/2030 10:05:00` or `06/20/2030 10:05`.
pub fn parse_time(value: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let value = value.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(value) {
        return Some(t.with_timezone(&Utc));
    }
    const LOCAL: [&str; 8] = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
    ];
    LOCAL.iter().find_map(|f| {
        NaiveDateTime::parse_from_str(value, f)
            .ok()
            .and_then(|n| tz.from_local_datetime(&n).earliest())
            .map(|t| t.with_timezone(&Utc))
    })
}

/// A session's time, for the rules below.
#[derive(Debug, Clone, Copy)]
pub struct SessionSpan {
    pub id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A tracked join counts for the sessions running at that moment, or, when
/// none runs, for those starting within the 15 minutes after it.
pub fn sessions_of_join(at: DateTime<Utc>, sessions: &[SessionSpan]) -> Vec<Uuid> {
    let running: Vec<Uuid> = sessions
        .iter()
        .filter(|s| s.starts_at <= at && at < s.ends_at)
        .map(|s| s.id)
        .collect();
    if !running.is_empty() {
        return running;
    }
    sessions
        .iter()
        .filter(|s| at < s.starts_at && s.starts_at <= at + Duration::minutes(15))
        .map(|s| s.id)
        .collect()
}

/// A stay counts for each session it overlaps by at least 10 minutes or half
/// the session's length, whichever is shorter.
pub fn sessions_of_stay(
    joined: DateTime<Utc>,
    left: DateTime<Utc>,
    sessions: &[SessionSpan],
) -> Vec<Uuid> {
    sessions
        .iter()
        .filter(|s| {
            let overlap = left.min(s.ends_at) - joined.max(s.starts_at);
            let needed = Duration::minutes(10).min((s.ends_at - s.starts_at) / 2);
            overlap > Duration::zero() && overlap >= needed
        })
        .map(|s| s.id)
        .collect()
}

const EMAIL_HEADERS: [&str; 6] = [
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "user email",
    "attendee email",
];

/// Reads the CSV that webinar platforms export: a UTF-8 BOM, `;` or `,`
/// separators, several sections each with its own header row. The email column
/// is found by its header wherever it sits; a row whose `Attended` column says
/// `No` did not attend; rows without an address are passed over.
pub fn parse_report(bytes: &[u8]) -> Result<ParticipantReport, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the report is not UTF-8 text".to_owned())?;
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(guess_delimiter(text))
        .from_reader(text.as_bytes());
    let mut report = ParticipantReport::default();
    let mut email_column: Option<usize> = None;
    let mut attended_column: Option<usize> = None;
    let mut join_column: Option<usize> = None;
    let mut leave_column: Option<usize> = None;
    let mut minutes_column: Option<usize> = None;
    for record in reader.records() {
        let record = record.map_err(|e| format!("the report is not valid CSV: {e}"))?;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_lowercase()).collect();
        if let Some(i) = cells
            .iter()
            .position(|c| EMAIL_HEADERS.contains(&c.as_str()))
        {
            email_column = Some(i);
            attended_column = cells.iter().position(|c| c == "attended");
            let find = |names: &[&str]| cells.iter().position(|c| names.contains(&c.as_str()));
            join_column = find(&JOIN_HEADERS);
            leave_column = find(&LEAVE_HEADERS);
            minutes_column = find(&MINUTES_HEADERS);
            continue;
        }
        let Some(column) = email_column else { continue };
        let Some(cell) = record.get(column) else {
            continue;
        };
        let Ok(address) = EmailAddress::parse(cell) else {
            continue;
        };
        let said_no = attended_column
            .and_then(|a| record.get(a))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("no"));
        let normalized = address.normalized();
        if said_no {
            continue;
        }
        let cell = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty() && *v != "--")
                .map(str::to_owned)
        };
        if let Some(joined) = cell(join_column) {
            report.stays.push(Stay {
                email: normalized.clone(),
                joined,
                left: cell(leave_column),
                minutes: cell(minutes_column).and_then(|m| m.parse().ok()),
            });
        }
        if !report.attended.contains(&normalized) {
            report.attended.push(normalized);
        }
    }
    if email_column.is_none() {
        return Err("no column headed Email was found".into());
    }
    Ok(report)
}

fn guess_delimiter(text: &str) -> u8 {
    let head: String = text.lines().take(50).collect::<Vec<_>>().join("\n");
    let semicolons = head.matches(';').count();
    let commas = head.matches(',').count();
    if semicolons > commas { b';' } else { b',' }
}

/// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return) gets a leading apostrophe, so it is shown, never run.
pub fn neutralize_formula(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}").into(),
        _ => value.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_report_with_a_bom_and_rejoins() -> Result<(), Box<dyn std::error::Error>> {
        let report = parse_report(include_bytes!(
            "../../tests/fixtures/meeting-participants.csv"
        ))?;
        assert_eq!(
            report.attended,
            [
                "ana.ferreira@example.org",
                "jonas.weber@example.net",
                "piotr.kowalski@example.com",
                "walk.in@example.com"
            ]
        );
        Ok(())
    }

    #[test]
    fn a_webinar_report_with_sections_and_an_attended_column()
    -> Result<(), Box<dyn std::error::Error>> {
        let report = parse_report(include_bytes!(
            "../../tests/fixtures/webinar-attendee-report.csv"
        ))?;
        assert_eq!(
            report.attended,
            [
                "office@example.eu",
                "moderator@example.org",
                "ana.ferreira@example.org",
                "jonas.weber@example.net",
                "piotr.kowalski@example.com"
            ]
        );
        Ok(())
    }

    #[test]
    fn semicolons_and_any_column_position() -> Result<(), Box<dyn std::error::Error>> {
        let report = parse_report(b"Name;Duration;E-Mail\nA;3;A@Example.org\nB;4;b@example.org\n")?;
        assert_eq!(report.attended, ["a@example.org", "b@example.org"]);
        assert!(parse_report(b"name,when\nx,y\n").is_err());
        assert!(parse_report(b"\xff\xfe").is_err());
        Ok(())
    }

    #[test]
    fn both_samples_carry_their_join_and_leave_times() -> Result<(), Box<dyn std::error::Error>> {
        let tz: Tz = "Europe/Brussels".parse()?;
        let meeting = parse_report(include_bytes!(
            "../../tests/fixtures/meeting-participants.csv"
        ))?;
        let ana: Vec<_> = meeting
            .stays
            .iter()
            .filter(|s| s.email == "ana.ferreira@example.org")
            .collect();
        assert_eq!(ana.len(), 2, "she rejoined");
        let (from, to) = ana[0].interval(tz).ok_or("an interval")?;
        assert_eq!(from.to_rfc3339(), "2026-06-08T07:58:12+00:00");
        assert_eq!(to.to_rfc3339(), "2026-06-08T09:02:40+00:00");
        let webinar = parse_report(include_bytes!(
            "../../tests/fixtures/webinar-attendee-report.csv"
        ))?;
        let piotr = webinar
            .stays
            .iter()
            .find(|s| s.email == "piotr.kowalski@example.com")
            .ok_or("piotr")?;
        assert_eq!(
            piotr.interval(tz).map(|(f, _)| f.to_rfc3339()),
            Some("2026-06-08T08:01:30+00:00".into())
        );
        assert!(
            webinar
                .stays
                .iter()
                .all(|s| s.email != "lea.martin@example.fr")
        );
        Ok(())
    }

    #[test]
    fn times_in_the_forms_platforms_write() -> Result<(), Box<dyn std::error::Error>> {
        let tz: Tz = "Europe/Brussels".parse()?;
        let want = "2030-06-20T08:05:00+00:00";
        for v in [
            "2030-06-20 10:05:00",
            "06/20/2030 10:05:00 AM",
            "06/20/2030 10:05",
            "2030-06-20T10:05",
            "2030-06-20T08:05:00Z",
        ] {
            assert_eq!(
                parse_time(v, tz).map(|t| t.to_rfc3339()).as_deref(),
                Some(want),
                "{v}"
            );
        }
        assert_eq!(parse_time("soon", tz), None);
        Ok(())
    }

    fn span(id: u128, from: (u32, u32), to: (u32, u32)) -> SessionSpan {
        let at = |(h, m): (u32, u32)| {
            Utc.with_ymd_and_hms(2030, 6, 20, h, m, 0)
                .single()
                .unwrap_or_default()
        };
        SessionSpan {
            id: Uuid::from_u128(id),
            starts_at: at(from),
            ends_at: at(to),
        }
    }

    #[test]
    fn a_join_counts_for_the_running_session_or_the_next_within_15_minutes() {
        let sessions = [span(1, (10, 0), (11, 0)), span(2, (11, 15), (12, 0))];
        let at = |h, m| {
            Utc.with_ymd_and_hms(2030, 6, 20, h, m, 0)
                .single()
                .unwrap_or_default()
        };
        assert_eq!(
            sessions_of_join(at(10, 30), &sessions),
            [Uuid::from_u128(1)]
        );
        assert_eq!(
            sessions_of_join(at(9, 45), &sessions),
            [Uuid::from_u128(1)],
            "just before"
        );
        assert_eq!(
            sessions_of_join(at(9, 44), &sessions),
            Vec::<Uuid>::new(),
            "too early"
        );
        assert_eq!(
            sessions_of_join(at(11, 0), &sessions),
            [Uuid::from_u128(2)],
            "in the break"
        );
        assert_eq!(
            sessions_of_join(at(12, 0), &sessions),
            Vec::<Uuid>::new(),
            "after the end"
        );
    }

    #[test]
    fn a_stay_counts_for_sessions_it_overlaps_long_enough() {
        let sessions = [span(1, (10, 0), (11, 0)), span(2, (11, 0), (11, 12))];
        let at = |h, m| {
            Utc.with_ymd_and_hms(2030, 6, 20, h, m, 0)
                .single()
                .unwrap_or_default()
        };
        // A leave in the middle of the first: 30 minutes of it.
        assert_eq!(
            sessions_of_stay(at(9, 50), at(10, 30), &sessions),
            [Uuid::from_u128(1)]
        );
        // Nine minutes of an hour is not enough; ten is.
        assert!(sessions_of_stay(at(10, 51), at(11, 0), &sessions).is_empty());
        assert_eq!(
            sessions_of_stay(at(10, 50), at(11, 0), &sessions),
            [Uuid::from_u128(1)]
        );
        // Half of a 12-minute session (6 minutes) is shorter than ten.
        assert_eq!(
            sessions_of_stay(at(11, 6), at(11, 30), &sessions),
            [Uuid::from_u128(2)]
        );
        assert!(sessions_of_stay(at(11, 7), at(11, 30), &sessions).is_empty());
    }

    #[test]
    fn formulas_are_neutralized() -> Result<(), Box<dyn std::error::Error>> {
        assert_eq!(neutralize_formula("=1+1"), "'=1+1");
        assert_eq!(neutralize_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralize_formula("-2"), "'-2");
        assert_eq!(neutralize_formula("Ana"), "Ana");
        Ok(())
    }
}
