-- Requests, tasks, consents and breaches: one row per entity at its latest version. The payload is
-- the entity in the library's binary form; the columns beside it are what queries and the
-- optimistic-locking check need.
CREATE TABLE ${schema}.request (
  id          text PRIMARY KEY,
  version     bigint NOT NULL,
  status      text NOT NULL,
  subject_ref text NOT NULL,
  due         date NOT NULL,
  payload     bytea NOT NULL
);
CREATE INDEX request_subject_idx ON ${schema}.request (subject_ref);
CREATE TABLE ${schema}.task (
  id         text PRIMARY KEY,
  request_id text NOT NULL,
  version    bigint NOT NULL,
  status     text NOT NULL,
  payload    bytea NOT NULL
);
CREATE INDEX task_request_idx ON ${schema}.task (request_id, id);
CREATE TABLE ${schema}.consent (
  id          text PRIMARY KEY,
  subject_ref text NOT NULL,
  version     bigint NOT NULL,
  payload     bytea NOT NULL
);
CREATE INDEX consent_subject_idx ON ${schema}.consent (subject_ref, id);
CREATE TABLE ${schema}.breach (
  id       text PRIMARY KEY,
  version  bigint NOT NULL,
  aware_at timestamptz NOT NULL,
  payload  bytea NOT NULL
);
-- The audit chain. The head row is locked by each committing transaction, which serialises
-- chaining across nodes.
CREATE TABLE ${schema}.audit (
  seq           bigint PRIMARY KEY,
  at            timestamptz NOT NULL,
  previous_hash text NOT NULL,
  hash          text NOT NULL,
  event         bytea NOT NULL
);
CREATE TABLE ${schema}.audit_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq       bigint NOT NULL,
  hash      text NOT NULL
);
INSERT INTO ${schema}.audit_head (singleton, seq, hash) VALUES (true, 0, '0000000000000000000000000000000000000000000000000000000000000000');
