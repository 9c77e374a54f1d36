-- Which consent text the person agreed to (its version; the text itself is in the portal's messages,
-- casefile.consent.text.<version>). Referrals made before this column hold no version.
ALTER TABLE beneficiary ADD COLUMN consent_text VARCHAR(20);
