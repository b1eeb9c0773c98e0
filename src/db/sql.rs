//! SQL functions used by the queries.

use diesel::sql_types::{Array, Bool, Text, Uuid};

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
    /// `confirmed` when `claim_seats` got every seat needed, else `waitlisted`.
    fn claim_status(registration: Uuid, conference: Uuid, chosen: Array<Uuid>) -> Text;
}
