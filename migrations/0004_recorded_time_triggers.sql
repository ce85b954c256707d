-- Generated from src/db/recorded-time.ts (recordedTimeMigration); tests/node/migrations.test.ts holds them equal.
INSERT INTO "write_clock" ("id", "at", "open") VALUES (1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 0);
--> statement-breakpoint
INSERT INTO "articles_history" ("id", "slug", "headline", "dek", "body", "section", "language", "byline", "published_at", "published_at_approximate", "status", "canonical_url", "corrections", "created_at", "updated_at", "version", "recorded_from") SELECT "id", "slug", "headline", "dek", "body", "section", "language", "byline", "published_at", "published_at_approximate", "status", "canonical_url", "corrections", "created_at", "updated_at", "version", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "articles";
--> statement-breakpoint
INSERT INTO "incidents_history" ("id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "review_required", "created_at", "updated_at", "version", "recorded_from") SELECT "id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "review_required", "created_at", "updated_at", "version", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "incidents";
--> statement-breakpoint
INSERT INTO "article_incidents_history" ("article_id", "incident_id", "recorded_from") SELECT "article_id", "incident_id", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "article_incidents";
--> statement-breakpoint
INSERT INTO "claimants_history" ("id", "name", "kind", "affiliation", "url", "created_at", "recorded_from") SELECT "id", "name", "kind", "affiliation", "url", "created_at", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "claimants";
--> statement-breakpoint
INSERT INTO "casualty_claims_history" ("id", "incident_id", "claimant_id", "metric", "subject", "qualifier", "low", "high", "as_written", "claimed_on", "source_article_id", "source_url", "quote", "status", "status_changed_at", "supersedes_id", "created_at", "updated_at", "version", "recorded_from") SELECT "id", "incident_id", "claimant_id", "metric", "subject", "qualifier", "low", "high", "as_written", "claimed_on", "source_article_id", "source_url", "quote", "status", "status_changed_at", "supersedes_id", "created_at", "updated_at", "version", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "casualty_claims";
--> statement-breakpoint
INSERT INTO "ceasefires_history" ("id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "review_required", "created_at", "updated_at", "version", "recorded_from") SELECT "id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "review_required", "created_at", "updated_at", "version", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "ceasefires";
--> statement-breakpoint
INSERT INTO "article_ceasefires_history" ("article_id", "ceasefire_id", "recorded_from") SELECT "article_id", "ceasefire_id", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "article_ceasefires";
--> statement-breakpoint
INSERT INTO "ceasefire_status_changes_history" ("id", "ceasefire_id", "status", "at", "at_offset", "note", "recorded_from") SELECT "id", "ceasefire_id", "status", "at", "at_offset", "note", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "ceasefire_status_changes";
--> statement-breakpoint
INSERT INTO "violation_tallies_history" ("id", "ceasefire_id", "claimant_id", "count", "qualifier", "as_written", "excludes", "reported_on", "source_url", "created_at", "recorded_from") SELECT "id", "ceasefire_id", "claimant_id", "count", "qualifier", "as_written", "excludes", "reported_on", "source_url", "created_at", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "violation_tallies";
--> statement-breakpoint
INSERT INTO "milestones_history" ("id", "ceasefire_id", "label", "due_on", "state", "note", "history", "created_at", "updated_at", "version", "recorded_from") SELECT "id", "ceasefire_id", "label", "due_on", "state", "note", "history", "created_at", "updated_at", "version", CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) FROM "milestones";
--> statement-breakpoint
CREATE TRIGGER "articles_recorded_insert" AFTER INSERT ON "articles" BEGIN
  INSERT INTO "articles_history" ("id", "slug", "headline", "dek", "body", "section", "language", "byline", "published_at", "published_at_approximate", "status", "canonical_url", "corrections", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."headline", NEW."dek", NEW."body", NEW."section", NEW."language", NEW."byline", NEW."published_at", NEW."published_at_approximate", NEW."status", NEW."canonical_url", NEW."corrections", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "articles_recorded_update" AFTER UPDATE ON "articles" BEGIN
  UPDATE "articles_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "articles_history" ("id", "slug", "headline", "dek", "body", "section", "language", "byline", "published_at", "published_at_approximate", "status", "canonical_url", "corrections", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."headline", NEW."dek", NEW."body", NEW."section", NEW."language", NEW."byline", NEW."published_at", NEW."published_at_approximate", NEW."status", NEW."canonical_url", NEW."corrections", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "articles_recorded_delete" AFTER DELETE ON "articles" BEGIN
  UPDATE "articles_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_insert" AFTER INSERT ON "incidents" BEGIN
  INSERT INTO "incidents_history" ("id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."title", NEW."occurred_on", NEW."starts_at", NEW."starts_at_offset", NEW."ends_at", NEW."ends_at_offset", NEW."place_name", NEW."latitude", NEW."longitude", NEW."summary", NEW."corrections", NEW."external_ids", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_update" AFTER UPDATE ON "incidents" BEGIN
  UPDATE "incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "incidents_history" ("id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."title", NEW."occurred_on", NEW."starts_at", NEW."starts_at_offset", NEW."ends_at", NEW."ends_at_offset", NEW."place_name", NEW."latitude", NEW."longitude", NEW."summary", NEW."corrections", NEW."external_ids", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_delete" AFTER DELETE ON "incidents" BEGIN
  UPDATE "incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "article_incidents_recorded_insert" AFTER INSERT ON "article_incidents" BEGIN
  INSERT INTO "article_incidents_history" ("article_id", "incident_id", "recorded_from") VALUES (NEW."article_id", NEW."incident_id", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "article_incidents_recorded_update" AFTER UPDATE ON "article_incidents" BEGIN
  UPDATE "article_incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "article_id" = OLD."article_id" AND "incident_id" = OLD."incident_id" AND "recorded_to" IS NULL;
  INSERT INTO "article_incidents_history" ("article_id", "incident_id", "recorded_from") VALUES (NEW."article_id", NEW."incident_id", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "article_incidents_recorded_delete" AFTER DELETE ON "article_incidents" BEGIN
  UPDATE "article_incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "article_id" = OLD."article_id" AND "incident_id" = OLD."incident_id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "claimants_recorded_insert" AFTER INSERT ON "claimants" BEGIN
  INSERT INTO "claimants_history" ("id", "name", "kind", "affiliation", "url", "created_at", "recorded_from") VALUES (NEW."id", NEW."name", NEW."kind", NEW."affiliation", NEW."url", NEW."created_at", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "claimants_recorded_update" AFTER UPDATE ON "claimants" BEGIN
  UPDATE "claimants_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "claimants_history" ("id", "name", "kind", "affiliation", "url", "created_at", "recorded_from") VALUES (NEW."id", NEW."name", NEW."kind", NEW."affiliation", NEW."url", NEW."created_at", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "claimants_recorded_delete" AFTER DELETE ON "claimants" BEGIN
  UPDATE "claimants_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "casualty_claims_recorded_insert" AFTER INSERT ON "casualty_claims" BEGIN
  INSERT INTO "casualty_claims_history" ("id", "incident_id", "claimant_id", "metric", "subject", "qualifier", "low", "high", "as_written", "claimed_on", "source_article_id", "source_url", "quote", "status", "status_changed_at", "supersedes_id", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."incident_id", NEW."claimant_id", NEW."metric", NEW."subject", NEW."qualifier", NEW."low", NEW."high", NEW."as_written", NEW."claimed_on", NEW."source_article_id", NEW."source_url", NEW."quote", NEW."status", NEW."status_changed_at", NEW."supersedes_id", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "casualty_claims_recorded_update" AFTER UPDATE ON "casualty_claims" BEGIN
  UPDATE "casualty_claims_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "casualty_claims_history" ("id", "incident_id", "claimant_id", "metric", "subject", "qualifier", "low", "high", "as_written", "claimed_on", "source_article_id", "source_url", "quote", "status", "status_changed_at", "supersedes_id", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."incident_id", NEW."claimant_id", NEW."metric", NEW."subject", NEW."qualifier", NEW."low", NEW."high", NEW."as_written", NEW."claimed_on", NEW."source_article_id", NEW."source_url", NEW."quote", NEW."status", NEW."status_changed_at", NEW."supersedes_id", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "casualty_claims_recorded_delete" AFTER DELETE ON "casualty_claims" BEGIN
  UPDATE "casualty_claims_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_insert" AFTER INSERT ON "ceasefires" BEGIN
  INSERT INTO "ceasefires_history" ("id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."name", NEW."brokers", NEW."parties", NEW."excludes", NEW."started_at", NEW."started_at_offset", NEW."ended_at", NEW."ended_at_offset", NEW."status", NEW."status_note", NEW."as_of", NEW."as_of_offset", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_update" AFTER UPDATE ON "ceasefires" BEGIN
  UPDATE "ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "ceasefires_history" ("id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."name", NEW."brokers", NEW."parties", NEW."excludes", NEW."started_at", NEW."started_at_offset", NEW."ended_at", NEW."ended_at_offset", NEW."status", NEW."status_note", NEW."as_of", NEW."as_of_offset", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_delete" AFTER DELETE ON "ceasefires" BEGIN
  UPDATE "ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "article_ceasefires_recorded_insert" AFTER INSERT ON "article_ceasefires" BEGIN
  INSERT INTO "article_ceasefires_history" ("article_id", "ceasefire_id", "recorded_from") VALUES (NEW."article_id", NEW."ceasefire_id", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "article_ceasefires_recorded_update" AFTER UPDATE ON "article_ceasefires" BEGIN
  UPDATE "article_ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "article_id" = OLD."article_id" AND "ceasefire_id" = OLD."ceasefire_id" AND "recorded_to" IS NULL;
  INSERT INTO "article_ceasefires_history" ("article_id", "ceasefire_id", "recorded_from") VALUES (NEW."article_id", NEW."ceasefire_id", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "article_ceasefires_recorded_delete" AFTER DELETE ON "article_ceasefires" BEGIN
  UPDATE "article_ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "article_id" = OLD."article_id" AND "ceasefire_id" = OLD."ceasefire_id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefire_status_changes_recorded_insert" AFTER INSERT ON "ceasefire_status_changes" BEGIN
  INSERT INTO "ceasefire_status_changes_history" ("id", "ceasefire_id", "status", "at", "at_offset", "note", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."status", NEW."at", NEW."at_offset", NEW."note", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefire_status_changes_recorded_update" AFTER UPDATE ON "ceasefire_status_changes" BEGIN
  UPDATE "ceasefire_status_changes_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "ceasefire_status_changes_history" ("id", "ceasefire_id", "status", "at", "at_offset", "note", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."status", NEW."at", NEW."at_offset", NEW."note", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "ceasefire_status_changes_recorded_delete" AFTER DELETE ON "ceasefire_status_changes" BEGIN
  UPDATE "ceasefire_status_changes_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "violation_tallies_recorded_insert" AFTER INSERT ON "violation_tallies" BEGIN
  INSERT INTO "violation_tallies_history" ("id", "ceasefire_id", "claimant_id", "count", "qualifier", "as_written", "excludes", "reported_on", "source_url", "created_at", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."claimant_id", NEW."count", NEW."qualifier", NEW."as_written", NEW."excludes", NEW."reported_on", NEW."source_url", NEW."created_at", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "violation_tallies_recorded_update" AFTER UPDATE ON "violation_tallies" BEGIN
  UPDATE "violation_tallies_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "violation_tallies_history" ("id", "ceasefire_id", "claimant_id", "count", "qualifier", "as_written", "excludes", "reported_on", "source_url", "created_at", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."claimant_id", NEW."count", NEW."qualifier", NEW."as_written", NEW."excludes", NEW."reported_on", NEW."source_url", NEW."created_at", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "violation_tallies_recorded_delete" AFTER DELETE ON "violation_tallies" BEGIN
  UPDATE "violation_tallies_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER "milestones_recorded_insert" AFTER INSERT ON "milestones" BEGIN
  INSERT INTO "milestones_history" ("id", "ceasefire_id", "label", "due_on", "state", "note", "history", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."label", NEW."due_on", NEW."state", NEW."note", NEW."history", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "milestones_recorded_update" AFTER UPDATE ON "milestones" BEGIN
  UPDATE "milestones_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "milestones_history" ("id", "ceasefire_id", "label", "due_on", "state", "note", "history", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."ceasefire_id", NEW."label", NEW."due_on", NEW."state", NEW."note", NEW."history", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
CREATE TRIGGER "milestones_recorded_delete" AFTER DELETE ON "milestones" BEGIN
  UPDATE "milestones_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
