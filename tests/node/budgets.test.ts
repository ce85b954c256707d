/** The budgets the code and README speak of are the ones wrangler.toml configures. */

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { BUDGETS } from '../../src/http/budgets';

describe('the per-address budgets', () => {
  it('match the Rate Limiting bindings in wrangler.toml', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const config = unstable_readConfig({ config: `${root}wrangler.toml` });
    for (const [name, budget] of Object.entries(BUDGETS)) {
      const binding = config.ratelimits.find((r: { name: string }) => r.name === name);
      expect(binding?.simple, name).toEqual({ limit: budget.limit, period: budget.periodSeconds });
    }
  });
});
