//! The typed edge of the database: every status, format, role and kind
//! column reads as its Rust enum. A value the enum does not know is an
//! error (logged, and the request fails with a 500), never a silent default.

use diesel::deserialize::{self, FromSql, Queryable};
use diesel::pg::{Pg, PgValue};
use diesel::sql_types::{SingleValue, Text};

use crate::domain::attendance::CheckInMethod;
use crate::domain::conference::{ConferenceStatus, Format, Zone};
use crate::domain::language::Language;
use crate::domain::mail::MailKind;
use crate::domain::message::MessageStatus;
use crate::domain::question::QuestionKind;
use crate::domain::registration::{
    AttendanceMode, RegistrationClosed, RegistrationStatus, SignUpOutcome,
};
use crate::domain::role::Role;
use crate::domain::session::SpeakerRole;

macro_rules! text_enum {
    ($($ty:ty => $what:literal),* $(,)?) => {$(
        impl FromSql<Text, Pg> for $ty {
            fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
                let text = std::str::from_utf8(value.as_bytes())?;
                <$ty>::parse(text).ok_or_else(|| {
                    tracing::error!(value = text, "the database holds an unknown {}", $what);
                    format!("unknown {} {text:?}", $what).into()
                })
            }
        }

        // What `#[derive(FromSqlRow)]` writes: a single column read as this type.
        impl<ST: SingleValue> Queryable<ST, Pg> for $ty
        where
            Self: FromSql<ST, Pg>,
        {
            type Row = Self;

            fn build(row: Self) -> deserialize::Result<Self> {
                Ok(row)
            }
        }
    )*};
}

text_enum! {
    RegistrationStatus => "registration status",
    ConferenceStatus => "conference status",
    Format => "conference format",
    Zone => "time zone",
    MailKind => "mail kind",
    Role => "team role",
    QuestionKind => "question kind",
    SpeakerRole => "speaker role",
    CheckInMethod => "check-in method",
    RegistrationClosed => "reason registration is closed",
    SignUpOutcome => "sign-up outcome",
    MessageStatus => "message status",
    AttendanceMode => "attendance mode",
    Language => "language",
}
