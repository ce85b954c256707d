CREATE TABLE `article_ceasefires_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text,
	`ceasefire_id` text,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `article_ceasefires_history_key_idx` ON `article_ceasefires_history` (`article_id`,`ceasefire_id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `article_ceasefires_history_recorded_idx` ON `article_ceasefires_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `article_ceasefires_history_by_idx` ON `article_ceasefires_history` (`ceasefire_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `article_incidents_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text,
	`incident_id` text,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `article_incidents_history_key_idx` ON `article_incidents_history` (`article_id`,`incident_id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `article_incidents_history_recorded_idx` ON `article_incidents_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `article_incidents_history_by_idx` ON `article_incidents_history` (`incident_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `articles_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`slug` text,
	`headline` text,
	`dek` text,
	`body` text,
	`section` text,
	`language` text,
	`byline` text,
	`published_at` text,
	`published_at_approximate` integer,
	`status` text,
	`canonical_url` text,
	`corrections` text,
	`created_at` text,
	`updated_at` text,
	`version` integer,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `articles_history_key_idx` ON `articles_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `articles_history_recorded_idx` ON `articles_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `articles_history_by_idx` ON `articles_history` (`slug`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `casualty_claims_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`incident_id` text,
	`claimant_id` text,
	`metric` text,
	`subject` text,
	`qualifier` text,
	`low` integer,
	`high` integer,
	`as_written` text,
	`claimed_on` text,
	`source_article_id` text,
	`source_url` text,
	`quote` text,
	`status` text,
	`status_changed_at` text,
	`supersedes_id` text,
	`created_at` text,
	`updated_at` text,
	`version` integer,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `casualty_claims_history_key_idx` ON `casualty_claims_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `casualty_claims_history_recorded_idx` ON `casualty_claims_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `casualty_claims_history_by_idx` ON `casualty_claims_history` (`incident_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `ceasefire_status_changes_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`ceasefire_id` text,
	`status` text,
	`at` text,
	`at_offset` text,
	`note` text,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `ceasefire_status_changes_history_key_idx` ON `ceasefire_status_changes_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `ceasefire_status_changes_history_recorded_idx` ON `ceasefire_status_changes_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `ceasefire_status_changes_history_by_idx` ON `ceasefire_status_changes_history` (`ceasefire_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `ceasefires_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`slug` text,
	`name` text,
	`brokers` text,
	`parties` text,
	`excludes` text,
	`started_at` text,
	`started_at_offset` text,
	`ended_at` text,
	`ended_at_offset` text,
	`status` text,
	`status_note` text,
	`as_of` text,
	`as_of_offset` text,
	`review_required` integer,
	`created_at` text,
	`updated_at` text,
	`version` integer,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `ceasefires_history_key_idx` ON `ceasefires_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `ceasefires_history_recorded_idx` ON `ceasefires_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `ceasefires_history_by_idx` ON `ceasefires_history` (`slug`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `claimants_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`name` text,
	`kind` text,
	`affiliation` text,
	`url` text,
	`created_at` text,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `claimants_history_key_idx` ON `claimants_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `claimants_history_recorded_idx` ON `claimants_history` (`recorded_from`);--> statement-breakpoint
CREATE TABLE `incidents_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`slug` text,
	`title` text,
	`occurred_on` text,
	`starts_at` text,
	`starts_at_offset` text,
	`ends_at` text,
	`ends_at_offset` text,
	`place_name` text,
	`latitude` real,
	`longitude` real,
	`summary` text,
	`corrections` text,
	`external_ids` text,
	`review_required` integer,
	`created_at` text,
	`updated_at` text,
	`version` integer,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `incidents_history_key_idx` ON `incidents_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `incidents_history_recorded_idx` ON `incidents_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `incidents_history_by_idx` ON `incidents_history` (`slug`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `milestones_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`ceasefire_id` text,
	`label` text,
	`due_on` text,
	`state` text,
	`note` text,
	`history` text,
	`created_at` text,
	`updated_at` text,
	`version` integer,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `milestones_history_key_idx` ON `milestones_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `milestones_history_recorded_idx` ON `milestones_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `milestones_history_by_idx` ON `milestones_history` (`ceasefire_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `violation_tallies_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text,
	`ceasefire_id` text,
	`claimant_id` text,
	`count` integer,
	`qualifier` text,
	`as_written` text,
	`excludes` text,
	`reported_on` text,
	`source_url` text,
	`created_at` text,
	`recorded_from` integer NOT NULL,
	`recorded_to` integer
);
--> statement-breakpoint
CREATE INDEX `violation_tallies_history_key_idx` ON `violation_tallies_history` (`id`,`recorded_from`);--> statement-breakpoint
CREATE INDEX `violation_tallies_history_recorded_idx` ON `violation_tallies_history` (`recorded_from`);--> statement-breakpoint
CREATE INDEX `violation_tallies_history_by_idx` ON `violation_tallies_history` (`ceasefire_id`,`recorded_from`);--> statement-breakpoint
CREATE TABLE `write_clock` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`open` integer DEFAULT false NOT NULL
);
