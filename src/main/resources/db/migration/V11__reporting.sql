-- Reporting: the facts the dashboards count, stored when they happen so that every figure is a plain
-- aggregate query (no date arithmetic in SQL, which Derby and PostgreSQL write differently). Portable SQL.

-- Which follow-up an observed situation answers: 3, 6 or 12 months after the end of the contract, or none.
ALTER TABLE case_outcome ADD COLUMN milestone INTEGER;
ALTER TABLE case_outcome ADD CONSTRAINT case_outcome_milestone_ck CHECK (milestone IN (3, 6, 12));

-- Kept on the case file by the application whenever an outcome or the end of the contract changes, so that
-- every case indicator is one pass over case_file (no correlated "latest outcome" subquery per case):
-- the latest situation recorded for each follow-up (null: nothing recorded, i.e. no news),
ALTER TABLE case_file ADD COLUMN situation_3 VARCHAR(30);
ALTER TABLE case_file ADD COLUMN situation_6 VARCHAR(30);
ALTER TABLE case_file ADD COLUMN situation_12 VARCHAR(30);
-- whether the beneficiary came back to the CPAS income within 365 days of the end (casefile.Boomerang),
ALTER TABLE case_file ADD COLUMN boomerang BOOLEAN DEFAULT FALSE NOT NULL;
-- and the last day such a return counts (the end of the contract + 365 days).
ALTER TABLE case_file ADD COLUMN boomerang_until DATE;

-- Days from a collaboration request (its submission, consent_at) to the partnership, set when it reaches
-- "Partenaire actif". The dashboards date requests by consent_at, the moment the CPAS sent the form.
ALTER TABLE collaboration_request ADD COLUMN days_to_active INTEGER;
CREATE INDEX collaboration_request_consent_ix ON collaboration_request (consent_at);

-- A meeting the CPAS did not come to.
ALTER TABLE booking DROP CONSTRAINT booking_status_ck;
ALTER TABLE booking ADD CONSTRAINT booking_status_ck CHECK (status IN ('REQUESTED', 'CONFIRMED', 'CANCELLED', 'NO_SHOW'));
CREATE INDEX booking_cpas_time_ix ON booking (cpas_id, start_at);

-- Attendance at presentation sessions (null until the officer records it).
ALTER TABLE session_registration ADD COLUMN attended BOOLEAN;

CREATE INDEX proposal_created_ix ON proposal (created_at);
