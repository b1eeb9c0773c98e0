//! How times read for people: local to the conference, with its time zone named.

use crate::domain::conference::Format;
use crate::domain::language::Language;
use chrono::{DateTime, Locale, Utc};
use chrono_tz::Tz;

/// The date as `lang` writes it, weekday and month named in it:
/// `Monday 8 June 2026`, `lundi 8 juin 2026`, `Montag, 8. Juni 2026`,
/// `lunes, 8 de junio de 2026`, `lunedì 8 giugno 2026`.
fn date_pattern(lang: Language) -> &'static str {
    match lang {
        Language::En | Language::Fr | Language::It => "%A %-d %B %Y",
        Language::De => "%A, %-d. %B %Y",
        Language::Es => "%A, %-d de %B de %Y",
    }
}

fn locale(lang: Language) -> Locale {
    match lang {
        Language::En => Locale::en_GB,
        Language::Fr => Locale::fr_FR,
        Language::De => Locale::de_DE,
        Language::Es => Locale::es_ES,
        Language::It => Locale::it_IT,
    }
}

fn local(at: DateTime<Utc>, tz: Tz, pattern: &str, lang: Language) -> String {
    at.with_timezone(&tz)
        .format_localized(pattern, locale(lang))
        .to_string()
}

/// `Monday 8 June 2026, 10:00–12:30 (Europe/Brussels, UTC+2)`, or both dates when
/// the event spans days, in `lang`.
pub fn when(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, tz: Tz, lang: Language) -> String {
    let date = date_pattern(lang);
    if starts_at.with_timezone(&tz).date_naive() == ends_at.with_timezone(&tz).date_naive() {
        format!(
            "{}, {}–{} ({})",
            local(starts_at, tz, date, lang),
            local(starts_at, tz, "%H:%M", lang),
            local(ends_at, tz, "%H:%M", lang),
            zone(tz, starts_at)
        )
    } else {
        let with_time = format!("{date}, %H:%M");
        format!(
            "{} – {} ({})",
            local(starts_at, tz, &with_time, lang),
            local(ends_at, tz, &with_time, lang),
            zone(tz, starts_at)
        )
    }
}

/// `Monday 8 June 2026, 10:30 (Europe/Brussels, UTC+2)`, in `lang`.
pub fn moment(at: DateTime<Utc>, tz: Tz, lang: Language) -> String {
    format!(
        "{} ({})",
        local(at, tz, &format!("{}, %H:%M", date_pattern(lang)), lang),
        zone(tz, at)
    )
}

/// A session in a list of choices: `Mon 10:00–11:00`, `lun. 10:00–11:00`.
pub fn short_when(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    tz: Tz,
    lang: Language,
) -> String {
    format!(
        "{}–{}",
        local(starts_at, tz, "%a %H:%M", lang),
        local(ends_at, tz, "%H:%M", lang)
    )
}

/// The zone's name with its offset from UTC at that moment, so a visitor
/// elsewhere can tell: `Europe/Brussels, UTC+2`, `Asia/Kolkata, UTC+5:30`;
/// UTC itself is just `UTC`.
pub fn zone(tz: Tz, at: DateTime<Utc>) -> String {
    use chrono::Offset;
    let seconds = at.with_timezone(&tz).offset().fix().local_minus_utc();
    if seconds == 0
        && matches!(
            tz.name(),
            "UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Universal" | "Zulu"
        )
    {
        return "UTC".into();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    let offset = if minutes == 0 {
        format!("{sign}{hours}")
    } else {
        format!("{sign}{hours}:{minutes:02}")
    };
    format!("{}, UTC{offset}", tz.name())
}

/// "Add to Google Calendar": its event template with the times (UTC) filled in.
pub fn google_calendar_url(
    title: &str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    place: &str,
    page: &str,
) -> String {
    let stamp = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("action", "TEMPLATE")
        .append_pair("text", title)
        .append_pair("dates", &format!("{}/{}", stamp(starts_at), stamp(ends_at)))
        .append_pair("location", place)
        .append_pair("details", page)
        .finish();
    format!("https://calendar.google.com/calendar/render?{query}")
}

/// "Add to Outlook": Outlook on the web's compose deeplink, times in UTC.
pub fn outlook_calendar_url(
    title: &str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    place: &str,
    page: &str,
) -> String {
    let stamp = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("path", "/calendar/action/compose")
        .append_pair("rru", "addevent")
        .append_pair("subject", title)
        .append_pair("startdt", &stamp(starts_at))
        .append_pair("enddt", &stamp(ends_at))
        .append_pair("location", place)
        .append_pair("body", page)
        .finish();
    format!("https://outlook.live.com/calendar/0/deeplink/compose?{query}")
}

pub fn format_label(format: Format, lang: Language) -> String {
    crate::i18n::t(
        lang,
        match format {
            Format::Online => "format-online",
            Format::InPerson => "format-in_person",
            Format::Hybrid => "format-hybrid",
        },
    )
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
            when(start, end, chrono_tz::Europe::Brussels, Language::En),
            "Monday 8 June 2026, 10:00–12:30 (Europe/Brussels, UTC+2)"
        );
        let next_day = Utc
            .with_ymd_and_hms(2026, 6, 9, 15, 0, 0)
            .single()
            .ok_or("no such time")?;
        assert_eq!(
            when(start, next_day, chrono_tz::UTC, Language::En),
            "Monday 8 June 2026, 08:00 – Tuesday 9 June 2026, 15:00 (UTC)"
        );
        // Each language's names and order.
        let brussels = chrono_tz::Europe::Brussels;
        assert_eq!(
            when(start, end, brussels, Language::Fr),
            "lundi 8 juin 2026, 10:00–12:30 (Europe/Brussels, UTC+2)"
        );
        assert_eq!(
            when(start, end, brussels, Language::De),
            "Montag, 8. Juni 2026, 10:00–12:30 (Europe/Brussels, UTC+2)"
        );
        assert_eq!(
            when(start, end, brussels, Language::Es),
            "lunes, 8 de junio de 2026, 10:00–12:30 (Europe/Brussels, UTC+2)"
        );
        assert_eq!(
            when(start, end, brussels, Language::It),
            "lunedì 8 giugno 2026, 10:00–12:30 (Europe/Brussels, UTC+2)"
        );
        assert_eq!(
            moment(start, brussels, Language::De),
            "Montag, 8. Juni 2026, 10:00 (Europe/Brussels, UTC+2)"
        );
        // Winter time, a half-hour zone, and west of Greenwich.
        let winter = Utc
            .with_ymd_and_hms(2026, 1, 8, 8, 0, 0)
            .single()
            .ok_or("no such time")?;
        assert_eq!(
            zone(chrono_tz::Europe::Brussels, winter),
            "Europe/Brussels, UTC+1"
        );
        assert_eq!(
            zone(chrono_tz::Asia::Kolkata, winter),
            "Asia/Kolkata, UTC+5:30"
        );
        assert_eq!(
            zone(chrono_tz::America::New_York, winter),
            "America/New_York, UTC-5"
        );
        assert_eq!(
            zone(chrono_tz::Europe::London, winter),
            "Europe/London, UTC+0"
        );
        Ok(())
    }
}
