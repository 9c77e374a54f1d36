-- Several application nodes on one database (issue 9). Portable SQL (Derby and PostgreSQL).

-- Scheduled jobs run on one node at a time: the node holding a job's lease runs it and renews the lease at
-- each run; when it stops (or dies and the lease expires) another node takes the job over.
CREATE TABLE job_lease (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    holder     VARCHAR(120),
    expires_at TIMESTAMP
);
INSERT INTO job_lease (name) VALUES ('meeting-jobs'), ('outbox'), ('case-retention');

-- What a node keeps in memory (rendered public pages, the officer's meeting rules) carries the version of
-- its source at the time it was read; a change bumps the version in its own transaction, so every node sees
-- at its next request that its copy is stale.
CREATE TABLE cache_version (
    name    VARCHAR(40) NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO cache_version (name, version) VALUES ('public-content', 0), ('meeting-rules', 0);
