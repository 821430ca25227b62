-- Hotfix: "table activity_instances has no column named completed".
ALTER TABLE activity_instances ADD COLUMN completed BOOLEAN DEFAULT 0;
ALTER TABLE activity_instances ADD COLUMN notes STRING;
ALTER TABLE activity_instances ADD COLUMN data STRING;
