use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{Organizer, TestApp, spawn_app};

async fn a_conference_with_tricky_names(app: &TestApp, org: &Organizer) -> (String, Vec<String>) {
    let c = app
        .conference(
            org,
            json!({"capacity": 3, "categories": ["@cmd", "\tTab", "researcher", "y"]}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let panel = app.session(org, &cid, json!({"title": "Panel, one"})).await;
    let slug = c["slug"].as_str().unwrap();
    let mut ids = Vec::new();
    for (email, name, org_name, category) in [
        (
            "a@example.org",
            "=HYPERLINK(\"http://evil\")",
            "+1 Org",
            "@cmd",
        ),
        ("b@example.org", "Zoë \"Quoted\", Jr.", "-minus", "\tTab"),
        ("c@example.org", "Line\u{2028}Sep", "Normal", "researcher"),
        ("d@example.org", "Waitlisted Person", "X", "y"),
    ] {
        let r = app
            .register(slug, email, json!({"name": name, "organization": org_name, "category": category, "sessions": [panel["id"]]}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        ids.push(r.body["id"].as_str().unwrap().to_owned());
    }
    app.post(
        &format!(
            "/api/v1/conferences/{cid}/registrations/{}/check-in",
            ids[1]
        ),
        Some(&org.token),
        &json!({}),
    )
    .await;
    (cid, ids)
}

#[tokio::test(flavor = "multi_thread")]
async fn csv_is_rfc_4180_with_formulas_neutralized() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let (cid, ids) = a_conference_with_tricky_names(&app, &org).await;
    let (status, content_type, body) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=csv"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(body.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "registration_id",
            "name",
            "email",
            "organization",
            "category",
            "status",
            "sessions",
            "registered_at",
            "checked_in_at",
            "attended",
            "attendance_mode"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][0], ids[0].as_str());
    assert_eq!(&rows[0][1], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(&rows[0][3], "'+1 Org");
    assert_eq!(&rows[0][4], "'@cmd");
    assert_eq!(&rows[1][1], "Zoë \"Quoted\", Jr.");
    assert_eq!(&rows[1][3], "'-minus");
    // Leading white space never reaches the database (inputs are trimmed).
    assert_eq!(&rows[1][4], "Tab");
    assert_eq!(&rows[1][9], "yes");
    assert!(!rows[1][8].is_empty());
    assert_eq!(&rows[0][6], "Panel, one");
    assert_eq!(&rows[3][5], "waitlisted");

    let (_, _, filtered) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=csv&status=confirmed&attended=true"),
            &org.token,
        )
        .await;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(filtered.as_slice())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][2], "b@example.org");

    let (_, _, empty) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?q=nobody"),
            &org.token,
        )
        .await;
    assert_eq!(
        String::from_utf8(empty).unwrap().lines().count(),
        1,
        "just the header"
    );
    let (status, _, _) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=pdf"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread")]
async fn xlsx_is_a_real_workbook() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let (cid, _) = a_conference_with_tricky_names(&app, &org).await;
    let (status, content_type, body) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=xlsx"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.contains("spreadsheetml"));
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(body)).expect("an XLSX workbook");
    let range = workbook
        .worksheet_range("Attendees")
        .expect("the Attendees sheet");
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0][1], Data::String("name".into()));
    assert_eq!(
        rows[1][1],
        Data::String("'=HYPERLINK(\"http://evil\")".into())
    );
    assert_eq!(rows[2][9], Data::Bool(true));
    assert_eq!(rows[1][9], Data::Bool(false));
}

#[tokio::test(flavor = "multi_thread")]
async fn json_export_is_one_array() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let (cid, _) = a_conference_with_tricky_names(&app, &org).await;
    let (status, _, body) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=json"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&body).expect("a JSON array");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["sessions"], json!(["Panel, one"]));
    assert_eq!(rows[1]["attended"], true);
    let (_, _, none) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=json&q=nobody"),
            &org.token,
        )
        .await;
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&none).unwrap(),
        json!([])
    );
}
