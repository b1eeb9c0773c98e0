//! The event report and the pictures of the conference page.

use std::collections::BTreeMap;

use chrono::Utc;
use uuid::Uuid;

use super::access::Access;
use crate::db::{report, sessions, stats};
use crate::display;
use crate::domain::countries;
use crate::domain::language::Language;
use crate::domain::question::QuestionKind;
use crate::domain::report::{Report, ReportConference, ReportSession, Share};
use crate::domain::role::Action;
use crate::error::AppError;
use crate::state::AppState;

/// The report of a conference the access check let through for an export.
/// Its dates and labels are written in `lang`.
pub async fn build(state: &AppState, access: &Access, lang: Language) -> Result<Report, AppError> {
    let c = &access.conference;
    let tz = c.tz();
    let figures = stats::for_conference(&state.pool, c.id).await?;
    let programme = sessions::all(&state.pool, c.id).await?;
    let no_shows: BTreeMap<Uuid, i64> = report::session_no_shows(&state.pool, c.id)
        .await?
        .into_iter()
        .collect();
    let sessions = programme
        .iter()
        .map(|s| {
            let counted = figures.sessions.iter().find(|x| x.id == s.session.id);
            ReportSession {
                id: s.session.id,
                title: s.session.title.clone(),
                when: display::when(s.session.starts_at, s.session.ends_at, tz, lang),
                speakers: s.speakers.clone(),
                registered: counted.map(|x| x.registered).unwrap_or(0),
                attended: counted.map(|x| x.attended).unwrap_or(0),
                no_shows: no_shows.get(&s.session.id).copied().unwrap_or(0),
            }
        })
        .collect();
    let form = crate::db::questions::form(&state.pool, c.id).await?;
    let country = form
        .iter()
        .find(|q| q.data.kind == QuestionKind::Country && !q.retired);
    let countries = match country {
        None => None,
        Some(q) => Some(
            report::by_answer(&state.pool, c.id, q.id)
                .await?
                .into_iter()
                .map(|s| Share {
                    label: countries::COUNTRIES
                        .iter()
                        .find(|(code, _)| *code == s.label)
                        .map(|(_, name)| (*name).to_owned())
                        .unwrap_or(s.label),
                    count: s.count,
                })
                .collect(),
        ),
    };
    Ok(Report {
        conference: ReportConference {
            id: c.id,
            title: c.title.clone(),
            when: display::when(c.starts_at, c.ends_at, tz, lang),
            format: display::format_label(c.format, lang),
            venue: c.venue.clone(),
            started: c.starts_at <= Utc::now(),
        },
        totals: figures.counts,
        sessions,
        categories: report::by_category(&state.pool, c.id).await?,
        organisations: report::by_organisation(&state.pool, c.id).await?,
        countries,
    })
}

pub async fn for_conference(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    lang: Language,
) -> Result<(Access, Report), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Export).await?;
    let report = build(state, &access, lang).await?;
    Ok((access, report))
}

/// Sign-ups per day, cumulative, by the status each registration has now:
/// the days (in the conference's zone) and a series per status.
pub async fn sign_ups_per_day(
    state: &AppState,
    access: &Access,
) -> Result<(Vec<String>, Vec<(String, Vec<i64>)>), AppError> {
    let tz = access.conference.tz();
    let times = report::sign_up_times(&state.pool, access.conference_id()).await?;
    let Some(first) = times
        .first()
        .map(|(t, _)| t.with_timezone(&tz).date_naive())
    else {
        return Ok((Vec::new(), Vec::new()));
    };
    let last = times
        .last()
        .map(|(t, _)| t.with_timezone(&tz).date_naive())
        .unwrap_or(first);
    let days: Vec<chrono::NaiveDate> = first
        .iter_days()
        .take_while(|d| *d <= last)
        .take(400)
        .collect();
    // One pass over the registrations, then running sums: per status, the
    // sign-ups of each day (a day past the last one shown counts in it).
    let mut series: Vec<(String, Vec<i64>)> = Vec::new();
    for (t, status) in &times {
        let day = (t.with_timezone(&tz).date_naive() - first).num_days();
        let day = usize::try_from(day).unwrap_or(0).min(days.len() - 1);
        let at = match series.iter().position(|(s, _)| s == status) {
            Some(at) => at,
            None => {
                series.push((status.clone(), vec![0; days.len()]));
                series.len() - 1
            }
        };
        series[at].1[day] += 1;
    }
    for (status, values) in &mut series {
        *status = status.replace('_', " ");
        let mut running = 0;
        for v in values.iter_mut() {
            running += *v;
            *v = running;
        }
    }
    let labels = days
        .iter()
        .map(|d| d.format("%-d %b").to_string())
        .collect();
    Ok((labels, series))
}

/// The audience by category, for the conference page's picture (empty for
/// a role that may not see the report).
pub async fn categories(state: &AppState, access: &Access) -> Result<Vec<Share>, AppError> {
    if !access.role.allows(Action::Export) {
        return Ok(Vec::new());
    }
    report::by_category(&state.pool, access.conference_id()).await
}
