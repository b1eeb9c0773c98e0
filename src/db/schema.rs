// @generated automatically by Diesel CLI.

diesel::table! {
    api_tokens (token_hash) {
        token_hash -> Bytea,
        organizer_id -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Bytea,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    check_ins (id) {
        registration_id -> Uuid,
        session_id -> Nullable<Uuid>,
        method -> Text,
        checked_in_at -> Timestamptz,
        id -> Int8,
    }
}

diesel::table! {
    conferences (id) {
        id -> Uuid,
        organizer_id -> Uuid,
        slug -> Text,
        title -> Text,
        description -> Text,
        timezone -> Text,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        format -> Text,
        venue -> Nullable<Text>,
        online_url -> Nullable<Text>,
        recording_url -> Nullable<Text>,
        capacity -> Nullable<Int4>,
        registration_opens_at -> Nullable<Timestamptz>,
        registration_closes_at -> Nullable<Timestamptz>,
        status -> Text,
        require_email_confirmation -> Bool,
        confirmation_hold_minutes -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        reminder_minutes -> Array<Int4>,
        recording_mailed_at -> Nullable<Timestamptz>,
        require_approval -> Bool,
        categories -> Array<Text>,
        in_person_capacity -> Nullable<Int4>,
        online_capacity -> Nullable<Int4>,
        in_person_scope -> Uuid,
        online_scope -> Uuid,
        language -> Text,
        embed_origins -> Array<Text>,
        questions_version -> Int8,
    }
}

diesel::table! {
    members (id) {
        id -> Uuid,
        conference_id -> Uuid,
        email -> Text,
        role -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    messages (id) {
        id -> Uuid,
        conference_id -> Uuid,
        subject -> Text,
        body -> Text,
        audience -> Jsonb,
        reply_to -> Text,
        send_at -> Timestamptz,
        status -> Text,
        recipients -> Int4,
        created_at -> Timestamptz,
        created_by -> Nullable<Uuid>,
        idempotency_key -> Nullable<Text>,
        started_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    organizers (id) {
        id -> Uuid,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    outbox (id) {
        id -> Uuid,
        conference_id -> Nullable<Uuid>,
        registration_id -> Nullable<Uuid>,
        kind -> Text,
        invite_sequence -> Int4,
        created_at -> Timestamptz,
        next_attempt_at -> Timestamptz,
        attempts -> Int4,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamptz>,
        failed_at -> Nullable<Timestamptz>,
        channel -> Text,
        recipient -> Nullable<Text>,
        payload -> Jsonb,
        message_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    password_resets (token_hash) {
        token_hash -> Bytea,
        organizer_id -> Uuid,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    questions (id) {
        id -> Uuid,
        conference_id -> Uuid,
        label -> Text,
        kind -> Text,
        required -> Bool,
        choices -> Array<Text>,
        retired_choices -> Array<Text>,
        help_text -> Text,
        position -> Int4,
        retired -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    registration_sessions (registration_id, session_id) {
        registration_id -> Uuid,
        session_id -> Uuid,
    }
}

diesel::table! {
    registrations (id) {
        id -> Uuid,
        conference_id -> Uuid,
        seq -> Int8,
        email -> Text,
        name -> Text,
        organization -> Nullable<Text>,
        category -> Nullable<Text>,
        status -> Text,
        manage_token_hash -> Bytea,
        consent_at -> Timestamptz,
        attended -> Bool,
        checked_in_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        cancelled_at -> Nullable<Timestamptz>,
        invite_sequence -> Int4,
        join_token_hash -> Nullable<Bytea>,
        joined_first_at -> Nullable<Timestamptz>,
        joined_last_at -> Nullable<Timestamptz>,
        join_count -> Int4,
        erased_at -> Nullable<Timestamptz>,
        answers -> Jsonb,
        hold_expires_at -> Nullable<Timestamptz>,
        confirm_token_hash -> Nullable<Bytea>,
        decided_at -> Nullable<Timestamptz>,
        decline_reason -> Nullable<Text>,
        walk_in -> Bool,
        cancel_reason -> Nullable<Text>,
        attendance_mode -> Text,
        language -> Text,
    }
}

diesel::table! {
    reminder_runs (conference_id, minutes) {
        conference_id -> Uuid,
        minutes -> Int4,
        ran_at -> Timestamptz,
    }
}

diesel::table! {
    seats (id) {
        id -> Int8,
        conference_id -> Uuid,
        session_id -> Nullable<Uuid>,
        seat_no -> Int4,
        registration_id -> Nullable<Uuid>,
        mode_scope -> Nullable<Uuid>,
        scope_id -> Uuid,
    }
}

diesel::table! {
    sessions (id) {
        id -> Uuid,
        conference_id -> Uuid,
        title -> Text,
        description -> Text,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        location -> Nullable<Text>,
        capacity -> Nullable<Int4>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    speakers (id) {
        id -> Uuid,
        session_id -> Uuid,
        position -> Int4,
        name -> Text,
        affiliation -> Nullable<Text>,
        role -> Text,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Uuid,
        webhook_id -> Uuid,
        event_type -> Text,
        conference_id -> Uuid,
        registration_id -> Nullable<Uuid>,
        created_at -> Timestamptz,
        attempts -> Int4,
        status_code -> Nullable<Int4>,
        last_error -> Nullable<Text>,
        next_attempt_at -> Timestamptz,
        delivered_at -> Nullable<Timestamptz>,
        failed_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    webhooks (id) {
        id -> Uuid,
        conference_id -> Uuid,
        url -> Text,
        events -> Array<Text>,
        secret -> Text,
        active -> Bool,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(api_tokens -> organizers (organizer_id));
diesel::joinable!(check_ins -> registrations (registration_id));
diesel::joinable!(check_ins -> sessions (session_id));
diesel::joinable!(conferences -> organizers (organizer_id));
diesel::joinable!(members -> conferences (conference_id));
diesel::joinable!(messages -> conferences (conference_id));
diesel::joinable!(messages -> organizers (created_by));
diesel::joinable!(outbox -> conferences (conference_id));
diesel::joinable!(outbox -> messages (message_id));
diesel::joinable!(outbox -> registrations (registration_id));
diesel::joinable!(password_resets -> organizers (organizer_id));
diesel::joinable!(questions -> conferences (conference_id));
diesel::joinable!(registration_sessions -> registrations (registration_id));
diesel::joinable!(registration_sessions -> sessions (session_id));
diesel::joinable!(registrations -> conferences (conference_id));
diesel::joinable!(reminder_runs -> conferences (conference_id));
diesel::joinable!(seats -> conferences (conference_id));
diesel::joinable!(seats -> registrations (registration_id));
diesel::joinable!(seats -> sessions (session_id));
diesel::joinable!(sessions -> conferences (conference_id));
diesel::joinable!(speakers -> sessions (session_id));
diesel::joinable!(webhook_deliveries -> webhooks (webhook_id));
diesel::joinable!(webhooks -> conferences (conference_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_tokens,
    app_secrets,
    check_ins,
    conferences,
    members,
    messages,
    organizers,
    outbox,
    password_resets,
    questions,
    registration_sessions,
    registrations,
    reminder_runs,
    seats,
    sessions,
    speakers,
    webhook_deliveries,
    webhooks,
);
