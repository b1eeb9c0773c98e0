DROP FUNCTION sign_up_at(text, timestamptz, uuid, text, text, text, text, uuid[], bytea, bytea, bytea, uuid);
