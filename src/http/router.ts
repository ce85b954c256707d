import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { validationProblem } from './problem';

/**
 * A router whose failed validations become problem+json naming the fields.
 * Every route module builds on this, so none can forget it.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error, result.target === 'json' ? undefined : result.target);
    },
  });
}
