//! Participant reports of webinar platforms, and the guard every exported text
//! cell goes through.

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
    for record in reader.records() {
        let record = record.map_err(|e| format!("the report is not valid CSV: {e}"))?;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_lowercase()).collect();
        if let Some(i) = cells
            .iter()
            .position(|c| EMAIL_HEADERS.contains(&c.as_str()))
        {
            email_column = Some(i);
            attended_column = cells.iter().position(|c| c == "attended");
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
        if !said_no && !report.attended.contains(&normalized) {
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
    fn formulas_are_neutralized() -> Result<(), Box<dyn std::error::Error>> {
        assert_eq!(neutralize_formula("=1+1"), "'=1+1");
        assert_eq!(neutralize_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralize_formula("-2"), "'-2");
        assert_eq!(neutralize_formula("Ana"), "Ana");
        Ok(())
    }
}
