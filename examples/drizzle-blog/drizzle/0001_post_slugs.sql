ALTER TABLE `posts` ADD `slug` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `updated_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `posts_slug_unique` ON `posts` (`slug`);