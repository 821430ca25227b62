ALTER TABLE posts ADD COLUMN published BOOLEAN NOT NULL DEFAULT 0;
CREATE INDEX posts_published_idx ON posts (created_at) WHERE published = 1;

-- Keep updated_at current on every edit.
CREATE TRIGGER posts_touch AFTER UPDATE OF title, body ON posts
BEGIN
  UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
