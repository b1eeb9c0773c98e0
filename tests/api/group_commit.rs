//! Group commit: sign-ups arriving together are written by one statement and
//! one commit, and each keeps its own outcome.

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

/// The service's own counters: (batches written, sign-ups in them).
async fn batches(app: &TestApp) -> (f64, f64) {
    let text = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics text");
    let value = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (value("signup_batches_total"), value("signup_batched_total"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_written_together_gives_each_sign_up_its_own_answer() {
    // One writer: everything that arrives while it writes waits for the next batch.
    let app = spawn_app_with(|s| s.sign_up_writers = 1).await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"capacity": 20, "categories": ["Research", "Policy"]}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let cid = c["id"].as_str().unwrap().to_owned();
    let other = app
        .conference(&org, json!({"title": "Another event"}))
        .await;
    let foreign = app
        .session(&org, other["id"].as_str().unwrap(), json!({}))
        .await;
    let foreign = foreign["id"].as_str().unwrap().to_owned();

    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Kind {
        Unique,
        Twice,
        BadCategory,
        ForeignSession,
    }
    let plan: Vec<(Kind, String, Value)> = (0..70)
        .map(|i| match i % 7 {
            1 => (Kind::Twice, "twice@example.org".to_owned(), json!({})),
            3 if i < 40 => (
                Kind::BadCategory,
                format!("cat{i}@example.org"),
                json!({"category": "Astrology"}),
            ),
            5 if i < 40 => (
                Kind::ForeignSession,
                format!("session{i}@example.org"),
                json!({"sessions": [foreign]}),
            ),
            _ => (Kind::Unique, format!("p{i}@example.org"), json!({})),
        })
        .collect();
    let replies = join_all(
        plan.iter()
            .map(|(_, email, extra)| app.register(&slug, email, extra.clone())),
    )
    .await;

    let of = |kind: Kind| {
        plan.iter()
            .zip(&replies)
            .filter(move |((k, _, _), _)| *k == kind)
            .map(|(_, r)| r)
    };
    let twice: Vec<StatusCode> = of(Kind::Twice).map(|r| r.status).collect();
    assert_eq!(twice.len(), 10);
    assert_eq!(
        twice.iter().filter(|s| **s == StatusCode::CREATED).count(),
        1,
        "{twice:?}"
    );
    for r in of(Kind::Twice).filter(|r| r.status != StatusCode::CREATED) {
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
        assert_eq!(r.content_type, "application/problem+json");
        assert!(
            r.body["detail"]
                .as_str()
                .unwrap_or_default()
                .contains("already registered"),
            "{}",
            r.body
        );
    }
    for (kind, field) in [
        (Kind::BadCategory, "category"),
        (Kind::ForeignSession, "sessions"),
    ] {
        for r in of(kind) {
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
            assert!(r.body["errors"].get(field).is_some(), "{field}: {}", r.body);
        }
    }
    let unique: Vec<&crate::helpers::Reply> = of(Kind::Unique).collect();
    assert!(
        unique.iter().all(|r| r.status == StatusCode::CREATED),
        "{:?}",
        unique.iter().map(|r| r.status).collect::<Vec<_>>()
    );

    // Exactly the capacity confirmed; with one writer, batches follow each
    // other, so every confirmed sign-up came before every waitlisted one.
    let written = 1 + unique.len() as i64;
    let confirmed = app
        .count_rows(&format!(
            "SELECT count(*) AS n FROM registrations WHERE conference_id = '{cid}' AND status = 'confirmed'"
        ))
        .await;
    assert_eq!(confirmed, 20);
    let out_of_order = app
        .count_rows(&format!(
            "SELECT count(*) AS n FROM registrations w JOIN registrations c
               ON c.conference_id = w.conference_id AND c.status = 'confirmed'
            WHERE w.conference_id = '{cid}' AND w.status = 'waitlisted' AND w.seq < c.seq"
        ))
        .await;
    assert_eq!(
        out_of_order, 0,
        "a later sign-up took a seat before an earlier one"
    );
    // Every sign-up's mail is in the outbox, written in its commit; nothing
    // of a refused one is.
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM registrations WHERE conference_id = '{cid}'"
        ))
        .await,
        written
    );
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM outbox WHERE conference_id = '{cid}'"
        ))
        .await,
        written
    );
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM seats WHERE conference_id = '{cid}' AND registration_id IS NOT NULL"
        ))
        .await,
        20
    );
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.body["confirmed"], 20);
    assert_eq!(stats.body["waitlisted"], written - 20);

    let (count, sign_ups) = batches(&app).await;
    assert!(
        sign_ups > count,
        "some sign-ups should have shared a batch: {sign_ups} sign-ups in {count} batches"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_batch_that_fails_as_a_whole_is_written_again_one_by_one() {
    use convene::db::group_commit::{SignUpRow, SignUps};
    use convene::domain::registration::{RegistrationStatus, SignUpOutcome};

    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 5})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let first = app.register(&slug, "first@example.org", json!({})).await;
    assert_eq!(first.status, StatusCode::CREATED);

    let pool = convene::db::pool(&app.db_url, 4, convene::db::PoolMode::Session).unwrap();
    let sign_ups = SignUps::start(pool, 32, 1);
    let row = |i: usize, manage: Vec<u8>| SignUpRow {
        slug: slug.clone(),
        at: chrono::Utc::now(),
        id: uuid::Uuid::now_v7(),
        email: format!("b{i}@example.org"),
        name: "Ana Ferreira".into(),
        organization: None,
        category: None,
        sessions: vec![],
        manage_hash: manage,
        join_hash: (0..32).map(|b| (b + i) as u8 ^ 0x5a).collect(),
        confirm_hash: vec![7; 32],
        mail_id: uuid::Uuid::now_v7(),
        answers: json!({}),
        form_version: None,
        mode: None,
        language: None,
    };
    // A manage hash the first registration already has: the unique index
    // refuses the whole statement, which no outcome of sign_up_at foresees.
    let taken: Vec<u8> = {
        use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
        #[derive(diesel::QueryableByName)]
        struct Hash {
            #[diesel(sql_type = diesel::sql_types::Bytea)]
            h: Vec<u8>,
        }
        let mut conn = AsyncPgConnection::establish(&app.db_url).await.unwrap();
        let hash: Hash =
            diesel::sql_query("SELECT manage_token_hash AS h FROM registrations LIMIT 1")
                .get_result(&mut conn)
                .await
                .unwrap();
        hash.h
    };
    let rows: Vec<SignUpRow> = (0..12)
        .map(|i| {
            if i == 6 {
                row(i, taken.clone())
            } else {
                row(i, (0..32).map(|b| (b * 3 + i) as u8).collect())
            }
        })
        .collect();
    let outcomes = join_all(rows.into_iter().map(|r| sign_ups.write(r))).await;
    for (i, outcome) in outcomes.iter().enumerate() {
        if i == 6 {
            assert!(
                matches!(outcome, Err(convene::error::AppError::Conflict(_))),
                "{outcome:?}"
            );
        } else {
            assert!(
                matches!(
                    outcome,
                    Ok(SignUpOutcome::Registered(
                        RegistrationStatus::Confirmed | RegistrationStatus::Waitlisted
                    ))
                ),
                "{i}: {outcome:?}"
            );
        }
    }
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        12
    );
    assert_eq!(app.count_rows("SELECT count(*) AS n FROM outbox").await, 12);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE status = 'confirmed'")
            .await,
        5
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_ups_while_the_database_drops_every_connection_are_acknowledged_or_503() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 100})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let name = app.db.as_ref().unwrap().name.clone();
    let load = join_all((0..300).map(|i| {
        let slug = slug.clone();
        let app = &app;
        async move {
            tokio::time::sleep(std::time::Duration::from_millis(i as u64 * 2)).await;
            let r = app
                .register(&slug, &format!("p{i}@example.org"), json!({}))
                .await;
            (i, r)
        }
    }));
    let outage = async {
        for _ in 0..4 {
            tokio::time::sleep(std::time::Duration::from_millis(120)).await;
            // What a PostgreSQL restart does to every open connection.
            app.execute(&format!(
                "SELECT pg_terminate_backend(pid)::int FROM pg_stat_activity
                  WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            ))
            .await;
        }
    };
    let (replies, ()) = tokio::join!(load, outage);
    let mut acknowledged = Vec::new();
    for (i, r) in &replies {
        match r.status {
            StatusCode::CREATED => acknowledged.push(r.body["id"].as_str().unwrap().to_owned()),
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(r.content_type, "application/problem+json", "{i}")
            }
            other => panic!("sign-up {i}: {other} {}", r.body),
        }
    }
    assert!(!acknowledged.is_empty());
    let list = acknowledged
        .iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM registrations r JOIN outbox o ON o.registration_id = r.id
              WHERE r.id IN ({list})"
        ))
        .await,
        acknowledged.len() as i64,
        "every acknowledged sign-up is stored with its mail"
    );
    assert!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE status = 'confirmed'")
            .await
            <= 100
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_form_changed_on_another_instance_is_never_checked_against_a_stale_copy() {
    let first = spawn_app().await;
    let second = crate::helpers::spawn_instance(&first.db_url, |_| {}).await;
    let org = first.organizer("guia@example.org").await;
    let c = first.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let cid = c["id"].as_str().unwrap().to_owned();
    let sector = second
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &json!({"label": "Sector", "kind": "single_choice", "required": true,
                    "choices": ["Policy", "Research"]}),
        )
        .await;
    assert_eq!(sector.status, StatusCode::CREATED, "{}", sector.body);
    let sector = sector.body["id"].as_str().unwrap().to_owned();
    // The first instance reads the form and keeps it.
    let r = first
        .register(
            &slug,
            "a@example.org",
            json!({"answers": {&sector: "Policy"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    // A choice added through the other instance: the kept copy would refuse it.
    let r = second
        .patch(
            &format!("/api/v1/questions/{sector}"),
            Some(&org.token),
            &json!({"choices": ["Policy", "Research", "Civil society"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = first
        .register(
            &slug,
            "b@example.org",
            json!({"answers": {&sector: "Civil society"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    // A required question added there: the kept copy would let its absence through.
    let role = second
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &json!({"label": "Role", "kind": "short_text", "required": true}),
        )
        .await;
    assert_eq!(role.status, StatusCode::CREATED, "{}", role.body);
    let role = role.body["id"].as_str().unwrap().to_owned();
    let r = first
        .register(
            &slug,
            "c@example.org",
            json!({"answers": {&sector: "Research"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body["errors"].get(format!("answers.{role}")).is_some(),
        "{}",
        r.body
    );
    assert_eq!(
        first
            .count_rows(&format!(
                "SELECT count(*) AS n FROM registrations WHERE conference_id = '{cid}'"
            ))
            .await,
        2
    );
}
