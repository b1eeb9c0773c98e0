DROP TABLE seats;
DROP TABLE registration_sessions;
DROP TABLE registrations;
DROP TABLE speakers;
DROP TABLE sessions;
DROP TABLE conferences;
DROP TABLE api_tokens;
DROP TABLE organizers;
