//! `convene demo`: a realistic example to click through. The SPRING launch
//! conference of a research project on migrant integration (online, over, with
//! a recording, 115 registrations in every state and attendance) and an
//! upcoming practitioners' workshop that is open for sign-up.

use chrono::{Duration, DurationRound, Utc};
use uuid::Uuid;

use crate::db::group_commit::SignUpRow;
use crate::db::{self, DbPool, attendance, conferences, organizers, sessions};
use crate::domain::conference::{ConferenceData, ConferenceStatus, Format};
use crate::domain::email::EmailAddress;
use crate::domain::registration::{RegistrationStatus, SignUp};
use crate::domain::secret::{self, SigningKey};
use crate::domain::session::{SessionData, Speaker, SpeakerRole};
use crate::domain::{password, text};
use crate::error::AppError;

pub const EMAIL: &str = "demo@convene.example";
pub const PASSWORD: &str = "convene demo password";

pub struct Demo {
    pub created: bool,
    pub launch_slug: String,
    pub workshop_slug: String,
}

const FIRST: [&str; 16] = [
    "Ana", "Jonas", "Lea", "Piotr", "Maria", "Youssef", "Sofia", "Lukas", "Amina", "Tomas",
    "Elena", "Omar", "Ingrid", "Marco", "Fatima", "Jan",
];
const LAST: [&str; 12] = [
    "Ferreira",
    "Weber",
    "Martin",
    "Kowalski",
    "Rossi",
    "El Amrani",
    "Novak",
    "Schmidt",
    "Diallo",
    "Horvat",
    "Jansen",
    "Costa",
];
const ORGS: [&str; 8] = [
    "University of Amsterdam",
    "City of Ghent",
    "PICUM",
    "EUROCITIES",
    "Red Cross Austria",
    "Migrant Voice",
    "ISMU Foundation",
    "Intercultural Cities",
];
const CATEGORIES: [&str; 4] = [
    "Researcher",
    "Policy maker",
    "Practitioner",
    "Migrants' organisation",
];

fn speaker(name: &str, affiliation: &str, role: SpeakerRole) -> Speaker {
    Speaker {
        name: name.into(),
        affiliation: Some(affiliation.into()),
        role,
    }
}

fn session(
    title: &str,
    start: chrono::DateTime<Utc>,
    minutes: i64,
    speakers: Vec<Speaker>,
) -> SessionData {
    SessionData {
        title: title.into(),
        description: String::new(),
        starts_at: start,
        ends_at: start + Duration::minutes(minutes),
        location: None,
        capacity: None,
        speakers,
    }
}

/// Fills the database with the example; does nothing when it is there already.
pub async fn seed(pool: &DbPool, key: &SigningKey) -> Result<Demo, AppError> {
    let launch_slug = "spring-launch-conference".to_owned();
    let workshop_slug = "communities-of-practice-workshop".to_owned();
    if organizers::find_by_email(pool, EMAIL).await?.is_some() {
        return Ok(Demo {
            created: false,
            launch_slug,
            workshop_slug,
        });
    }
    let hash = tokio::task::spawn_blocking(|| password::hash(PASSWORD))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let organizer = organizers::create(
        pool,
        EMAIL,
        "SPRING project office",
        &hash,
        &secret::issue().hash,
    )
    .await?;

    // The launch conference: three weeks ago, online, with its recording.
    let day = Utc::now()
        .duration_trunc(Duration::days(1))
        .map_err(AppError::internal)?;
    let start = day - Duration::days(21) + Duration::hours(8);
    let launch = conferences::create(
        pool,
        organizer.id,
        &ConferenceData {
            slug: launch_slug.clone(),
            slug_derived: false,
            title: "SPRING Launch Conference".into(),
            description: "Not a traditional presentation of the project but a working session on knowledge and \
                needs among researchers, policy makers and practitioners, to advance practices in the integration \
                of newly arrived migrants.\n\nWith panels of sister Horizon 2020 projects and European networks."
                .into(),
            timezone: chrono_tz::Europe::Brussels,
            starts_at: start,
            ends_at: start + Duration::minutes(150),
            format: Format::Online,
            venue: None,
            online_url: Some("https://meet.example.org/j/81234567890".into()),
            recording_url: Some("https://video.example.org/spring-launch-conference".into()),
            capacity: None,
            registration_opens_at: None,
            registration_closes_at: None,
            status: ConferenceStatus::Published,
            require_email_confirmation: false,
            require_approval: false,
            categories: CATEGORIES.map(str::to_owned).to_vec(),
            in_person_capacity: None,
            online_capacity: None,
            language: crate::domain::language::Language::En,
            embed_origins: Vec::new(),
            confirmation_hold_minutes: 30,
            reminder_minutes: crate::domain::conference::DEFAULT_REMINDERS.to_vec(),
        },
    )
    .await?;
    let programme = [
        session(
            "Opening: the SPRING project",
            start,
            15,
            vec![speaker(
                "Guia Gilardoni",
                "SPRING Project Coordinator",
                SpeakerRole::Speaker,
            )],
        ),
        session(
            "The role of knowledge exchange in advancing practices",
            start + Duration::minutes(15),
            60,
            vec![
                speaker("Sarah Spencer", "COMPAS", SpeakerRole::Moderator),
                speaker("Asya Pisarevskaya", "SPRING", SpeakerRole::Panelist),
                speaker("Karel Arnaut", "ReROOT", SpeakerRole::Panelist),
                speaker("Carles X Simo-Noguera", "MERGING", SpeakerRole::Panelist),
                speaker("Tiziana Caponio", "WHOLE-COMM", SpeakerRole::Panelist),
            ],
        ),
        session(
            "What works in informing communities of practice",
            start + Duration::minutes(80),
            55,
            vec![
                speaker(
                    "Irena Guidikova",
                    "Intercultural Cities",
                    SpeakerRole::Panelist,
                ),
                speaker("Michele LeVoy", "PICUM", SpeakerRole::Panelist),
                speaker("Katharina Bamberg", "EUROCITIES", SpeakerRole::Panelist),
            ],
        ),
        session(
            "Closing remarks",
            start + Duration::minutes(135),
            15,
            vec![speaker(
                "Gemma Pinyol-Jiménez",
                "Instrategies",
                SpeakerRole::Speaker,
            )],
        ),
    ];
    let mut session_ids = Vec::new();
    for s in &programme {
        session_ids.push(sessions::create(pool, launch.id, s).await?.session.id);
    }

    // 115 registrations: 100 confirmed, 8 waitlisted, 7 cancelled.
    let mut rows = Vec::new();
    for i in 0..115usize {
        let first = FIRST[i % FIRST.len()];
        let last = LAST[(i / FIRST.len() + i) % LAST.len()];
        let status = match i {
            0..100 => RegistrationStatus::Confirmed,
            100..108 => RegistrationStatus::Waitlisted,
            _ => RegistrationStatus::Cancelled,
        };
        let chosen: Vec<Uuid> = session_ids
            .iter()
            .enumerate()
            .filter(|(n, _)| (i + n) % 3 != 0)
            .map(|(_, id)| *id)
            .collect();
        let id = Uuid::now_v7();
        // Over the six weeks before the event, most soon after it was
        // announced and in its last week; in sign-up order.
        let window = Duration::days(42).num_minutes() as f64;
        let share = (i as f64 / 115.0).powf(0.7);
        let minutes = (window * share) as i64 + ((i * 37) % 240) as i64;
        let registered_at = (start - Duration::days(42) + Duration::minutes(minutes))
            .min(start - Duration::hours(2));
        rows.push(db::demo::DemoRegistration {
            id,
            email: format!(
                "{}.{}{}@example.org",
                first.to_lowercase(),
                last.to_lowercase().replace(' ', "-"),
                i
            ),
            name: format!("{first} {last}"),
            organization: ORGS[i % ORGS.len()].into(),
            category: CATEGORIES[i % CATEGORIES.len()].into(),
            status,
            sessions: chosen,
            manage_hash: secret::derive(key, "manage", id).hash,
            join_hash: secret::derive(key, "join", id).hash,
            registered_at,
        });
    }
    db::demo::recording_mailed(pool, launch.id, start + Duration::days(2)).await?;
    db::demo::insert_registrations(pool, launch.id, &rows).await?;
    conferences::update(pool, launch.id, |c| {
        let mut data = c.data();
        data.capacity = Some(100);
        Ok(data)
    })
    .await?;
    // 68 came: those are in the webinar platform's report.
    let came: Vec<String> = rows
        .iter()
        .take(100)
        .enumerate()
        .filter(|(n, _)| n % 3 != 1)
        .map(|(_, r)| r.email.clone())
        .collect();
    attendance::import(
        pool,
        launch.id,
        &crate::domain::attendance::ParticipantReport {
            attended: came,
            stays: Vec::new(),
        },
    )
    .await?;

    // The workshop: in three weeks, in person, open for sign-up.
    let start = day + Duration::days(21) + Duration::hours(8);
    let workshop = conferences::create(
        pool,
        organizer.id,
        &ConferenceData {
            slug: workshop_slug.clone(),
            slug_derived: false,
            title: "Communities of practice for integration policy".into(),
            description: "A workshop on how cooperation networks and communities of practice connect research, \
                policy and practice, with researchers and practitioners."
                .into(),
            timezone: chrono_tz::Europe::Vienna,
            starts_at: start,
            ends_at: start + Duration::hours(7),
            format: Format::InPerson,
            venue: Some("ICMPD, Gonzagagasse 1, Vienna".into()),
            online_url: None,
            recording_url: None,
            capacity: Some(40),
            registration_opens_at: None,
            registration_closes_at: None,
            status: ConferenceStatus::Published,
            require_email_confirmation: false,
            require_approval: false,
            categories: CATEGORIES.map(str::to_owned).to_vec(),
            in_person_capacity: None,
            online_capacity: None,
            language: crate::domain::language::Language::En,
            embed_origins: Vec::new(),
            confirmation_hold_minutes: 30,
            reminder_minutes: crate::domain::conference::DEFAULT_REMINDERS.to_vec(),
        },
    )
    .await?;
    for (title, offset, minutes) in [
        ("Research meets practice", 0, 180),
        ("Peer learning in networks", 240, 180),
    ] {
        let mut s = session(title, start + Duration::minutes(offset), minutes, vec![]);
        s.capacity = Some(25);
        s.location = Some("Room 2".into());
        sessions::create(pool, workshop.id, &s).await?;
    }
    for i in 0..12usize {
        let sign_up = SignUp {
            answers: Default::default(),
            email: EmailAddress::parse(&format!("participant{i}@example.net"))
                .map_err(AppError::Internal)?,
            name: text::line(
                &format!("{} {}", FIRST[(i + 5) % FIRST.len()], LAST[i % LAST.len()]),
                200,
            )
            .map_err(AppError::Internal)?,
            organization: Some(ORGS[(i + 3) % ORGS.len()].into()),
            category: Some(CATEGORIES[i % CATEGORIES.len()].into()),
            sessions: vec![],
            attendance_mode: None,
            language: None,
        };
        let id = Uuid::now_v7();
        crate::db::group_commit::write_one(
            pool,
            &SignUpRow {
                slug: workshop_slug.clone(),
                at: Utc::now(),
                id,
                email: sign_up.email.as_str().to_owned(),
                name: sign_up.name.clone(),
                organization: sign_up.organization.clone(),
                category: sign_up.category.clone(),
                sessions: vec![],
                manage_hash: secret::derive(key, "manage", id).hash,
                join_hash: secret::derive(key, "join", id).hash,
                confirm_hash: secret::derive(key, "confirm", id).hash,
                mail_id: Uuid::now_v7(),
                answers: serde_json::json!({}),
                form_version: None,
                mode: None,
                language: None,
            },
        )
        .await?;
    }
    Ok(Demo {
        created: true,
        launch_slug,
        workshop_slug,
    })
}
