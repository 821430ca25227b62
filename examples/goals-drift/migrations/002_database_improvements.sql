-- Phase 1: root_id denormalization (SQLite cannot add constraints with ALTER TABLE).
ALTER TABLE activity_instances ADD COLUMN root_id STRING;
CREATE INDEX idx_activity_instances_root ON activity_instances (root_id);

-- Phase 4: soft deletes and audit trail.
ALTER TABLE activity_instances ADD COLUMN deleted_at DATETIME NULL;
ALTER TABLE activity_instances ADD COLUMN updated_at DATETIME NULL;
ALTER TABLE activity_instances ADD COLUMN sort_order INTEGER DEFAULT 0;
