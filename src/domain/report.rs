//! The event report an EU-funded project hands to its funder: the figures,
//! and the pictures of them (SVG drawn here, with no script).

use std::fmt::Write as _;

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::session::Speaker;
use super::stats::Counts;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Report {
    pub conference: ReportConference,
    /// The same counts as `/stats`.
    pub totals: Counts,
    pub sessions: Vec<ReportSession>,
    /// Active registrations by "You are".
    pub categories: Vec<Share>,
    /// Active registrations by organisation, as written.
    pub organisations: Vec<Share>,
    /// Active registrations by the answer to the country question, when the
    /// form has one.
    pub countries: Option<Vec<Share>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportConference {
    pub id: Uuid,
    pub title: String,
    /// Local date and time with the zone.
    pub when: String,
    pub format: String,
    pub venue: Option<String>,
    /// Whether it has started: before, nobody can be a no-show yet.
    pub started: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportSession {
    pub id: Uuid,
    pub title: String,
    pub when: String,
    pub speakers: Vec<Speaker>,
    /// Active registrations that chose it.
    pub registered: i64,
    /// Attendance records of the session (check-ins, tracked joins, report rows).
    pub attended: i64,
    /// Confirmed registrants of the session with no attendance record of it.
    pub no_shows: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Share {
    pub label: String,
    pub count: i64,
}

/// The report as CSV: one line per figure, `section,name,registered,attended,no_shows,count`.
pub fn csv(report: &Report) -> String {
    let mut out = String::from("section,name,registered,attended,no_shows,count\n");
    let cell = |v: &str| {
        let v = super::attendance::neutralize_formula(v);
        if v.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.into_owned()
        }
    };
    let t = &report.totals;
    let _ = writeln!(
        out,
        "total,{},{},{},{},",
        cell(&report.conference.title),
        t.registered,
        t.attended,
        t.no_shows
    );
    for s in &report.sessions {
        let _ = writeln!(
            out,
            "session,{},{},{},{},",
            cell(&s.title),
            s.registered,
            s.attended,
            s.no_shows
        );
    }
    let mut shares = |section: &str, list: &[Share]| {
        for s in list {
            let _ = writeln!(out, "{section},{},,,,{}", cell(&s.label), s.count);
        }
    };
    shares("category", &report.categories);
    shares("organisation", &report.organisations);
    if let Some(c) = &report.countries {
        shares("country", c);
    }
    out
}

fn esc(v: &str) -> String {
    v.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One bar per item, each with one or two values (`first` dark, `second`
/// light), a label and the figures; the SVG names itself for screen readers
/// (`title`), and the page puts a table of the same figures next to it.
pub fn bars(title: &str, rows: &[(String, i64, Option<i64>)]) -> String {
    let width = 640;
    let label_w = 220;
    let bar_h = 14;
    let gap = 10;
    let row_h = if rows.iter().any(|r| r.2.is_some()) {
        bar_h * 2 + 4 + gap
    } else {
        bar_h + gap
    };
    let height = (rows.len() as i64 * row_h as i64).max(row_h as i64) + 10;
    let most = rows
        .iter()
        .map(|r| r.1.max(r.2.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = |v: i64| v * (width - label_w - 60) / most;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = esc(title)
    );
    for (i, (label, first, second)) in rows.iter().enumerate() {
        let y = i as i64 * row_h as i64 + 5;
        let short: String = label.chars().take(32).collect();
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\" font-size=\"12\" fill=\"#1b1b1b\">{}</text>",
            y + 11,
            esc(&short)
        );
        let _ = write!(
            svg,
            "<rect x=\"{label_w}\" y=\"{y}\" width=\"{}\" height=\"{bar_h}\" fill=\"#1d4ed8\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1b1b1b\">{first}</text>",
            scale(*first),
            label_w + scale(*first) + 4,
            y + 11
        );
        if let Some(second) = second {
            let y2 = y + bar_h as i64 + 2;
            let _ = write!(
                svg,
                "<rect x=\"{label_w}\" y=\"{y2}\" width=\"{}\" height=\"{bar_h}\" fill=\"#93c5fd\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1b1b1b\">{second}</text>",
                scale(*second),
                label_w + scale(*second) + 4,
                y2 + 11
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Cumulative sign-ups per day, one line per status; `days` are the labels
/// and `series` (status, cumulative count per day).
pub fn lines(title: &str, days: &[String], series: &[(String, Vec<i64>)]) -> String {
    let (width, height, left, bottom) = (640i64, 220i64, 40i64, 30i64);
    let most = series
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let n = days.len().max(2) as i64 - 1;
    let x = |i: usize| left + i as i64 * (width - left - 10) / n.max(1);
    let y = |v: i64| height - bottom - v * (height - bottom - 10) / most;
    let colours = [
        "#1d4ed8", "#f59e0b", "#6b7280", "#16a34a", "#b91c1c", "#7c3aed",
    ];
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = esc(title)
    );
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/><text x=\"0\" y=\"{}\" font-size=\"11\" fill=\"#555\">{most}</text><text x=\"0\" y=\"{}\" font-size=\"11\" fill=\"#555\">0</text>",
        height - bottom,
        width - 10,
        height - bottom,
        y(most) + 4,
        height - bottom
    );
    if let (Some(first), Some(last)) = (days.first(), days.last()) {
        let _ = write!(
            svg,
            "<text x=\"{left}\" y=\"{}\" font-size=\"11\" fill=\"#555\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">{}</text>",
            height - 10,
            esc(first),
            width - 10,
            height - 10,
            esc(last)
        );
    }
    for (k, (status, values)) in series.iter().enumerate() {
        let colour = colours[k % colours.len()];
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", x(i), y(*v)))
            .collect();
        let _ = write!(
            svg,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"{colour}\">{}</text>",
            points.join(" "),
            left + 6 + k as i64 * 100,
            14,
            esc(status)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_name_themselves_and_escape_labels() {
        let svg = bars("Per session", &[("<b>Panel</b>".into(), 10, Some(4))]);
        assert!(svg.contains("<title>Per session</title>"));
        assert!(svg.contains("&lt;b&gt;Panel"));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn lines_draw_one_polyline_per_status() {
        let svg = lines(
            "Sign-ups",
            &["1 Jun".into(), "2 Jun".into()],
            &[
                ("confirmed".into(), vec![1, 3]),
                ("waitlisted".into(), vec![0, 1]),
            ],
        );
        assert_eq!(svg.matches("<polyline").count(), 2);
    }
}
