-- plyometer history, schema version 1: athletes, their analysed sessions, and each session's sets.
-- Each statement ends with ';' at the end of a line. Never edit a released migration: add the next one.

CREATE TABLE athletes (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    level             TEXT    NOT NULL,                 -- beginner | intermediate | advanced
    count_unit        TEXT    NOT NULL,                 -- foot-contacts | landings
    body_mass_kg      REAL,
    time_zone         TEXT    NOT NULL,                 -- IANA zone id, e.g. Europe/Berlin
    strength_start    TEXT,                             -- ISO date the strength program started
    sessions_per_week INTEGER,                          -- planned plyometric sessions per week
    created_at        TEXT    NOT NULL
);

CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    athlete_id      INTEGER NOT NULL REFERENCES athletes (id),
    source_sha256   TEXT    NOT NULL,                   -- SHA-256 of the export's bytes; the copy is sources/ab/<sha>
    source_name     TEXT    NOT NULL,                   -- the file name as given at upload
    source_bytes    INTEGER NOT NULL,
    plan_sha256     TEXT,                               -- the plan used, copied like the source
    plan_name       TEXT,
    start_ms        INTEGER NOT NULL,                   -- session start, ms since the epoch (UTC)
    start_given     INTEGER NOT NULL,                   -- 1 when the start came from upload --start
    duration_s      REAL    NOT NULL,
    contacts        INTEGER NOT NULL,
    landings        INTEGER NOT NULL,
    counted         INTEGER NOT NULL,                   -- in count_unit
    status          TEXT    NOT NULL,                   -- below | within | over
    level           TEXT    NOT NULL,                   -- the level the session was analysed against
    count_unit      TEXT    NOT NULL,
    thresholds_json TEXT    NOT NULL,                   -- every threshold the analysis used
    options_json    TEXT    NOT NULL,                   -- stance, exercise, sensor range, rate, units given
    report_json     TEXT    NOT NULL,                   -- the plyometer.session/1 report
    tool            TEXT    NOT NULL,                   -- the plyometer version that analysed it
    uploaded_at     TEXT    NOT NULL,
    analysed_at     TEXT    NOT NULL,
    UNIQUE (athlete_id, source_sha256)
);

CREATE INDEX sessions_by_athlete_and_start ON sessions (athlete_id, start_ms);

CREATE TABLE session_sets (
    session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    set_no        INTEGER NOT NULL,
    exercise      TEXT    NOT NULL,
    stance        TEXT    NOT NULL,
    intensity     TEXT    NOT NULL,
    jumps         INTEGER NOT NULL,
    contacts      INTEGER NOT NULL,
    rest_before_s REAL,
    PRIMARY KEY (session_id, set_no)
);
