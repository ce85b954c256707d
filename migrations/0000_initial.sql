CREATE TABLE `article_ceasefires` (
	`article_id` text NOT NULL,
	`ceasefire_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `ceasefire_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ceasefire_id`) REFERENCES `ceasefires`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_ceasefires_ceasefire_idx` ON `article_ceasefires` (`ceasefire_id`);--> statement-breakpoint
CREATE TABLE `article_incidents` (
	`article_id` text NOT NULL,
	`incident_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `incident_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_incidents_incident_idx` ON `article_incidents` (`incident_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`dek` text,
	`body` text NOT NULL,
	`section` text NOT NULL,
	`language` text NOT NULL,
	`byline` text,
	`published_at` text,
	`published_at_approximate` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`canonical_url` text,
	`corrections` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_listing_idx` ON `articles` (`status`,`published_at`,`id`);--> statement-breakpoint
CREATE TABLE `audit_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`editor_id` text NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`reverted_by` integer,
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entries_entity_idx` ON `audit_entries` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE TABLE `casualty_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`claimant_id` text NOT NULL,
	`metric` text NOT NULL,
	`subject` text NOT NULL,
	`qualifier` text NOT NULL,
	`low` integer NOT NULL,
	`high` integer,
	`as_written` text NOT NULL,
	`claimed_on` text NOT NULL,
	`source_article_id` text,
	`source_url` text,
	`quote` text,
	`status` text DEFAULT 'current' NOT NULL,
	`status_changed_at` text,
	`supersedes_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claimant_id`) REFERENCES `claimants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `casualty_claims_incident_idx` ON `casualty_claims` (`incident_id`,`metric`);--> statement-breakpoint
CREATE UNIQUE INDEX `casualty_claims_supersedes_unique` ON `casualty_claims` (`supersedes_id`);--> statement-breakpoint
CREATE TABLE `ceasefire_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`ceasefire_id` text NOT NULL,
	`status` text NOT NULL,
	`at` text NOT NULL,
	`at_offset` text,
	`note` text,
	FOREIGN KEY (`ceasefire_id`) REFERENCES `ceasefires`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ceasefire_status_changes_idx` ON `ceasefire_status_changes` (`ceasefire_id`,`at`);--> statement-breakpoint
CREATE TABLE `ceasefires` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`brokers` text DEFAULT '[]' NOT NULL,
	`parties` text DEFAULT '[]' NOT NULL,
	`excludes` text DEFAULT '[]' NOT NULL,
	`started_at` text NOT NULL,
	`started_at_offset` text,
	`ended_at` text,
	`ended_at_offset` text,
	`status` text NOT NULL,
	`status_note` text,
	`as_of` text NOT NULL,
	`as_of_offset` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ceasefires_slug_unique` ON `ceasefires` (`slug`);--> statement-breakpoint
CREATE TABLE `claimants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`affiliation` text,
	`url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claimants_name_unique` ON `claimants` (`name`);--> statement-breakpoint
CREATE TABLE `editors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editors_name_unique` ON `editors` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `editors_token_hash_unique` ON `editors` (`token_hash`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`occurred_on` text NOT NULL,
	`starts_at` text,
	`starts_at_offset` text,
	`ends_at` text,
	`ends_at_offset` text,
	`place_name` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`summary` text DEFAULT '' NOT NULL,
	`corrections` text DEFAULT '[]' NOT NULL,
	`external_ids` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_slug_unique` ON `incidents` (`slug`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`ceasefire_id` text NOT NULL,
	`label` text NOT NULL,
	`due_on` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`history` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`ceasefire_id`) REFERENCES `ceasefires`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_idx` ON `milestones` (`ceasefire_id`);--> statement-breakpoint
CREATE TABLE `violation_tallies` (
	`id` text PRIMARY KEY NOT NULL,
	`ceasefire_id` text NOT NULL,
	`claimant_id` text,
	`count` integer NOT NULL,
	`qualifier` text NOT NULL,
	`as_written` text NOT NULL,
	`excludes` text,
	`reported_on` text NOT NULL,
	`source_url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`ceasefire_id`) REFERENCES `ceasefires`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claimant_id`) REFERENCES `claimants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_tallies_idx` ON `violation_tallies` (`ceasefire_id`,`reported_on`);