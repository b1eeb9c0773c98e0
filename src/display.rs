//! How times read for people: local to the conference, with its time zone named.

use crate::domain::conference::Format;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// `Monday 8 June 2026, 10:00–12:30 (Europe/Brussels)`, or both dates when
/// the event spans days.
pub fn when(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, tz: Tz) -> String {
    let start = starts_at.with_timezone(&tz);
    let end = ends_at.with_timezone(&tz);
    if start.date_naive() == end.date_naive() {
        format!(
            "{}, {}–{} ({})",
            start.format("%A %-d %B %Y"),
            start.format("%H:%M"),
            end.format("%H:%M"),
            tz.name()
        )
    } else {
        format!(
            "{} – {} ({})",
            start.format("%A %-d %B %Y, %H:%M"),
            end.format("%A %-d %B %Y, %H:%M"),
            tz.name()
        )
    }
}

/// `Monday 8 June 2026, 10:30 (Europe/Brussels)`.
pub fn moment(at: DateTime<Utc>, tz: Tz) -> String {
    format!(
        "{} ({})",
        at.with_timezone(&tz).format("%A %-d %B %Y, %H:%M"),
        tz.name()
    )
}

pub fn format_label(format: Format) -> &'static str {
    match format {
        Format::Online => "Online",
        Format::InPerson => "In person",
        Format::Hybrid => "Hybrid (in person and online)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn local_times_name_their_zone() -> Result<(), Box<dyn std::error::Error>> {
        let start = Utc
            .with_ymd_and_hms(2026, 6, 8, 8, 0, 0)
            .single()
            .ok_or("no such time")?;
        let end = Utc
            .with_ymd_and_hms(2026, 6, 8, 10, 30, 0)
            .single()
            .ok_or("no such time")?;
        assert_eq!(
            when(start, end, chrono_tz::Europe::Brussels),
            "Monday 8 June 2026, 10:00–12:30 (Europe/Brussels)"
        );
        let next_day = Utc
            .with_ymd_and_hms(2026, 6, 9, 15, 0, 0)
            .single()
            .ok_or("no such time")?;
        assert_eq!(
            when(start, next_day, chrono_tz::UTC),
            "Monday 8 June 2026, 08:00 – Tuesday 9 June 2026, 15:00 (UTC)"
        );
        Ok(())
    }
}
