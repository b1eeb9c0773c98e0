//! SQL functions used by the queries.

use diesel::sql_types::{Int4, Text};

diesel::define_sql_function! {
    /// PostgreSQL's `lower(text)`: addresses are compared case-insensitively.
    fn lower(x: Text) -> Text;
}

diesel::define_sql_function! {
    /// Transaction-scoped shared advisory lock; see [`super::seats`].
    fn pg_advisory_xact_lock_shared(class: Int4, key: Int4);
}

diesel::define_sql_function! {
    /// Transaction-scoped exclusive advisory lock; see [`super::seats`].
    fn pg_advisory_xact_lock(class: Int4, key: Int4);
}
