-- Whether the person agreed to receive the satisfaction survey by e-mail (3 and 6 months after their contract);
-- without it, or without an address, the agent fills it in with them during the follow-up.
ALTER TABLE beneficiary ADD COLUMN survey_by_email BOOLEAN DEFAULT FALSE NOT NULL;
