/**
 * Migrates the local D1 (the one `wrangler dev` serves) and loads the first
 * story. Idempotent: rows already present are left as they are.
 *
 *   npm run db:seed
 */
import { applyMigrations, seedLocalDb } from './local-db';

applyMigrations();
const inserted = await seedLocalDb();
console.log(inserted === 0 ? 'Seed: already loaded, nothing changed.' : `Seed: inserted ${inserted} rows.`);
