DROP TRIGGER conferences_webhooks ON conferences;
DROP FUNCTION conference_webhooks();
DROP TRIGGER registrations_webhooks ON registrations;
DROP FUNCTION registration_webhooks();
DROP FUNCTION webhook_event(uuid, text, uuid);
DROP TABLE webhook_deliveries;
DROP TABLE webhooks;
ALTER TABLE conferences DROP COLUMN embed_origins;
