//! The organizers' actions on one registration, with the mail each sends.

use mail_parser::MessageParser;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, error_fields, spawn_app_with_mail};

fn subjects(raw: &[Vec<u8>]) -> Vec<(String, String, String)> {
    raw.iter()
        .map(|r| {
            let m = MessageParser::default().parse(r).expect("a MIME message");
            let to = m
                .to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned();
            let text = m.body_text(0).map(|t| t.into_owned()).unwrap_or_default();
            (to, m.subject().unwrap_or_default().to_owned(), text)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn organizers_add_change_cancel_promote_resend_and_undo() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(&org, json!({"title": "Workshop", "capacity": 1}))
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let slug = c["slug"].as_str().unwrap().to_owned();
    let base = format!("/api/v1/conferences/{cid}/registrations");
    let ana = app
        .register(&slug, "ana@example.org", json!({"name": "Ana"}))
        .await;
    let ana_id = ana.body["id"].as_str().unwrap().to_owned();
    let ben = app
        .register(&slug, "ben@example.org", json!({"name": "Ben"}))
        .await;
    let ben_id = ben.body["id"].as_str().unwrap().to_owned();
    assert_eq!(ben.body["status"], "waitlisted");
    smtp.wait_for(2).await;

    // A walk-in beyond the capacity, checked in at once, without mail.
    let walk = app
        .post(
            &base,
            Some(&org.token),
            &json!({"email": "walk@example.org", "name": "Walk In", "status": "confirmed",
                    "checked_in": true, "notify": false}),
        )
        .await;
    assert_eq!(walk.status, StatusCode::CREATED, "{}", walk.body);
    assert_eq!(walk.body["status"], "confirmed");
    assert_eq!(walk.body["walk_in"], true);
    assert_eq!(walk.body["attended"], true);
    // Without a status, the usual rule: full, so the waiting list (and a mail).
    let later = app
        .post(
            &base,
            Some(&org.token),
            &json!({"email": "cy@example.org", "name": "Cy"}),
        )
        .await;
    assert_eq!(later.body["status"], "waitlisted", "{}", later.body);
    let cy_id = later.body["id"].as_str().unwrap().to_owned();
    let twice = app
        .post(
            &base,
            Some(&org.token),
            &json!({"email": "ANA@example.org", "name": "Ana"}),
        )
        .await;
    assert_problem(&twice, StatusCode::CONFLICT);
    let bad = app
        .post(
            &base,
            Some(&org.token),
            &json!({"email": "x@example.org", "name": "X", "status": "cancelled"}),
        )
        .await;
    assert_eq!(error_fields(&bad), ["status"]);
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(
        (
            stats.body["confirmed"].as_i64(),
            stats.body["waitlisted"].as_i64()
        ),
        (Some(2), Some(2))
    );
    let raw = smtp.wait_for(3).await;
    assert!(
        subjects(&raw)
            .iter()
            .all(|(to, _, _)| to != "walk@example.org"),
        "notify: false"
    );

    // A change without mail, and one with.
    let quiet = app
        .patch(
            &format!("{base}/{ana_id}?notify=false"),
            Some(&org.token),
            &json!({"organization": "ICMPD"}),
        )
        .await;
    assert_eq!(quiet.status, StatusCode::OK, "{}", quiet.body);
    assert_eq!(quiet.body["organization"], "ICMPD");
    let told = app
        .patch(
            &format!("{base}/{ana_id}"),
            Some(&org.token),
            &json!({"category": "researcher"}),
        )
        .await;
    assert_eq!(told.body["category"], "researcher");
    let raw = smtp.wait_for(4).await;
    let updated: Vec<_> = subjects(&raw)
        .into_iter()
        .filter(|(_, s, _)| s.starts_with("Updated: "))
        .collect();
    assert_eq!(updated.len(), 1, "{:?}", subjects(&raw));

    // Promotion past the queue: Cy is second in line.
    let refused = app
        .post(
            &format!("{base}/{cy_id}/promote"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&refused, StatusCode::CONFLICT);
    let forced = app
        .post(
            &format!("{base}/{cy_id}/promote"),
            Some(&org.token),
            &json!({"force": true}),
        )
        .await;
    assert_eq!(forced.status, StatusCode::OK, "{}", forced.body);
    assert_eq!(forced.body["status"], "confirmed");

    // Cancelled by the organizers, with a reason: Ana's place goes to Ben.
    let cancelled = app
        .post(
            &format!("{base}/{ana_id}/cancel"),
            Some(&org.token),
            &json!({"reason": "You asked us to by phone."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(cancelled.body["status"], "cancelled");
    let ben_now = app
        .get(&TestAppPath::manage(&ben.body["manage_url"]), None)
        .await;
    assert_eq!(ben_now.body["status"], "confirmed");
    let raw = smtp.wait_for(7).await;
    let mails = subjects(&raw);
    let to_ana = mails
        .iter()
        .find(|(to, s, _)| to == "ana@example.org" && s.starts_with("Registration cancelled"))
        .expect("the cancellation");
    assert!(
        to_ana.2.contains("You asked us to by phone."),
        "{}",
        to_ana.2
    );

    // The mail of the current state again.
    let resent = app
        .post(
            &format!("{base}/{ben_id}/resend"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_eq!(resent.status, StatusCode::ACCEPTED);
    let raw = smtp.wait_for(8).await;
    let last = subjects(&raw[7..]);
    assert_eq!(last[0].0, "ben@example.org");

    // A check-in taken back; twice is a 409.
    let walk_id = walk.body["id"].as_str().unwrap();
    let undone = app
        .delete(&format!("{base}/{walk_id}/check-in"), Some(&org.token))
        .await;
    assert_eq!(undone.status, StatusCode::OK, "{}", undone.body);
    assert_eq!(undone.body["attended"], false);
    assert!(undone.body["checked_in_at"].is_null());
    let again = app
        .delete(&format!("{base}/{walk_id}/check-in"), Some(&org.token))
        .await;
    assert_problem(&again, StatusCode::CONFLICT);
}

struct TestAppPath;
impl TestAppPath {
    fn manage(url: &serde_json::Value) -> String {
        crate::helpers::TestApp::manage_path(url)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_dashboard_adds_a_walk_in_and_acts_on_a_registration() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let cid = c["id"].as_str().unwrap().to_owned();
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        json!({"name": "Ana"}),
    )
    .await;
    smtp.wait_for(1).await;
    let d = crate::helpers::Dash::signed_in(&app, "owner@example.org").await;
    let (_, page, _) = d
        .get(&format!("/admin/conferences/{cid}/registrations"))
        .await;
    assert!(page.contains("Add someone"), "{page}");
    // A bad address comes back with the message, what was typed kept.
    let (status, page, _) = d
        .post(
            &format!("/admin/conferences/{cid}/registrations"),
            "name=Walk+In&email=nope&walk_in=yes",
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("value=\"Walk In\""), "{page}");
    let (status, _, location) = d
        .post(
            &format!("/admin/conferences/{cid}/registrations"),
            "name=Walk+In&email=walk%40example.org&walk_in=yes&checked_in=yes",
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    let (_, page, _) = d.get(&location).await;
    assert!(page.contains("confirmed (walk-in)"), "{page}");
    assert!(page.contains("Take back the check-in"), "{page}");
    let (status, page, _) = d.post(&location, "action=undo_check_in").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("The check-in is taken back."), "{page}");
    let (status, page, _) = d.post(&location, "action=cancel&reason=Left+early").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Cancelled because"), "{page}");
    assert!(page.contains("Left early"), "{page}");
    let raw = smtp.wait_for(2).await;
    let last = subjects(&raw);
    assert!(
        last.iter().any(|(to, s, text)| to == "walk@example.org"
            && s.starts_with("Registration cancelled")
            && text.contains("Left early")),
        "{last:?}"
    );
}
