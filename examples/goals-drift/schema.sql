-- What models.py declares, as SQLAlchemy's create_all emits it.
CREATE TABLE goals (
  id VARCHAR NOT NULL,
  name VARCHAR(255) NOT NULL,
  parent_id VARCHAR,
  type VARCHAR(50) NOT NULL,
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  completed_at DATETIME,
  PRIMARY KEY (id),
  FOREIGN KEY(parent_id) REFERENCES goals (id) ON DELETE CASCADE
);

CREATE TABLE activity_definitions (
  id VARCHAR NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE activity_instances (
  id VARCHAR NOT NULL,
  practice_session_id VARCHAR NOT NULL,
  activity_definition_id VARCHAR,
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  time_start DATETIME,
  time_stop DATETIME,
  duration_seconds INTEGER,
  root_id VARCHAR NOT NULL,
  deleted_at DATETIME,
  updated_at DATETIME,
  sort_order INTEGER DEFAULT 0,
  completed BOOLEAN DEFAULT 0,
  notes VARCHAR,
  data VARCHAR,
  PRIMARY KEY (id),
  FOREIGN KEY(practice_session_id) REFERENCES goals (id) ON DELETE CASCADE,
  FOREIGN KEY(activity_definition_id) REFERENCES activity_definitions (id),
  FOREIGN KEY(root_id) REFERENCES goals (id) ON DELETE CASCADE
);
CREATE INDEX idx_activity_instances_root ON activity_instances (root_id);
