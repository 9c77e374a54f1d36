-- Reporting: the facts the dashboards count, stored when they happen so that every figure is a plain
-- aggregate query (no date arithmetic in SQL, which Derby and PostgreSQL write differently). Portable SQL.

-- Which follow-up an observed situation answers: 3, 6 or 12 months after the end of the contract, or none.
ALTER TABLE case_outcome ADD COLUMN milestone INTEGER;
ALTER TABLE case_outcome ADD CONSTRAINT case_outcome_milestone_ck CHECK (milestone IN (3, 6, 12));
CREATE INDEX case_outcome_milestone_ix ON case_outcome (milestone, case_file_id, observed_on);

-- The last day a return to the CPAS income counts as a boomerang (the end of the contract + 365 days),
-- kept by the entity whenever a contract date changes.
ALTER TABLE case_file ADD COLUMN boomerang_until DATE;
CREATE INDEX case_file_boomerang_ix ON case_file (boomerang_until);
CREATE INDEX case_file_planned_end_ix ON case_file (contract_planned_end, contract_actual_end);

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
