/**
 * Every hand-written check of a public read (src/http/checks.ts) against
 * the zod schema of its route's contract, on arbitrary input (fast-check):
 * the check accepts exactly what the schema accepts, and returns what the
 * schema's parse returns. The pairs come from the routers themselves (what
 * each public route checks, and the contract it names), so a new route or a
 * changed schema is covered with no change here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTERS } from '../routes/routers';
import type { Check, CheckInput } from './checks';
import { LISTED_ONLY } from './lazy';
import { documentedRoutes } from './public-route';

type Schema = { shape?: Record<string, unknown>; safeParse(value: unknown): { success: boolean; data?: unknown } };

/** Each check a public route runs, with the schema its contract gives the same part of the request. */
async function checkedParts() {
  const parts: { name: string; check: Check<unknown>; schema: Schema }[] = [];
  for (const router of ROUTERS) {
    for (const route of documentedRoutes(await router.load(LISTED_ONLY))) {
      const { request } = await route.contract();
      for (const [part, check] of [
        ['query', route.query],
        ['params', route.params],
      ] as const) {
        if (!check) continue;
        const schema = request?.[part] as Schema | undefined;
        if (!schema) throw new Error(`${route.path} checks its ${part}, which its contract does not describe`);
        parts.push({ name: `${route.method} ${route.path} ${part}`, check, schema });
      }
    }
  }
  return parts;
}

/** Values near every edge the public schemas draw: lengths, numbers as text, enums, slugs, instants. */
const edgy = fc.oneof(
  fc.constantFrom(
    ...['', ' ', '0', '1', '-1', '5', '20', '100', '101', '1.5', '1e2', ' 7 ', '0x10', '0b11', 'Infinity', 'NaN'],
    ...['9007199254740991', '9007199254740993', '-0', '+3', '1_000', 'null', 'true'],
    ...['en', 'es', 'ar', 'EN', 'fr', 'auto', 'light', 'dark', 'json', 'xml', 'JSON'],
    ...['en-GB', 'EN-gb', 'zh-Hant-TW', 'es-419', 'e', 'engl', '__', '%', 'en-%', 'en--GB', 'en-', 'en-abcdefghi'],
    ...['casualty-claims', 'ceasefire-gauge', 'Casualty-claims', 'deir-ez-zor-airstrike-2016', 'a--b', '-a', 'a-'],
    ...['2016-09-18', '2016-02-30', '2016-09-18T10:11:01Z', '2016-09-12T19:00:00+03:00', '2016-09-18T24:00:00Z'],
    ...['http://127.0.0.1:8787/embed/casualty-claims/x', '\u0000', '\ud800', '👩\u200d👩\u200d👧'],
  ),
  // Lengths either side of each maximum (35, 100, 120, 512, 2048), as slugs and as other text.
  fc
    .tuple(fc.constantFrom(34, 35, 36, 99, 100, 101, 119, 120, 121, 511, 512, 513, 2047, 2048, 2049), fc.boolean())
    .map(([n, slug]) => (slug ? 'a'.repeat(n) : 'A'.repeat(n))),
  fc.string(),
  fc.integer().map(String),
);
/** A key's value as Hono's validator hands it over: absent, once, or repeated (an array). */
const sentValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 5, arbitrary: edgy },
  { weight: 1, arbitrary: fc.array(edgy, { minLength: 2, maxLength: 3 }) },
);
/** The schema's own keys and some others, each with a value or none. */
const inputFor = (schema: Schema) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(Object.keys(schema.shape ?? {}).map((k) => [k, sentValue]))),
      fc.dictionary(fc.constantFrom('x', 'slug', 'asOf', 'lang', 'limit', 'url', 'widget'), edgy, { maxKeys: 2 }),
    )
    .map(([own, other]) => {
      const input: CheckInput = { ...other, ...own };
      for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
      return input;
    });

describe('the public reads’ hand-written checks', () => {
  it('accept exactly what their contract’s schema accepts, and return what it parses to', async () => {
    const parts = await checkedParts();
    expect(parts.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'get /api/v1/incidents/{slug} query',
        'get /api/v1/incidents/{slug} params',
        'get /api/v1/articles query',
        'get /oembed query',
        'get /embed/{widget}/{slug} params',
      ]),
    );
    for (const { name, check, schema } of parts) {
      fc.assert(
        fc.property(inputFor(schema), (input) => {
          const parsed = schema.safeParse(input);
          expect([name, input, check(input)]).toEqual([name, input, parsed.success ? parsed.data : null]);
        }),
        { numRuns: 1500 },
      );
    }
  });
});
