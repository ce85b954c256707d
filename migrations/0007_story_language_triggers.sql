-- Generated from src/db/recorded-time.ts (retriggerMigration); tests/node/migrations.test.ts checks what the migrations leave.
DROP TRIGGER IF EXISTS "incidents_recorded_insert";
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_insert" AFTER INSERT ON "incidents" BEGIN
  INSERT INTO "incidents_history" ("id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "language", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."title", NEW."occurred_on", NEW."starts_at", NEW."starts_at_offset", NEW."ends_at", NEW."ends_at_offset", NEW."place_name", NEW."latitude", NEW."longitude", NEW."summary", NEW."corrections", NEW."external_ids", NEW."language", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "incidents_recorded_update";
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_update" AFTER UPDATE ON "incidents" BEGIN
  UPDATE "incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "incidents_history" ("id", "slug", "title", "occurred_on", "starts_at", "starts_at_offset", "ends_at", "ends_at_offset", "place_name", "latitude", "longitude", "summary", "corrections", "external_ids", "language", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."title", NEW."occurred_on", NEW."starts_at", NEW."starts_at_offset", NEW."ends_at", NEW."ends_at_offset", NEW."place_name", NEW."latitude", NEW."longitude", NEW."summary", NEW."corrections", NEW."external_ids", NEW."language", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "incidents_recorded_delete";
--> statement-breakpoint
CREATE TRIGGER "incidents_recorded_delete" AFTER DELETE ON "incidents" BEGIN
  UPDATE "incidents_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "ceasefires_recorded_insert";
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_insert" AFTER INSERT ON "ceasefires" BEGIN
  INSERT INTO "ceasefires_history" ("id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "language", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."name", NEW."brokers", NEW."parties", NEW."excludes", NEW."started_at", NEW."started_at_offset", NEW."ended_at", NEW."ended_at_offset", NEW."status", NEW."status_note", NEW."as_of", NEW."as_of_offset", NEW."language", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "ceasefires_recorded_update";
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_update" AFTER UPDATE ON "ceasefires" BEGIN
  UPDATE "ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
  INSERT INTO "ceasefires_history" ("id", "slug", "name", "brokers", "parties", "excludes", "started_at", "started_at_offset", "ended_at", "ended_at_offset", "status", "status_note", "as_of", "as_of_offset", "language", "review_required", "created_at", "updated_at", "version", "recorded_from") VALUES (NEW."id", NEW."slug", NEW."name", NEW."brokers", NEW."parties", NEW."excludes", NEW."started_at", NEW."started_at_offset", NEW."ended_at", NEW."ended_at_offset", NEW."status", NEW."status_note", NEW."as_of", NEW."as_of_offset", NEW."language", NEW."review_required", NEW."created_at", NEW."updated_at", NEW."version", (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "ceasefires_recorded_delete";
--> statement-breakpoint
CREATE TRIGGER "ceasefires_recorded_delete" AFTER DELETE ON "ceasefires" BEGIN
  UPDATE "ceasefires_history" SET "recorded_to" = (SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)) END FROM "write_clock" WHERE "id" = 1) WHERE "id" = OLD."id" AND "recorded_to" IS NULL;
END;
