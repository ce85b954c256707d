import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AppEnv } from '../env';
import { validationProblem } from './problem';

/**
 * A router whose failed validations become problem+json naming the fields.
 * Every route module builds on this, so none can forget it.
 */
export function createRouter<E extends Env = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error, result.target === 'json' ? undefined : result.target);
    },
  });
}
