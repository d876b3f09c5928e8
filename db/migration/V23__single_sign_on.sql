-- Single sign-on: the provider's issuer and subject of a person who signed in with the company's account, so the
-- same person is recognised on every sign-in even when their user name or e-mail address changes at the provider.
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(400);
CREATE UNIQUE INDEX app_user_sso_subject ON app_user (sso_subject) WHERE sso_subject IS NOT NULL;
