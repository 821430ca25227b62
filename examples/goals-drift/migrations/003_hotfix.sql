-- Hotfix: columns the model already had.
ALTER TABLE activity_instances ADD COLUMN completed BOOLEAN DEFAULT 0;
ALTER TABLE activity_instances ADD COLUMN notes STRING;
