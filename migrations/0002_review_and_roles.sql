CREATE TABLE `pending_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`operation` text NOT NULL,
	`params` text NOT NULL,
	`body` text,
	`if_match` text DEFAULT '[]' NOT NULL,
	`proposed_by` text NOT NULL,
	`proposed_at` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`reason` text,
	FOREIGN KEY (`proposed_by`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pending_changes_status_idx` ON `pending_changes` (`status`,`proposed_at`);--> statement-breakpoint
CREATE INDEX `pending_changes_subject_idx` ON `pending_changes` (`subject_type`,`subject_id`,`status`);--> statement-breakpoint
ALTER TABLE `audit_entries` ADD `approved_by` text REFERENCES editors(id);--> statement-breakpoint
ALTER TABLE `ceasefires` ADD `review_required` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `editors` ADD `email` text;--> statement-breakpoint
ALTER TABLE `editors` ADD `role` text DEFAULT 'editor' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `editors_email_unique` ON `editors` (`email`);--> statement-breakpoint
ALTER TABLE `incidents` ADD `review_required` integer DEFAULT false NOT NULL;