-- E-mails may carry one attachment (an iCalendar file); bookings count their changes for iCalendar's SEQUENCE.
ALTER TABLE outbox_message ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment VARCHAR(16000);
ALTER TABLE booking ADD COLUMN sequence_number INTEGER DEFAULT 0 NOT NULL;
