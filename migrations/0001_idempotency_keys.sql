CREATE TABLE `idempotency_keys` (
	`editor_id` text NOT NULL,
	`key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_key` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`editor_id`, `key`),
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
