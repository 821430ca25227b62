-- Database improvements (2026-01-01).
-- Phase 1: root_id denormalization. "SQLite limitations prevent ALTER TABLE constraints":
-- the NOT NULL and the foreign key the model declares are left to the application.
ALTER TABLE goals ADD COLUMN root_id STRING;
ALTER TABLE activity_instances ADD COLUMN root_id STRING;

-- Phase 4: soft deletes and audit trail. DEFAULT CURRENT_TIMESTAMP failed here, so the
-- timestamps are NULL by default and the application sets them.
ALTER TABLE goals ADD COLUMN deleted_at DATETIME NULL;
ALTER TABLE goals ADD COLUMN updated_at DATETIME NULL;
ALTER TABLE goals ADD COLUMN sort_order INTEGER DEFAULT 0;
ALTER TABLE activity_instances ADD COLUMN deleted_at DATETIME NULL;
ALTER TABLE activity_instances ADD COLUMN updated_at DATETIME NULL;
ALTER TABLE activity_instances ADD COLUMN sort_order INTEGER DEFAULT 0;
ALTER TABLE metric_values ADD COLUMN created_at DATETIME NULL;
