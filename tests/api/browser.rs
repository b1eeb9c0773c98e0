//! End to end in headless Chromium (Debian's chromium and chromium-driver),
//! driven over WebDriver.

use std::time::Duration;

use mail_parser::MimeHeaders;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::helpers::spawn_app;

/// A chromedriver of this test's own, and a browser session on it.
/// Types `text` into the element `by` finds.
pub async fn type_into(d: &WebDriver, by: By, text: impl Into<TypingData>) {
    d.find(by).await.unwrap().send_keys(text).await.unwrap();
}

/// Clicks the element `by` finds.
pub async fn click(d: &WebDriver, by: By) {
    d.find(by).await.unwrap().click().await.unwrap();
}

pub struct Browser {
    pub driver: WebDriver,
    chromedriver: std::process::Child,
}

impl Browser {
    pub async fn start() -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let chromedriver = std::process::Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("chromedriver (apt-get install chromium chromium-driver)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary("/usr/bin/chromium").unwrap();
        let profile = std::env::temp_dir().join(format!(
            "convene-chromium-{}",
            uuid::Uuid::new_v4().simple()
        ));
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1200,1400",
            &format!("--user-data-dir={}", profile.display()),
        ] {
            caps.add_arg(arg).unwrap();
        }
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps)
            .await
            .expect("a Chromium session");
        Browser {
            driver,
            chromedriver,
        }
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.driver
            .find(By::Css(css))
            .await
            .expect(css)
            .text()
            .await
            .expect("text")
    }

    /// Waits (10 s at most) until the element's text contains `expected`: a
    /// click that submits a form returns before the next page is there.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let mut last = String::new();
        for _ in 0..100 {
            if let Ok(element) = self.driver.find(By::Css(css)).await
                && let Ok(text) = element.text().await
            {
                if text.contains(expected) {
                    return text;
                }
                last = text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never showed {expected:?}; last seen {last:?}");
    }

    /// A number a script returns.
    pub async fn number(&self, script: &str) -> i64 {
        self.driver
            .execute(script, Vec::new())
            .await
            .expect(script)
            .json()
            .as_i64()
            .expect("a number")
    }

    /// The page's width and the window's inner width: a page wider than
    /// its window scrolls sideways.
    pub async fn widths(&self) -> (i64, i64) {
        (
            self.number("return document.documentElement.scrollWidth")
                .await,
            self.number("return document.documentElement.clientWidth")
                .await,
        )
    }

    /// Signs in to the dashboard as `email` (the tests' password).
    pub async fn sign_in(&self, address: &str, email: &str) {
        let d = &self.driver;
        d.goto(format!("{address}/admin/login")).await.unwrap();
        type_into(d, By::Id("f-email"), email).await;
        type_into(d, By::Id("f-password"), "a long enough password").await;
        click(d, By::Css("form button[type=submit]")).await;
        self.wait_for_text("h1", "").await;
    }

    pub async fn quit(mut self) {
        let driver = self.driver.clone();
        let _ = driver.quit().await;
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }

    /// Saves a screenshot under docs/ when CONVENE_SCREENSHOTS is set (to
    /// refresh the README's pictures).
    pub async fn screenshot_for_docs(&self, name: &str) {
        if std::env::var_os("CONVENE_SCREENSHOTS").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("docs")
                .join(name);
            let _ = std::fs::create_dir_all(path.parent().unwrap());
            self.driver.screenshot(&path).await.expect("screenshot");
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_attendee_signs_up_manages_and_cancels_in_a_browser() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"capacity": 120, "description": "The conference is a working session on knowledge and needs among researchers, policy makers and practitioners.\n\nIt advances practices in the integration of newly arrived migrants."}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    app.session(&org, cid, json!({"title": "Opening by the project coordinator", "starts_at": "2099-06-08T10:00:00+02:00", "ends_at": "2099-06-08T10:15:00+02:00", "speakers": [{"name": "Guia Gilardoni", "affiliation": "SPRING", "role": "speaker"}]})).await;
    let panel = app
        .session(
            &org,
            cid,
            json!({"title": "The role of knowledge exchange", "capacity": 80}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap();

    let browser = Browser::start().await;
    let d = &browser.driver;
    d.goto(format!("{}/c/{slug}", app.address)).await.unwrap();
    assert_eq!(browser.text_of("h1").await, "SPRING Launch Conference");
    assert!(
        browser
            .text_of(".when")
            .await
            .contains("(Europe/Brussels, UTC+2)")
    );
    assert!(d.source().await.unwrap().contains("Moderator"));
    browser.screenshot_for_docs("event-page.png").await;

    type_into(d, By::Id("f-name"), "Ana Ferreira").await;
    type_into(d, By::Id("f-email"), "ana@example.org").await;
    type_into(d, By::Id("f-organization"), "PICUM").await;
    let panel_box = format!(
        "input[name=sessions][value='{}']",
        panel["id"].as_str().unwrap()
    );
    click(d, By::Css(&panel_box)).await;
    click(d, By::Id("f-consent")).await;
    click(d, By::Css("form button[type=submit]")).await;

    browser.wait_for_text("h1", "You are registered").await;
    let manage = d
        .find(By::Id("manage-link"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    assert!(manage.contains("/r/"));
    // The confirmation says when and where, and offers the calendars.
    assert!(browser.text_of("#when").await.contains("UTC+2"));
    for id in ["add-ics", "add-google", "add-outlook"] {
        let href = d
            .find(By::Id(id))
            .await
            .unwrap()
            .attr("href")
            .await
            .unwrap()
            .unwrap();
        assert!(!href.is_empty(), "{id}");
        if id == "add-google" {
            assert!(
                href.contains("dates=20990608T080000Z%2F20990608T103000Z"),
                "{href}"
            );
        }
    }
    // On a phone (360 px) nothing widens the page, the manage link included.
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    let (width, viewport) = browser.widths().await;
    assert!(
        width <= viewport,
        "the page is {width} px wide in a {viewport} px window"
    );
    browser.screenshot_for_docs("confirmation-phone.png").await;
    d.set_window_rect(0, 0, 1200, 1400).await.unwrap();
    let listed = app.registrations(&org, cid, "").await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["organization"], "PICUM");
    assert_eq!(listed[0]["sessions"], json!([panel["id"]]));

    d.goto(&manage).await.unwrap();
    browser.wait_for_text("#status", "Confirmed").await;
    assert!(
        d.find(By::Id("join")).await.is_ok(),
        "a confirmed online registrant sees the join link"
    );
    click(d, By::Id("cancel")).await;
    browser
        .wait_for_text("h1", "Cancel your registration?")
        .await;
    click(d, By::Id("confirm-cancel")).await;
    browser.wait_for_text("#status", "Cancelled").await;
    assert!(d.find(By::Id("join")).await.is_err());
    assert_eq!(
        app.registrations(&org, cid, "?status=cancelled")
            .await
            .len(),
        1
    );
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_form_with_errors_keeps_what_was_typed() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.goto(format!("{}/c/{}", app.address, c["slug"].as_str().unwrap()))
        .await
        .unwrap();
    type_into(d, By::Id("f-name"), "Jonas Weber").await;
    type_into(d, By::Id("f-email"), "jonas-at-example").await;
    type_into(d, By::Id("f-organization"), "<b>Bold</b> & Co").await;
    click(d, By::Css("form button[type=submit]")).await;

    browser
        .wait_for_text("[role=alert]", "correct the fields")
        .await;
    assert!(browser.text_of("#e-email").await.contains("email address"));
    assert!(browser.text_of("#e-consent").await.contains("agree"));
    // The page starts with the summary, which has the focus and links to
    // each field (on a phone the notice would be below the fold otherwise).
    let focused = d.active_element().await.unwrap();
    assert_eq!(
        focused.attr("id").await.unwrap().as_deref(),
        Some("error-summary")
    );
    let links = d.find_all(By::Css("#error-summary a")).await.unwrap();
    let mut targets = Vec::new();
    for link in links {
        targets.push(link.attr("href").await.unwrap().unwrap_or_default());
    }
    assert!(
        targets.iter().any(|t| t.ends_with("#f-email")),
        "{targets:?}"
    );
    assert!(
        targets.iter().any(|t| t.ends_with("#f-consent")),
        "{targets:?}"
    );
    let kept = |id: &'static str| async move {
        d.find(By::Id(id))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(kept("f-name").await, "Jonas Weber");
    assert_eq!(kept("f-email").await, "jonas-at-example");
    assert_eq!(kept("f-organization").await, "<b>Bold</b> & Co");
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        0
    );
    browser.quit().await;
}

/// Sets an input's value the way a date picker would.
async fn set_value(d: &WebDriver, css: &str, value: &str) {
    let element = d.find(By::Css(css)).await.expect(css);
    d.execute(
        "arguments[0].value = arguments[1];",
        vec![element.to_json().unwrap(), json!(value)],
    )
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_organizer_runs_a_conference_from_the_dashboard() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let browser = Browser::start().await;
    let d = &browser.driver;

    d.goto(format!("{}/admin", app.address)).await.unwrap();
    browser.wait_for_text("h1", "Organizer sign-in").await;
    type_into(d, By::Id("f-email"), "guia@example.org").await;
    type_into(d, By::Id("f-password"), "wrong password").await;
    click(d, By::Css("form button[type=submit]")).await;
    browser.wait_for_text("[role=alert]", "wrong").await;
    type_into(d, By::Id("f-password"), "a long enough password").await;
    click(d, By::Css("main form button[type=submit]")).await;
    browser.wait_for_text("h1", "Your conferences").await;
    let cookie = d.get_named_cookie("convene_session").await.unwrap();

    d.goto(format!("{}/admin/conferences/new", app.address))
        .await
        .unwrap();
    type_into(d, By::Id("c-title"), "SPRING Launch Conference").await;
    set_value(d, "#c-starts_at", "2099-06-08T10:00").await;
    set_value(d, "#c-ends_at", "2099-06-08T12:30").await;
    type_into(d, By::Id("c-online_url"), "https://meet.example.org/j/1").await;
    type_into(d, By::Id("c-capacity"), "120").await;
    set_value(d, "#c-status", "published").await;
    click(d, By::Id("create")).await;
    browser
        .wait_for_text("h1", "SPRING Launch Conference")
        .await;
    let url = d.current_url().await.unwrap().to_string();
    let cid = url.rsplit('/').next().unwrap().to_owned();

    for (title, start, end, speakers) in [
        (
            "The role of knowledge exchange",
            "2099-06-08T10:15",
            "2099-06-08T11:15",
            "Sarah Spencer | COMPAS | moderator\nKarel Arnaut | ReROOT | panelist",
        ),
        (
            "What works in informing communities",
            "2099-06-08T11:30",
            "2099-06-08T12:15",
            "Irena Guidikova | Intercultural Cities | panelist",
        ),
    ] {
        click(d, By::Css("details summary")).await;
        type_into(d, By::Id("s-title"), title).await;
        set_value(d, "#s-starts_at", start).await;
        set_value(d, "#s-ends_at", end).await;
        set_value(d, "#s-speakers", speakers).await;
        click(d, By::Id("add-session")).await;
        browser.wait_for_text(".sessions", title).await;
    }
    let sessions = app
        .get(
            &format!("/api/v1/conferences/{cid}/sessions"),
            Some(&org.token),
        )
        .await;
    assert_eq!(sessions.body.as_array().unwrap().len(), 2);
    assert_eq!(sessions.body[0]["speakers"][0]["role"], "moderator");

    let r = app
        .register(
            "spring-launch-conference",
            "ana@example.org",
            json!({"name": "Ana Ferreira", "sessions": [sessions.body[0]["id"]]}),
        )
        .await;
    assert_eq!(r.status, reqwest::StatusCode::CREATED, "{}", r.body);

    d.goto(format!(
        "{}/admin/conferences/{cid}/registrations",
        app.address
    ))
    .await
    .unwrap();
    browser
        .wait_for_text("#registrations", "ana@example.org")
        .await;
    set_value(d, "#q", "nobody-like-this").await;
    click(d, By::Css("form.filters button")).await;
    browser
        .wait_for_text("#registrations", "Nobody matches")
        .await;

    let export = d
        .find(By::Id("export-csv"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let csv = reqwest::Client::new()
        .get(format!(
            "{}{}",
            app.address,
            export.replace("&q=nobody-like-this", "")
        ))
        .header("cookie", format!("convene_session={}", cookie.value))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), reqwest::StatusCode::OK);
    let body = csv.text().await.unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][2], "ana@example.org");

    d.goto(format!(
        "{}/admin/conferences/{cid}/check-in?q=ana",
        app.address
    ))
    .await
    .unwrap();
    click(d, By::Css(".check-in-button")).await;
    browser
        .wait_for_text("[role=status]", "Ana Ferreira is checked in")
        .await;
    let listed = app.registrations(&org, &cid, "").await;
    assert_eq!(listed[0]["attended"], true);

    d.goto(format!("{}/admin/conferences/{cid}", app.address))
        .await
        .unwrap();
    browser.wait_for_text("main", "1 attended").await;
    browser.screenshot_for_docs("dashboard.png").await;
    click(d, By::Id("sign-out")).await;
    browser.wait_for_text("h1", "Organizer sign-in").await;
    d.goto(format!("{}/admin", app.address)).await.unwrap();
    browser.wait_for_text("h1", "Organizer sign-in").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_questions_are_answered_on_the_page_and_changed_later() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let mut ids = Vec::new();
    for body in [
        json!({"label": "Sector", "kind": "single_choice", "required": true, "choices": ["Policy", "Research"]}),
        json!({"label": "Topics", "kind": "multiple_choice", "choices": ["Migration", "Housing"]}),
        json!({"label": "Country", "kind": "country"}),
        json!({"label": "I agree to be photographed", "kind": "checkbox", "required": true}),
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/questions"),
                Some(&org.token),
                &body,
            )
            .await;
        ids.push(r.body["id"].as_str().unwrap().to_owned());
    }
    let field = |i: usize| format!("answers.{}", ids[i]);

    let browser = Browser::start().await;
    let d = &browser.driver;
    d.goto(format!("{}/c/{slug}", app.address)).await.unwrap();
    let click = |css: String| async move {
        d.find(By::Css(&css))
            .await
            .expect(&css)
            .click()
            .await
            .unwrap();
    };
    type_into(d, By::Id("f-name"), "Ana Ferreira").await;
    type_into(d, By::Id("f-email"), "ana@example.org").await;
    click(format!("input[name='{}'][value='Housing']", field(1))).await;
    click("#f-consent".to_owned()).await;
    click("form button[type=submit]".to_owned()).await;

    // The page comes back with the messages next to the unanswered questions
    // and what was already ticked still ticked.
    let sector_error = browser
        .wait_for_text(&format!("[id='e-{}']", field(0)), "required")
        .await;
    assert!(sector_error.contains("is required"));
    assert!(
        browser
            .text_of(&format!("[id='e-{}']", field(3)))
            .await
            .contains("required")
    );
    let housing = d
        .find(By::Css(format!(
            "input[name='{}'][value='Housing']",
            field(1)
        )))
        .await
        .unwrap();
    assert!(housing.is_selected().await.unwrap());
    assert_eq!(app.registrations(&org, cid, "").await.len(), 0);

    click(format!("input[name='{}'][value='Research']", field(0))).await;
    click(format!("select[name='{}'] option[value='BE']", field(2))).await;
    click(format!("input[name='{}']", field(3))).await;
    click("form button[type=submit]".to_owned()).await;
    browser.wait_for_text("h1", "You are registered").await;
    let listed = app.registrations(&org, cid, "").await;
    assert_eq!(listed[0]["answers"][&ids[0]], "Research");
    assert_eq!(listed[0]["answers"][&ids[1]], json!(["Housing"]));
    assert_eq!(listed[0]["answers"][&ids[2]], "BE");
    assert_eq!(listed[0]["answers"][&ids[3]], true);

    // Later, from the manage page.
    let manage = d
        .find(By::Id("manage-link"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    d.goto(&manage).await.unwrap();
    browser.wait_for_text("#status", "Confirmed").await;
    click(format!("input[name='{}'][value='Policy']", field(0))).await;
    click(format!("input[name='{}'][value='Migration']", field(1))).await;
    click("#save-answers".to_owned()).await;
    browser
        .wait_for_text(".notice", "Your answers are saved")
        .await;
    let listed = app.registrations(&org, cid, "").await;
    assert_eq!(listed[0]["answers"][&ids[0]], "Policy");
    assert_eq!(
        listed[0]["answers"][&ids[1]],
        json!(["Migration", "Housing"])
    );
    browser.quit().await;
}

/// An in-person confirmation as a phone shows it: the mail's HTML at phone
/// width, the inline QR code in place, nothing wider than the screen.
#[tokio::test(flavor = "multi_thread")]
async fn a_confirmation_mail_reads_on_a_phone() {
    let (app, smtp) = crate::helpers::spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"title": "Communities of practice workshop", "format": "in_person", "venue": "ICMPD, Rue Belliard 159, Brussels", "online_url": null}),
        )
        .await;
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        json!({"name": "Ana Ferreira"}),
    )
    .await;
    let raw = smtp.wait_for(1).await;
    let message = mail_parser::MessageParser::default()
        .parse(&raw[0])
        .unwrap();
    let html = message.body_html(0).unwrap().into_owned();
    let png = message
        .parts
        .iter()
        .find(|p| p.is_content_type("image", "png"))
        .unwrap()
        .contents()
        .to_vec();
    use base64::Engine;
    let inline = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    );
    // What a mail client does with the cid: reference.
    let page = html.replace("cid:check-in-qr", &inline);
    let file = std::env::temp_dir().join(format!(
        "convene-mail-{}.html",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::write(&file, page).unwrap();
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    d.goto(format!("file://{}", file.display())).await.unwrap();
    let (width, viewport) = browser.widths().await;
    let image = browser
        .number("return document.images[0].naturalWidth")
        .await;
    assert!(
        width <= viewport,
        "the mail is {width} px wide in {viewport} px"
    );
    assert!(image > 100, "the QR code shows ({image} px)");
    browser
        .screenshot_for_docs("mail-confirmation-phone.png")
        .await;
    browser.quit().await;
    let _ = std::fs::remove_file(file);
}

/// The pages people meet first pass axe-core with no serious or critical
/// violation, and fit a 360 px phone without sideways scrolling (the
/// registrations table scrolls inside its own focusable region).
#[tokio::test(flavor = "multi_thread")]
async fn the_main_pages_pass_axe_and_fit_a_phone() {
    let axe_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".test-tools/node_modules/axe-core/axe.min.js");
    let axe = std::fs::read_to_string(&axe_path).unwrap_or_else(|_| {
        panic!(
            "axe-core is missing at {}: ./run-tests installs it",
            axe_path.display()
        )
    });
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, json!({"status": "published", "capacity": 1, "format": "in_person", "venue": "ICMPD, Brussels", "online_url": null}))
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let cid = c["id"].as_str().unwrap().to_owned();
    let first = app
        .register(
            &slug,
            "ana.ferreira.with.a.long.address@example.org",
            json!({"organization": "A rather long organisation name, Europe"}),
        )
        .await;
    app.register(&slug, "jonas@example.org", json!({})).await;
    // An application waiting for a decision, and a scheduled message.
    let workshop = app
        .conference(&org, json!({"slug": "workshop", "require_approval": true}))
        .await;
    let wid = workshop["id"].as_str().unwrap().to_owned();
    app.register(
        "workshop",
        "applicant.with.a.long.address@example.org",
        json!({"organization": "A rather long organisation name, Europe"}),
    )
    .await;
    let q = app
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &json!({"label": "Sector", "kind": "single_choice", "choices": ["Research", "Policy"]}),
        )
        .await;
    let qid = q.body["id"].as_str().unwrap().to_owned();
    let hybrid = app
        .conference(&org, json!({"slug": "hybrid-day", "format": "hybrid", "venue": "ICMPD, Vienna", "in_person_capacity": 5}))
        .await;
    assert_eq!(hybrid["format"], "hybrid");
    let hybrid_reg = app
        .register(
            "hybrid-day",
            "hybrid@example.org",
            json!({"attendance_mode": "online"}),
        )
        .await;
    let session = app
        .session(
            &org,
            &cid,
            json!({"title": "Panel on a rather long subject that wraps", "speakers": [{"name": "Ana", "role": "moderator"}]}),
        )
        .await;
    let sid = session["id"].as_str().unwrap().to_owned();
    let m = app
        .post(
            &format!("/api/v1/conferences/{cid}/messages"),
            Some(&org.token),
            &json!({"subject": "The room changed to the large hall on the ground floor", "body": "See you there.", "send_at": "2099-01-01T09:00:00Z"}),
        )
        .await;
    assert_eq!(m.status, reqwest::StatusCode::CREATED, "{}", m.body);
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    browser.sign_in(&app.address, "guia@example.org").await;
    let pages = [
        format!("/c/{slug}"),
        first.body["manage_url"]
            .as_str()
            .unwrap()
            .trim_start_matches(&app.address)
            .to_owned(),
        format!("/c/{slug}/manage-link"),
        format!("/admin/conferences/{cid}"),
        format!("/admin/conferences/{cid}/registrations"),
        format!("/admin/conferences/{cid}/check-in"),
        format!(
            "/admin/conferences/{cid}/registrations/{}",
            first.body["id"].as_str().unwrap()
        ),
        format!("/admin/conferences/{wid}/applications"),
        "/admin/signup".to_owned(),
        "/admin/reset".to_owned(),
        "/admin/account".to_owned(),
        format!("/admin/conferences/{cid}/team"),
        format!("/admin/questions/{qid}"),
        "/".to_owned(),
        "/admin".to_owned(),
        "/admin/conferences/new".to_owned(),
        format!("/admin/sessions/{sid}"),
        format!(
            "{}/cancel",
            first.body["manage_url"]
                .as_str()
                .unwrap()
                .trim_start_matches(&app.address)
        ),
        "/api/docs".to_owned(),
        "/c/hybrid-day".to_owned(),
        hybrid_reg.body["manage_url"]
            .as_str()
            .unwrap()
            .trim_start_matches(&app.address)
            .to_owned(),
        format!("/admin/conferences/{cid}/messages"),
        format!("/admin/conferences/{cid}/messages/new"),
        format!("/c/{slug}/embed"),
        format!("/c/{slug}?lang=de"),
        format!("/admin/conferences/{cid}?lang=fr"),
    ];
    for path in pages {
        d.goto(format!("{}{path}", app.address)).await.unwrap();
        let (width, viewport) = browser.widths().await;
        assert!(
            width <= viewport,
            "{path} is {width} px wide in {viewport} px"
        );
        d.execute(&axe, Vec::new()).await.unwrap();
        let found = d
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                Vec::new(),
            )
            .await
            .unwrap();
        let violations: Vec<String> = serde_json::from_value(found.json().clone()).unwrap();
        assert!(violations.is_empty(), "{path}: {violations:#?}");
        if path.ends_with("/registrations") {
            // Every column shows on the phone: each registration is a card.
            let hidden = d
                .execute(
                    "const wrap = document.querySelector('.table-wrap');
                     return wrap.scrollWidth - wrap.clientWidth;",
                    Vec::new(),
                )
                .await
                .unwrap();
            assert!(
                hidden.json().as_i64().unwrap() <= 0,
                "columns hidden past the edge"
            );
            let last = d
                .execute(
                    "const cell = document.querySelector('td[data-label=Registered]');
                     const box = cell.getBoundingClientRect();
                     return box.width > 0 && box.right <= document.documentElement.clientWidth;",
                    Vec::new(),
                )
                .await
                .unwrap();
            assert_eq!(
                last.json().as_bool(),
                Some(true),
                "the last column is on screen"
            );
            browser.screenshot_for_docs("registrations-phone.png").await;
        }
    }
    browser.quit().await;
}

/// The check-in QR code, decoded from the mail, opened by a phone that is
/// signed out: the sign-in page, then back to the registrant, one tap.
#[tokio::test(flavor = "multi_thread")]
async fn a_team_members_phone_checks_someone_in_from_the_qr_code() {
    let (app, smtp) = crate::helpers::spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "ICMPD, Vienna", "online_url": null}),
        )
        .await;
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        json!({"name": "Ana Ferreira"}),
    )
    .await;
    let raw = smtp.wait_for(1).await;
    let url = crate::helpers::check_in_qr_of(&raw[0]);
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    d.goto(&url).await.unwrap();
    browser.wait_for_text("h1", "Organizer sign-in").await;
    type_into(d, By::Id("f-email"), "guia@example.org").await;
    type_into(d, By::Id("f-password"), "a long enough password").await;
    click(d, By::Css("form button[type=submit]")).await;
    browser.wait_for_text(".registrant", "Ana Ferreira").await;
    assert_eq!(d.current_url().await.unwrap().as_str(), url);
    click(d, By::Css(".check-in-button")).await;
    browser
        .wait_for_text("[role=status]", "Ana Ferreira is checked in")
        .await;
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE attended")
            .await,
        1
    );
    // Opened again, it says so and offers nothing more to tap.
    d.goto(&url).await.unwrap();
    browser
        .wait_for_text("[role=status]", "Already checked in")
        .await;
    browser.quit().await;
}

/// The whole sign-up with the keyboard alone: Tab from the top of the page to
/// each field, Space for the consent, Enter to send.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn someone_signs_up_with_the_keyboard_alone() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"title": "Keyboard Day"})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.goto(format!("{}/c/{slug}", app.address)).await.unwrap();
    let active_id = || async {
        d.active_element()
            .await
            .unwrap()
            .attr("id")
            .await
            .unwrap()
            .unwrap_or_default()
    };
    // Tab until the focus is on `id`, typing nothing on the way.
    let tab_to = |id: &'static str| async move {
        for _ in 0..60 {
            if active_id().await == id {
                return;
            }
            d.active_element()
                .await
                .unwrap()
                .send_keys(Key::Tab)
                .await
                .unwrap();
        }
        panic!("the Tab key never reached #{id}");
    };
    type_into(d, By::Tag("body"), Key::Tab).await;
    tab_to("f-name").await;
    d.active_element()
        .await
        .unwrap()
        .send_keys("Kim Keys")
        .await
        .unwrap();
    tab_to("f-email").await;
    d.active_element()
        .await
        .unwrap()
        .send_keys("kim@example.org")
        .await
        .unwrap();
    tab_to("f-consent").await;
    d.active_element()
        .await
        .unwrap()
        .send_keys(Key::Space)
        .await
        .unwrap();
    // The next stop after the consent is the button.
    d.active_element()
        .await
        .unwrap()
        .send_keys(Key::Tab)
        .await
        .unwrap();
    let button = d.active_element().await.unwrap();
    assert_eq!(button.tag_name().await.unwrap(), "button");
    button.send_keys(Key::Enter).await.unwrap();
    let heading = browser.wait_for_text("h1", "You are registered").await;
    assert!(heading.contains("You are registered"), "{heading}");
    browser.quit().await;
}

/// On a laptop every column of the dashboard's tables shows without scrolling.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn dashboard_tables_show_every_column_on_a_laptop() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, json!({"require_approval": true}))
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    app.register(
        c["slug"].as_str().unwrap(),
        "someone.with.a.rather.long.address@example-organisation.eu",
        json!({"organization": "A rather long organisation name for a laptop"}),
    )
    .await;
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 1280, 800).await.unwrap();
    browser.sign_in(&app.address, "guia@example.org").await;
    for path in [
        format!("/admin/conferences/{cid}/registrations"),
        format!("/admin/conferences/{cid}/applications"),
        format!("/admin/conferences/{cid}/team"),
    ] {
        d.goto(format!("{}{path}", app.address)).await.unwrap();
        let hidden = d
            .execute(
                "const wrap = document.querySelector('.table-wrap');
                 const heads = [...wrap.querySelectorAll('th')];
                 const visible = heads.every(h => { const b = h.getBoundingClientRect(); return b.width > 0 && b.right <= wrap.getBoundingClientRect().right + 1; });
                 return [wrap.scrollWidth - wrap.clientWidth, visible];",
                Vec::new(),
            )
            .await
            .unwrap();
        let (overflow, visible): (i64, bool) =
            serde_json::from_value(hidden.json().clone()).unwrap();
        assert!(
            overflow <= 0 && visible,
            "{path}: {overflow} px hidden, all headers visible: {visible}"
        );
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_event_page_reads_in_french_and_german_and_links_between_them() {
    use convene::domain::language::Language;
    use convene::i18n::t;
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"capacity": 120, "description": "The conference is a working session on knowledge and needs among researchers, policy makers and practitioners."}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    app.session(&org, cid, json!({"capacity": 80})).await;
    let slug = c["slug"].as_str().unwrap();
    let browser = Browser::start().await;
    let d = &browser.driver;
    d.goto(format!("{}/c/{slug}?lang=fr", app.address))
        .await
        .unwrap();
    let lang = |d: &thirtyfour::WebDriver| {
        let d = d.clone();
        async move {
            d.find(By::Css("html"))
                .await
                .unwrap()
                .attr("lang")
                .await
                .unwrap()
                .unwrap_or_default()
        }
    };
    assert_eq!(lang(d).await, "fr");
    assert_eq!(
        browser.text_of("#register").await,
        t(Language::Fr, "register")
    );
    assert!(
        browser
            .text_of(".when")
            .await
            .starts_with("lundi 8 juin 2099")
    );
    browser.screenshot_for_docs("event-page-fr.png").await;
    // The footer's link to German leads to the same page in German, and the
    // choice holds on the next page without a parameter.
    click(d, By::Css("footer a[hreflang=de]")).await;
    browser
        .wait_for_text("#register", &t(Language::De, "register"))
        .await;
    assert_eq!(lang(d).await, "de");
    assert!(
        browser
            .text_of(".when")
            .await
            .starts_with("Montag, 8. Juni 2099")
    );
    browser.screenshot_for_docs("event-page-de.png").await;
    d.goto(format!("{}/c/{slug}/manage-link", app.address))
        .await
        .unwrap();
    assert_eq!(lang(d).await, "de");
    browser.quit().await;
}
