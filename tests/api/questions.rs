use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Organizer, TestApp, error_fields, spawn_app};

struct Form {
    conference: String,
    slug: String,
    sector: String,
    topics: String,
    country: String,
    dietary: String,
    photos: String,
}

async fn question(app: &TestApp, org: &Organizer, cid: &str, body: Value) -> String {
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &body,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.body["id"].as_str().unwrap().to_owned()
}

async fn a_form(app: &TestApp, org: &Organizer) -> Form {
    let c = app.conference(org, json!({})).await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let sector = question(app, org, &cid, json!({"label": "Sector", "kind": "single_choice", "required": true, "choices": ["Policy", "Research", "Civil society"], "position": 1})).await;
    let topics = question(app, org, &cid, json!({"label": "Topics", "kind": "multiple_choice", "choices": ["Migration", "Housing", "Labour"], "position": 2})).await;
    let country = question(
        app,
        org,
        &cid,
        json!({"label": "Country", "kind": "country", "position": 3}),
    )
    .await;
    let dietary = question(app, org, &cid, json!({"label": "Dietary needs", "kind": "long_text", "help_text": "Only for the in-person dinner", "position": 4})).await;
    let photos = question(app, org, &cid, json!({"label": "I agree to be photographed", "kind": "checkbox", "required": true, "position": 5})).await;
    Form {
        slug: c["slug"].as_str().unwrap().to_owned(),
        conference: cid,
        sector,
        topics,
        country,
        dietary,
        photos,
    }
}

fn answers(f: &Form, sector: &str) -> Value {
    json!({
        f.sector.clone(): sector,
        f.topics.clone(): ["Housing", "Migration"],
        f.country.clone(): "be",
        f.dietary.clone(): "Vegetarian",
        f.photos.clone(): true,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn questions_are_asked_validated_stored_and_listed() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let f = a_form(&app, &org).await;

    let public = app
        .get(&format!("/api/v1/public/conferences/{}", f.slug), None)
        .await;
    let labels: Vec<&str> = public.body["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Sector",
            "Topics",
            "Country",
            "Dietary needs",
            "I agree to be photographed"
        ]
    );

    // Each invalid answer is named; nothing is stored.
    let r = app
        .register(
            &f.slug,
            "ana@example.org",
            json!({"answers": {f.sector.clone(): "Other", f.topics.clone(): "Housing", f.country.clone(): "XX", f.photos.clone(): false, "not-a-question": "x"}}),
        )
        .await;
    let fields = error_fields(&r);
    for id in [&f.sector, &f.topics, &f.country, &f.photos] {
        assert!(fields.contains(&format!("answers.{id}")), "{fields:?}");
    }
    assert!(fields.contains(&"answers.not-a-question".to_owned()));
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        0
    );
    // Required questions must be answered.
    let r = app.register(&f.slug, "ana@example.org", json!({})).await;
    let fields = error_fields(&r);
    assert!(fields.contains(&format!("answers.{}", f.sector)));
    assert!(fields.contains(&format!("answers.{}", f.photos)));

    let r = app
        .register(
            &f.slug,
            "ana@example.org",
            json!({"answers": answers(&f, "Research")}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let list = app.registrations(&org, &f.conference, "").await;
    let stored = &list[0]["answers"];
    assert_eq!(stored[&f.sector], "Research");
    assert_eq!(stored[&f.topics], json!(["Housing", "Migration"]));
    assert_eq!(stored[&f.country], "BE");
    assert_eq!(stored[&f.photos], true);

    // The registrant changes their answers through the manage link.
    let manage = TestApp::manage_path(&r.body["manage_url"]);
    let mut changed = answers(&f, "Policy");
    changed[&f.topics] = json!(["Labour"]);
    let r = app.patch(&manage, None, &json!({"answers": changed})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["answers"][&f.sector], "Policy");
    assert_eq!(r.body["answers"][&f.topics], json!(["Labour"]));
    let r = app
        .patch(
            &manage,
            None,
            &json!({"answers": {f.sector.clone(): "Nope"}}),
        )
        .await;
    let fields = error_fields(&r);
    assert!(fields.contains(&format!("answers.{}", f.sector)));
    assert_eq!(
        app.get(&manage, None).await.body["answers"][&f.sector],
        "Policy"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn changing_a_question_never_corrupts_answers() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let f = a_form(&app, &org).await;
    let r = app
        .register(
            &f.slug,
            "ana@example.org",
            json!({"answers": answers(&f, "Research")}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    // Relabel and retire the answered choice: the answer stays as given.
    let r = app
        .patch(
            &format!("/api/v1/questions/{}", f.sector),
            Some(&org.token),
            &json!({"label": "Your sector", "choices": ["Policy", "Civil society", "Business"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["retired_choices"], json!(["Research"]));
    // A retired choice is no longer accepted from new registrants.
    let r = app
        .register(
            &f.slug,
            "ben@example.org",
            json!({"answers": answers(&f, "Research")}),
        )
        .await;
    assert!(error_fields(&r).contains(&format!("answers.{}", f.sector)));
    // Its kind is fixed once answered.
    let r = app
        .patch(
            &format!("/api/v1/questions/{}", f.sector),
            Some(&org.token),
            &json!({"kind": "short_text", "choices": []}),
        )
        .await;
    assert!(error_fields(&r).contains(&"kind".to_owned()));
    // Deleting an answered question retires it; an unanswered one goes.
    let r = app
        .delete(&format!("/api/v1/questions/{}", f.topics), Some(&org.token))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["retired"], true);
    let spare = question(
        &app,
        &org,
        &f.conference,
        json!({"label": "Spare", "kind": "short_text"}),
    )
    .await;
    let r = app
        .delete(&format!("/api/v1/questions/{spare}"), Some(&org.token))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let public = app
        .get(&format!("/api/v1/public/conferences/{}", f.slug), None)
        .await;
    assert_eq!(public.body["questions"].as_array().unwrap().len(), 4);

    let list = app.registrations(&org, &f.conference, "").await;
    assert_eq!(list[0]["answers"][&f.sector], "Research");
    assert_eq!(
        list[0]["answers"][&f.topics],
        json!(["Housing", "Migration"])
    );
    let (_, _, csv) = app
        .download(
            &format!("/api/v1/conferences/{}/export?format=csv", f.conference),
            &org.token,
        )
        .await;
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let row: Vec<String> = reader
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].clone();
    assert_eq!(cell("Your sector"), "Research");
    assert_eq!(cell("Topics"), "Housing; Migration");
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_are_columns_of_every_export_and_filters_of_the_list() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let f = a_form(&app, &org).await;
    for (email, sector) in [
        ("ana@example.org", "Research"),
        ("ben@example.org", "Policy"),
        ("eve@example.org", "Research"),
    ] {
        let mut given = answers(&f, sector);
        if email == "ben@example.org" {
            given[&f.topics] = json!(["Labour"]);
            given[&f.dietary] = json!("=1+1");
        }
        let r = app
            .register(&f.slug, email, json!({"answers": given}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let emails = |list: Vec<Value>| -> Vec<String> {
        list.iter()
            .map(|r| r["email"].as_str().unwrap().to_owned())
            .collect()
    };
    let research = app
        .registrations(
            &org,
            &f.conference,
            &format!("?question={}&answer=Research", f.sector),
        )
        .await;
    assert_eq!(emails(research), ["ana@example.org", "eve@example.org"]);
    let housing = app
        .registrations(
            &org,
            &f.conference,
            &format!("?question={}&answer=Housing", f.topics),
        )
        .await;
    assert_eq!(emails(housing), ["ana@example.org", "eve@example.org"]);
    let r = app
        .get(
            &format!(
                "/api/v1/conferences/{}/registrations?question={}",
                f.conference, f.sector
            ),
            Some(&org.token),
        )
        .await;
    assert!(error_fields(&r).contains(&"answer".to_owned()));
    // An export with a filter that cannot apply is refused before it starts.
    for (query, field) in [
        (
            format!("question={}&answer=x", uuid_of_nothing()),
            "question",
        ),
        (format!("question={}&answer=maybe", f.photos), "answer"),
    ] {
        let r = app
            .get(
                &format!(
                    "/api/v1/conferences/{}/export?format=csv&{query}",
                    f.conference
                ),
                Some(&org.token),
            )
            .await;
        assert!(
            error_fields(&r).contains(&field.to_owned()),
            "{query}: {}",
            r.body
        );
    }

    // CSV: a column per question, formulas neutralised, filters apply.
    let (status, _, csv) = app
        .download(
            &format!(
                "/api/v1/conferences/{}/export?format=csv&question={}&answer=Policy",
                f.conference, f.sector
            ),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert!(header.ends_with(&[
        "Sector".to_owned(),
        "Topics".to_owned(),
        "Country".to_owned(),
        "Dietary needs".to_owned(),
        "I agree to be photographed".to_owned()
    ]));
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 1);
    let n = header.len();
    assert_eq!(
        rows[0][n - 5..],
        ["Policy", "Labour", "Belgium", "'=1+1", "yes"]
    );

    // XLSX: the same columns.
    let (_, _, xlsx) = app
        .download(
            &format!("/api/v1/conferences/{}/export?format=xlsx", f.conference),
            &org.token,
        )
        .await;
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let sheet = book.worksheet_range("Attendees").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let sector_col = header.iter().position(|h| h == "Sector").unwrap();
    let firsts: Vec<Data> = sheet
        .rows()
        .skip(1)
        .map(|r| r[sector_col].clone())
        .collect();
    assert_eq!(
        firsts,
        [
            Data::String("Research".into()),
            Data::String("Policy".into()),
            Data::String("Research".into())
        ]
    );

    // JSON: a field per question, named by its label.
    let (_, _, body) = app
        .download(
            &format!("/api/v1/conferences/{}/export?format=json", f.conference),
            &org.token,
        )
        .await;
    let rows: Vec<Value> = serde_json::from_slice(&body).unwrap();
    assert_eq!(rows[0]["Country"], "Belgium");
    assert_eq!(rows[0]["Topics"], "Housing; Migration");
}

#[tokio::test(flavor = "multi_thread")]
async fn question_rules_and_ownership() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let stranger = app.organizer("stranger@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let path = format!("/api/v1/conferences/{cid}/questions");
    for (body, field) in [
        (json!({"kind": "short_text"}), "label"),
        (
            json!({"label": "Sector", "kind": "single_choice"}),
            "choices",
        ),
        (
            json!({"label": "Name", "kind": "short_text", "choices": ["a"]}),
            "choices",
        ),
        (
            json!({"label": "Sector", "kind": "single_choice", "choices": ["a", "a"]}),
            "choices",
        ),
        (json!({"label": " ", "kind": "checkbox"}), "label"),
    ] {
        let r = app.post(&path, Some(&org.token), &body).await;
        assert!(
            error_fields(&r).contains(&field.to_owned()),
            "{body}: {}",
            r.body
        );
    }
    let r = app
        .post(
            &path,
            Some(&org.token),
            &json!({"label": "x", "kind": "essay"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let q = question(
        &app,
        &org,
        cid,
        json!({"label": "Sector", "kind": "short_text"}),
    )
    .await;
    for r in [
        app.post(
            &path,
            Some(&stranger.token),
            &json!({"label": "x", "kind": "short_text"}),
        )
        .await,
        app.get(&path, Some(&stranger.token)).await,
        app.patch(
            &format!("/api/v1/questions/{q}"),
            Some(&stranger.token),
            &json!({"label": "y"}),
        )
        .await,
        app.delete(&format!("/api/v1/questions/{q}"), Some(&stranger.token))
            .await,
    ] {
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    }
    let listed = app.get(&path, Some(&org.token)).await;
    assert_eq!(listed.body[0]["label"], "Sector");
}

fn uuid_of_nothing() -> String {
    "01a2135b-5727-775c-8ce6-d8c823a98455".to_owned()
}
