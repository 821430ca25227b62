ALTER TABLE `posts` ADD `published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `handle` text;--> statement-breakpoint
-- Edited by hand: the same name as the index our admin scripts already create.
CREATE UNIQUE INDEX IF NOT EXISTS `idx_users_handle` ON `users` (`handle`);--> statement-breakpoint
-- Edited by hand: stamp updated_at for writes that bypass the application (drizzle's $onUpdate is client-side).
CREATE TRIGGER `posts_touch_updated_at`
AFTER UPDATE OF `title`, `body`, `published` ON `posts`
FOR EACH ROW WHEN NEW.`updated_at` IS OLD.`updated_at`
BEGIN
	UPDATE `posts` SET `updated_at` = unixepoch() WHERE `id` = NEW.`id`;
END;
