-- A beneficiary's survey (3 and 6 months after the contract's end) belongs to their case: the agent records the
-- answers with the person during the follow-up; erasure and retention remove them with the case
-- (casefile.PersonalData), subject access shows them.
ALTER TABLE survey_invitation ADD COLUMN case_file_id BIGINT REFERENCES case_file (id);
CREATE INDEX survey_invitation_case_ix ON survey_invitation (case_file_id);
