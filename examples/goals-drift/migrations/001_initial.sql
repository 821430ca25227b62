CREATE TABLE goals (
  id VARCHAR NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  parent_id VARCHAR REFERENCES goals (id) ON DELETE CASCADE,
  type VARCHAR(50) NOT NULL,
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE activity_definitions (
  id VARCHAR NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE activity_instances (
  id VARCHAR NOT NULL PRIMARY KEY,
  practice_session_id VARCHAR NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  activity_definition_id VARCHAR REFERENCES activity_definitions (id),
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  time_start DATETIME,
  time_stop DATETIME,
  duration_seconds INTEGER
);
