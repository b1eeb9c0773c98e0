//! The dashboard sets what the API sets: the conference's slug, window and
//! reminders; "Duplicate"; deleting a draft; and the check-in team sees only
//! what it needs.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{Dash, spawn_app};

const FIELDS: &str = "title=Practitioners+Workshop&description=Two+days&timezone=Europe%2FBrussels\
&starts_at=2099-06-08T10%3A00&ends_at=2099-06-08T17%3A00&format=in_person&venue=ICMPD%2C+Vienna\
&status=published&confirmation_hold_minutes=30";

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_sets_slug_window_and_reminders_duplicates_and_deletes() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let d = Dash::signed_in(&app, "owner@example.org").await;
    let (status, _, location) = d
        .post(
            "/admin/conferences",
            &format!("{FIELDS}&slug=pw-2099&registration_opens_at=2099-05-01T09%3A00&registration_closes_at=2099-06-07T18%3A00&reminder_minutes=2880%2C+60"),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let path = location.unwrap();
    let id = path.rsplit('/').next().unwrap().to_owned();
    let c = app
        .get(&format!("/api/v1/conferences/{id}"), Some(&org.token))
        .await;
    assert_eq!(c.body["slug"], "pw-2099");
    assert_eq!(c.body["registration_opens_at"], "2099-05-01T09:00:00+02:00");
    assert_eq!(
        c.body["registration_closes_at"],
        "2099-06-07T18:00:00+02:00"
    );
    assert_eq!(c.body["reminder_minutes"], json!([2880, 60]));
    let (_, html, _) = d.get(&path).await;
    assert!(
        html.contains("value=\"2880, 60\"") && html.contains("value=\"pw-2099\""),
        "{html}"
    );

    // Bad reminders come back with the message, nothing changes.
    let (status, html, _) = d
        .post(
            &path,
            &format!("{FIELDS}&slug=pw-2099&reminder_minutes=soon"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("whole numbers separated by commas"), "{html}");
    // Clearing the window and the reminders.
    let (status, _, _) = d
        .post(&path, &format!("{FIELDS}&slug=pw-2099&reminder_minutes="))
        .await;
    assert_eq!(status, StatusCode::OK);
    let c = app
        .get(&format!("/api/v1/conferences/{id}"), Some(&org.token))
        .await;
    assert!(c.body["registration_opens_at"].is_null());
    assert_eq!(c.body["reminder_minutes"], json!([]));

    // Duplicate: a draft a week later, then deleted.
    let (status, _, location) = d
        .post(
            &format!("{path}/copy"),
            "copy_starts_at=2099-06-15T10%3A00&copy_title=Workshop+II",
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let copy_path = location.unwrap();
    let copy_id = copy_path.rsplit('/').next().unwrap().to_owned();
    let copy = app
        .get(&format!("/api/v1/conferences/{copy_id}"), Some(&org.token))
        .await;
    assert_eq!(copy.body["title"], "Workshop II");
    assert_eq!(copy.body["status"], "draft");
    assert_eq!(copy.body["ends_at"], "2099-06-15T17:00:00+02:00");
    let (_, html, _) = d.get(&copy_path).await;
    assert!(html.contains("Delete this draft"), "{html}");
    let (status, _, location) = d.post(&format!("{copy_path}/delete"), "").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/admin"));
    let gone = app
        .get(&format!("/api/v1/conferences/{copy_id}"), Some(&org.token))
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    // A published conference is not deleted.
    let (status, _, _) = d.post(&format!("{path}/delete"), "").await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _, _) = d.post(&format!("{path}/copy"), "copy_starts_at=").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_check_in_team_sees_the_counts_and_its_page_only() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    app.organizer("door@example.org").await;
    let c = app.conference(&org, json!({"title": "Door Day"})).await;
    let cid = c["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/conferences/{cid}/members"),
        Some(&org.token),
        &json!({"email": "door@example.org", "role": "checkin"}),
    )
    .await;
    let d = Dash::signed_in(&app, "door@example.org").await;
    let (status, html, _) = d.get(&format!("/admin/conferences/{cid}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("registered"), "the counts: {html}");
    assert!(
        !html.contains("Save changes")
            && !html.contains("Add a session")
            && !html.contains("Duplicate"),
        "{html}"
    );
    for page in ["registrations", "messages", "team", "applications"] {
        let (status, _, _) = d.get(&format!("/admin/conferences/{cid}/{page}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
    }
    let (status, _, _) = d.get(&format!("/admin/conferences/{cid}/check-in")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_adds_orders_changes_and_removes_questions() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let d = Dash::signed_in(&app, "owner@example.org").await;
    let path = format!("/admin/conferences/{cid}/questions");
    let (status, _, _) = d
        .post(
            &path,
            "label=Sector&kind=single_choice&choices=Research%0APolicy&required=yes",
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = d.post(&path, "label=Diet&kind=short_text").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, html, _) = d.post(&path, "label=&kind=short_text").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("label"), "{html}");
    let list = || async {
        app.get(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
        )
        .await
        .body
    };
    let qs = list().await;
    assert_eq!(qs[0]["label"], "Sector");
    assert_eq!(qs[0]["choices"], json!(["Research", "Policy"]));
    let diet = qs[1]["id"].as_str().unwrap().to_owned();
    let (status, _, _) = d
        .post(&format!("/admin/questions/{diet}"), "action=up")
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let qs = list().await;
    assert_eq!(
        (qs[0]["label"].as_str(), qs[1]["label"].as_str()),
        (Some("Diet"), Some("Sector"))
    );
    let (status, html, _) = d.get(&format!("/admin/questions/{diet}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("value=\"Diet\""), "{html}");
    let (status, _, _) = d
        .post(
            &format!("/admin/questions/{diet}"),
            "action=save&label=Dietary+needs&help_text=Allergies+too",
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(list().await[0]["label"], "Dietary needs");
    let (status, _, _) = d
        .post(&format!("/admin/questions/{diet}"), "action=remove")
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let qs = list().await;
    assert_eq!(qs.as_array().unwrap().len(), 1, "{qs}");
}
