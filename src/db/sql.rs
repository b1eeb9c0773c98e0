//! SQL functions used by the queries.

use diesel::sql_types::{Array, Bool, Jsonb, Text, Timestamptz, Uuid};

diesel::define_sql_function! {
    /// PostgreSQL's `lower(text)`: addresses are compared case-insensitively.
    fn lower(x: Text) -> Text;
}

diesel::define_sql_function! {
    /// The conference's capacity lock, shared (see the seat functions' migration).
    fn capacity_lock_shared(conference: Uuid) -> Bool;
}

diesel::define_sql_function! {
    /// The conference's capacity lock, exclusive: for capacity changes.
    fn capacity_lock_exclusive(conference: Uuid) -> Bool;
}

diesel::define_sql_function! {
    /// Claims a seat in every limited scope a registration needs, all or nothing.
    fn claim_seats(registration: Uuid, conference: Uuid, with_conference: Bool, chosen: Array<Uuid>) -> Bool;
}

diesel::define_sql_function! {
    /// Public sign-ups in one statement and one transaction (see its
    /// migration): one outcome each, in order: the new status, or why
    /// nothing was written.
    fn sign_up_many(batch: Jsonb) -> Array<Text>;
}

diesel::define_sql_function! {
    /// `claim_seats` for a registration not written yet: its mode given.
    #[sql_name = "claim_seats"]
    fn claim_seats_as(registration: Uuid, conference: Uuid, with_conference: Bool, chosen: Array<Uuid>, mode: Text) -> Bool;
}

diesel::define_sql_function! {
    /// Whether every chosen session is one of the conference's.
    fn sessions_belong(conference: Uuid, chosen: Array<Uuid>) -> Bool;
}

diesel::define_sql_function! {
    /// Why the conference takes no sign-ups at `at`, or NULL while it does.
    #[sql_name = "registration_closed"]
    fn registration_closed_at(conference: Uuid, at: Timestamptz) -> diesel::sql_types::Nullable<Text>;
}
