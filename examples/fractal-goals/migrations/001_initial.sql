-- The schema as create_all() first made it.
CREATE TABLE goals (
    id VARCHAR NOT NULL PRIMARY KEY,
    type VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description TEXT,
    parent_id VARCHAR REFERENCES goals (id) ON DELETE CASCADE,
    completed BOOLEAN,
    created_at DATETIME
);

CREATE TABLE activity_definitions (
    id VARCHAR NOT NULL PRIMARY KEY,
    root_id VARCHAR NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name VARCHAR NOT NULL,
    description VARCHAR,
    has_splits BOOLEAN,
    created_at DATETIME
);

CREATE TABLE activity_instances (
    id VARCHAR NOT NULL PRIMARY KEY,
    practice_session_id VARCHAR NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    activity_definition_id VARCHAR NOT NULL REFERENCES activity_definitions (id) ON DELETE CASCADE,
    created_at DATETIME,
    time_start DATETIME,
    time_stop DATETIME,
    duration_seconds INTEGER
);

CREATE TABLE metric_values (
    id VARCHAR NOT NULL PRIMARY KEY,
    activity_instance_id VARCHAR NOT NULL REFERENCES activity_instances (id) ON DELETE CASCADE,
    value FLOAT NOT NULL
);
