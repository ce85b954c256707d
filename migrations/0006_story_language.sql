ALTER TABLE `ceasefires` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `ceasefires_history` ADD `language` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents_history` ADD `language` text;--> statement-breakpoint
-- The versions recorded before a story had a language were written in English, as every story then was.
UPDATE `incidents_history` SET `language` = 'en' WHERE `language` IS NULL;--> statement-breakpoint
UPDATE `ceasefires_history` SET `language` = 'en' WHERE `language` IS NULL;
