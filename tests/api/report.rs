//! The event report against the rows, its pictures, and the PDF Chromium
//! prints of it.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Organizer, TestApp, spawn_app};

/// A past online conference of three sessions with both sample reports
/// imported, a country question, categories and organisations.
async fn launch(app: &TestApp, org: &Organizer) -> String {
    let c = app
        .conference(
            org,
            json!({"title": "SPRING Launch", "starts_at": "2026-06-08T10:00:00+02:00", "ends_at": "2026-06-08T12:30:00+02:00"}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    for (title, from, to, who) in [
        (
            "Opening",
            "10:00",
            "10:20",
            json!([{"name": "Project Office", "role": "speaker"}]),
        ),
        (
            "Panel A: needs of practitioners",
            "10:20",
            "11:30",
            json!([{"name": "Panel Moderator", "affiliation": "ICMPD", "role": "moderator"}, {"name": "Jo Panel", "role": "panelist"}]),
        ),
        ("Panel B", "11:30", "12:30", json!([])),
    ] {
        let s = app
            .session(org, &cid, json!({"title": title, "starts_at": format!("2026-06-08T{from}:00+02:00"),
                                       "ends_at": format!("2026-06-08T{to}:00+02:00"), "speakers": who}))
            .await;
        assert!(s["id"].is_string(), "{s}");
    }
    let q = app
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &json!({"label": "Country", "kind": "country"}),
        )
        .await;
    let qid = q.body["id"].as_str().unwrap().to_owned();
    for (email, category, organisation, country) in [
        (
            "ana.ferreira@example.org",
            "researcher",
            "Univ. Lisboa",
            "PT",
        ),
        (
            "jonas.weber@example.net",
            "practitioner",
            "City of Bonn",
            "DE",
        ),
        (
            "piotr.kowalski@example.com",
            "policy maker",
            "City of Bonn",
            "PL",
        ),
        ("lea.martin@example.fr", "researcher", "Sciences Po", "FR"),
        ("sam@example.org", "civil society", "", "DE"),
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/registrations"),
                Some(&org.token),
                &json!({"email": email, "name": email, "category": category, "organization": organisation,
                        "answers": {qid.clone(): country}, "notify": false}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    for sample in [
        include_bytes!("../fixtures/meeting-participants.csv").to_vec(),
        include_bytes!("../fixtures/webinar-attendee-report.csv").to_vec(),
    ] {
        let r = app
            .post_raw(
                &format!("/api/v1/conferences/{cid}/attendance/import"),
                Some(&org.token),
                "text/csv",
                sample,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    cid
}

fn share(list: &Value, label: &str) -> i64 {
    list.as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == label)
        .map(|s| s["count"].as_i64().unwrap())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_gives_the_figures_of_the_stats_and_the_rows() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let cid = launch(&app, &org).await;
    let report = app
        .get(
            &format!("/api/v1/conferences/{cid}/report"),
            Some(&org.token),
        )
        .await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.body);
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    let r = &report.body;
    for k in ["registered", "attended", "no_shows", "confirmed"] {
        assert_eq!(r["totals"][k], stats.body[k], "{k}");
    }
    assert_eq!(
        (
            r["totals"]["registered"].as_i64(),
            r["totals"]["attended"].as_i64(),
            r["totals"]["no_shows"].as_i64()
        ),
        (Some(5), Some(3), Some(2))
    );
    for (i, s) in r["sessions"].as_array().unwrap().iter().enumerate() {
        assert_eq!(s["attended"], stats.body["sessions"][i]["attended"]);
        assert_eq!(s["registered"], stats.body["sessions"][i]["registered"]);
        assert_eq!(s["attended"], 3, "{s}");
    }
    assert_eq!(r["sessions"][1]["speakers"][0]["role"], "moderator");
    assert_eq!(share(&r["categories"], "researcher"), 2);
    assert_eq!(
        share(&r["categories"], "researcher"),
        app.count_rows(&format!("SELECT count(*) AS n FROM registrations WHERE conference_id = '{cid}' AND category = 'researcher'")).await
    );
    assert_eq!(share(&r["organisations"], "City of Bonn"), 2);
    assert_eq!(share(&r["organisations"], "(not given)"), 1);
    assert_eq!(share(&r["countries"], "Germany"), 2);
    assert_eq!(share(&r["countries"], "Portugal"), 1);
    let (status, _, csv) = app
        .download(
            &format!("/api/v1/conferences/{cid}/report?format=csv"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.starts_with("section,name,registered,attended,no_shows,count\n"),
        "{csv}"
    );
    assert!(csv.contains("total,SPRING Launch,5,3,2,"), "{csv}");
    assert!(csv.contains("country,Germany,,,,2"), "{csv}");
    let bad = app
        .get(
            &format!("/api/v1/conferences/{cid}/report?format=pdf"),
            Some(&org.token),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The pictures, each with its alternative.
    let cookie = app.dashboard_cookie("office@example.eu").await;
    for (path, tables) in [
        (
            format!("/admin/conferences/{cid}/report"),
            vec![
                "report-sessions",
                "by-category",
                "by-organisation",
                "by-country",
            ],
        ),
        (
            format!("/admin/conferences/{cid}"),
            vec!["signups-per-day", "categories-table"],
        ),
    ] {
        let html = app
            .client
            .get(format!("{}{path}", app.address))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.matches("<svg").count() >= 2, "{path}: {html}");
        assert!(
            html.contains("role=\"img\"") && html.contains("<title>"),
            "{path}"
        );
        assert!(!html.contains("<script"), "{path}");
        for t in tables {
            assert!(
                html.contains(&format!("id=\"{t}\"")),
                "{path} has table {t}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_report_prints_on_a4_in_chromium() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let cid = launch(&app, &org).await;
    let browser = crate::browser::Browser::start().await;
    let d = &browser.driver;
    browser.sign_in(&app.address, "office@example.eu").await;
    d.goto(format!("{}/admin/conferences/{cid}/report", app.address))
        .await
        .unwrap();
    let params = thirtyfour::common::print::PrintParameters {
        page: thirtyfour::common::print::PrintPage {
            width: 21.0,
            height: 29.7,
        },
        ..Default::default()
    };
    let pdf = d.print_page(params).await.expect("print to PDF");
    browser.quit().await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let dir =
        std::env::temp_dir().join(format!("convene-report-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    for expected in [
        "SPRING Launch: event report",
        "Panel A: needs of practitioners",
        "Moderator: Panel",
        "(ICMPD)",
        "By country",
        "Germany",
    ] {
        assert!(
            text.contains(expected),
            "the PDF says {expected:?}:\n{text}"
        );
    }
    assert!(
        !text.contains("Sign out"),
        "no navigation on paper:\n{text}"
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&file)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("595.") && info.contains("841."), "A4: {info}");
    // The first page as a picture, to look at (and for docs/ on request).
    let png = dir.join("page");
    let made = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&file)
        .arg(&png)
        .status()
        .expect("pdftoppm");
    assert!(made.success());
    let picture = std::fs::read(dir.join("page.png")).unwrap();
    assert!(picture.len() > 5_000, "a page with something on it");
    if std::env::var_os("CONVENE_SCREENSHOTS").is_some() {
        std::fs::write(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-page-1.png"),
            &picture,
        )
        .unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
}
