-- The case list's deadline index, on (next_due_on, id) instead of (next_due_on) alone: with the single-column index
-- created after the table's ALTERs, Derby 10.17's SYSCS_COMPRESS_TABLE on case_file failed with an
-- ArrayIndexOutOfBoundsException (and lost its connection), so the compaction after an erasure never rewrote
-- case_file. The two-column index serves the same sort and filter.
DROP INDEX case_file_next_due_ix;
CREATE INDEX case_file_next_due_ix ON case_file (next_due_on, id);
