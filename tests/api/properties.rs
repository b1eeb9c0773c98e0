//! Property tests of the registration rules against the real service: random
//! sequences of sign-ups and cancellations, each step held against a model of
//! a few lines (first come first served; a freed seat goes to the longest
//! waiting person; counts are the rows).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{Organizer, TestApp, spawn_app};

#[derive(Debug, Clone)]
enum Step {
    SignUp,
    /// Cancel the n-th (modulo) person still registered.
    Cancel(usize),
}

fn steps() -> impl Strategy<Value = (i32, Vec<Step>)> {
    (
        1..4i32,
        prop::collection::vec(
            prop_oneof![3 => Just(Step::SignUp), 2 => any::<usize>().prop_map(Step::Cancel)],
            1..18,
        ),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Waitlisted => "waitlisted",
            Status::Cancelled => "cancelled",
        }
    }
}

/// The rules, as plainly as they can be said.
struct Model {
    capacity: usize,
    /// In arrival order.
    people: Vec<Status>,
}

impl Model {
    fn count(&self, status: Status) -> usize {
        self.people.iter().filter(|s| **s == status).count()
    }

    fn sign_up(&mut self) -> Status {
        let status = if self.count(Status::Confirmed) < self.capacity {
            Status::Confirmed
        } else {
            Status::Waitlisted
        };
        self.people.push(status);
        status
    }

    fn cancel(&mut self, who: usize) {
        let was = self.people[who];
        self.people[who] = Status::Cancelled;
        if was == Status::Confirmed
            && let Some(first) = self.people.iter().position(|s| *s == Status::Waitlisted)
        {
            self.people[first] = Status::Confirmed;
        }
    }
}

async fn run_case(
    app: &TestApp,
    organizer: &Organizer,
    case: usize,
    capacity: i32,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let conference = app
        .conference(
            organizer,
            json!({"slug": format!("property-{case}"), "capacity": capacity}),
        )
        .await;
    let id = conference["id"].as_str().unwrap_or_default().to_owned();
    let mut model = Model {
        capacity: capacity as usize,
        people: Vec::new(),
    };
    let mut manage_paths: Vec<String> = Vec::new();
    for step in steps {
        match step {
            Step::SignUp => {
                let email = format!("p{}-{case}@example.org", manage_paths.len());
                let r = app
                    .register(&format!("property-{case}"), &email, json!({}))
                    .await;
                prop_assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
                let expected = model.sign_up();
                prop_assert_eq!(r.body["status"].as_str(), Some(expected.as_str()));
                manage_paths.push(TestApp::manage_path(&r.body["manage_url"]));
            }
            Step::Cancel(n) => {
                let active: Vec<usize> = (0..model.people.len())
                    .filter(|i| model.people[*i] != Status::Cancelled)
                    .collect();
                if active.is_empty() {
                    continue;
                }
                let who = active[n % active.len()];
                let r = app.delete(&manage_paths[who], None).await;
                prop_assert_eq!(r.status, StatusCode::OK, "{}", r.body);
                model.cancel(who);
            }
        }
        // Everyone's status as they see it through their own link.
        for (who, path) in manage_paths.iter().enumerate() {
            let r = app.get(path, None).await;
            prop_assert_eq!(
                r.body["status"].as_str(),
                Some(model.people[who].as_str()),
                "person {} after {:?}",
                who,
                step
            );
        }
        // The organizer's counts are the model's, and the list's rows.
        let stats = app
            .get(
                &format!("/api/v1/conferences/{id}/stats"),
                Some(&organizer.token),
            )
            .await
            .body;
        let listed = app.registrations(organizer, &id, "?limit=1000").await;
        for status in [Status::Confirmed, Status::Waitlisted, Status::Cancelled] {
            let rows = listed
                .iter()
                .filter(|r| r["status"] == status.as_str())
                .count();
            prop_assert_eq!(
                stats[status.as_str()].as_u64(),
                Some(model.count(status) as u64)
            );
            prop_assert_eq!(rows, model.count(status));
        }
        prop_assert!(model.count(Status::Confirmed) <= model.capacity);
        let active = model.people.len() - model.count(Status::Cancelled);
        prop_assert_eq!(stats["registered"].as_u64(), Some(active as u64));
    }
    Ok(())
}

#[test]
fn waitlist_order_promotion_and_counts_follow_the_rules() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (app, organizer) = runtime.block_on(async {
        let app = spawn_app().await;
        let organizer = app.organizer("property@example.org").await;
        (app, organizer)
    });
    let mut runner = TestRunner::new(Config {
        cases: 24,
        // Shrinking replays cases against the live service: keep it bounded.
        max_shrink_iters: 64,
        ..Config::default()
    });
    let case = std::cell::Cell::new(0usize);
    let result = runner.run(&steps(), |(capacity, steps)| {
        case.set(case.get() + 1);
        runtime.block_on(run_case(&app, &organizer, case.get(), capacity, &steps))
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // The app's database goes with it, inside the runtime.
    runtime.block_on(async move { drop(app) });
}

#[test]
fn counts_from_rows_add_up() {
    use convene::domain::registration::RegistrationStatus;
    use convene::domain::stats::{Counts, StatusCount};
    let statuses = prop_oneof![
        Just(RegistrationStatus::Pending),
        Just(RegistrationStatus::Confirmed),
        Just(RegistrationStatus::Waitlisted),
        Just(RegistrationStatus::Cancelled),
    ];
    let rows = prop::collection::vec((statuses, any::<bool>(), 0..1000i64), 0..12);
    let mut runner = TestRunner::new(Config::with_cases(256));
    let result = runner.run(&rows, |rows| {
        let rows: Vec<StatusCount> = rows
            .into_iter()
            .map(|(status, attended, count)| StatusCount {
                status,
                attended,
                count,
            })
            .collect();
        let c = Counts::from_rows(&rows);
        let total: i64 = rows.iter().map(|r| r.count).sum();
        prop_assert_eq!(c.confirmed + c.waitlisted + c.pending + c.cancelled, total);
        prop_assert_eq!(c.registered, c.confirmed + c.waitlisted + c.pending);
        prop_assert!(c.no_shows <= c.confirmed);
        let attended: i64 = rows.iter().filter(|r| r.attended).map(|r| r.count).sum();
        prop_assert_eq!(c.attended, attended);
        if let Some(rate) = c.attendance_rate {
            prop_assert!((0.0..=1.0).contains(&rate));
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
