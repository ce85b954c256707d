/**
 * Single sign-on through Cloudflare Access. Behind Access, every request to
 * the Worker carries the application token Access signed for the signed-in
 * person in `Cf-Access-Jwt-Assertion`. It is checked here with `jose`: the
 * signature against the team's published keys (RS256), the audience (the
 * application's AUD tag), the issuer (the team domain) and expiry; the
 * e-mail it carries must then belong to an active editor. Nobody gets an
 * account by signing in: an e-mail no editor has is refused (403).
 */
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Bindings } from '../env';
import { Problem } from '../http/problem';

export const ACCESS_HEADER = 'Cf-Access-Jwt-Assertion';

/** What a 401 from the admin side tells the client to send. */
export const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="explainer-edge-admin"' };

/** How long a key set is trusted before it is fetched again, and the least time between two fetches. */
const CACHE_MAX_AGE_MS = 10 * 60_000;
/**
 * A token naming a key the cached set lacks (a rotation) makes jose fetch the
 * set again, but not within a minute of the last fetch: made-up key ids
 * cannot make the Worker flood the team domain.
 */
export const REFETCH_COOLDOWN_MS = 60_000;

export type AccessConfig = { issuer: string; audience: string; certs: URL };

type AccessVars = Pick<Bindings, 'ACCESS_TEAM_DOMAIN' | 'ACCESS_AUD'>;

/** Whether Access is meant to be on (both variables set), right or wrong: what a 401 suggests signing in with. */
export function accessConfigured(env: AccessVars): boolean {
  return Boolean(env.ACCESS_TEAM_DOMAIN?.trim() && env.ACCESS_AUD?.trim());
}

/**
 * Access as configured, or null when it is not. The team domain may be
 * given with or without `https://`; plain `http://` is accepted only for a
 * loopback address (a key set served locally in tests and development).
 *
 * A team domain that is neither is a mistake in the Worker's settings: a
 * 500 problem saying so (and the Worker's log). Callers resolve this only
 * for a request that signs in with Access (src/auth/bearer.ts), so the
 * mistake fails single sign-on alone, never a bearer token.
 */
export function accessConfig(env: AccessVars): AccessConfig | null {
  const domain = env.ACCESS_TEAM_DOMAIN?.trim();
  const audience = env.ACCESS_AUD?.trim();
  if (!domain || !audience) return null;
  const origin = originOf(domain);
  if (!origin || (origin.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname))) {
    console.error('ACCESS_TEAM_DOMAIN must be a team domain (<team>.cloudflareaccess.com) or an https origin.');
    throw new Problem(
      'internal',
      'Single sign-on is misconfigured on this server (ACCESS_TEAM_DOMAIN must be a team domain or an https origin), so it cannot sign anyone in. Send an editor token as Authorization: Bearer meanwhile.',
    );
  }
  return { issuer: origin.origin, audience, certs: new URL('/cdn-cgi/access/certs', origin.origin) };
}

/** The team domain as a URL (https unless it says otherwise), or null when it is none. */
function originOf(domain: string): URL | null {
  try {
    return new URL(/^https?:\/\//.test(domain) ? domain : `https://${domain}`);
  } catch {
    return null;
  }
}

/** How long a fetch of the key set may take before it counts as failed. */
const FETCH_TIMEOUT_MS = 5_000;

/** The key set could not be fetched or read, and no earlier one is at hand: the team domain's fault, not the token's. */
class KeysUnavailable extends Error {}

/**
 * One team's keys, kept for the isolate's life. Fetched when first needed, again once `CACHE_MAX_AGE_MS` old, and
 * for a key id the set lacks (a rotation), but never within `REFETCH_COOLDOWN_MS` of the last try, so made-up key
 * ids cannot make the Worker flood the team domain. A refresh that fails keeps the keys last fetched (they verified
 * tokens a moment ago; Access publishes a key well before it signs with it): a team domain that cannot be reached
 * stops single sign-on only for an isolate that never had its keys, and is asked again at most once a minute, by
 * the one request that finds the keys old; the others meanwhile use the keys there are. Each request waits only for
 * its own fetch: a request waiting on another's can hang in a Worker, when the other is dropped.
 */
class TeamKeys {
  #keys: JWTVerifyGetKey | null = null;
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #triedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly certs: URL) {}

  /** The key for a token's header, as `jwtVerify` asks for it. */
  readonly resolve: JWTVerifyGetKey = async (header, token) => {
    if (!outOf(this.#fetchedAt, CACHE_MAX_AGE_MS) && this.#keys) return this.#match(header, token);
    await this.#refresh();
    return this.#match(header, token);
  };

  async #match(...args: Parameters<JWTVerifyGetKey>) {
    const keys = this.#keys;
    if (!keys) throw new KeysUnavailable();
    try {
      return await keys(...args);
    } catch (error) {
      // A key the set lacks may be one Access has just published: look again, unless someone looked within the minute.
      if (!(error instanceof errors.JWKSNoMatchingKey) || !outOf(this.#triedAt, REFETCH_COOLDOWN_MS)) throw error;
      await this.#refresh();
      return (this.#keys ?? keys)(...args);
    }
  }

  /** Fetches the set, unless a try was made within the cooldown while there are keys to go on with. */
  async #refresh(): Promise<void> {
    if (this.#keys && !outOf(this.#triedAt, REFETCH_COOLDOWN_MS)) return;
    this.#triedAt = Date.now();
    try {
      const res = await fetch(this.certs, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`${res.status}`);
      const set = (await res.json()) as JSONWebKeySet;
      if (!Array.isArray(set?.keys)) throw new Error('not a key set');
      this.#keys = createLocalJWKSet(set);
      this.#fetchedAt = Date.now();
    } catch {
      // Kept: the keys last fetched, if any (see above); the next try comes after the cooldown.
    }
  }
}

/** Whether `at` is `ms` or more ago (or ahead: a clock set back counts as long ago, never as just now). */
const outOf = (at: number, ms: number) => {
  const age = Date.now() - at;
  return age >= ms || age < 0;
};

const teams = new Map<string, TeamKeys>();

function keySet(certs: URL): JWTVerifyGetKey {
  let team = teams.get(certs.href);
  if (!team) {
    team = new TeamKeys(certs);
    teams.set(certs.href, team);
  }
  return team.resolve;
}

/**
 * The e-mail an Access token was issued for. 401 for a token that is not
 * valid (bad signature, unknown key, wrong audience or issuer, expired, not
 * RS256); 403 for a valid one that names no person (a service token); 503
 * when the team's keys cannot be fetched.
 */
export async function accessEmail(config: AccessConfig, token: string): Promise<string> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keySet(config.certs), {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    if (error instanceof KeysUnavailable || !(error instanceof errors.JOSEError)) {
      throw new Problem('unavailable', 'The single sign-on keys could not be fetched. Try again shortly.', {
        headers: { 'Retry-After': '5' },
      });
    }
    throw new Problem('unauthorized', `The single sign-on token was refused (${reason(error)}). Sign in again.`, {
      headers: CHALLENGE,
    });
  }
  const email = typeof payload.email === 'string' ? payload.email : '';
  if (!email) {
    throw new Problem(
      'forbidden',
      'This single sign-on token names no person (a service token?). Send an editor token as Authorization: Bearer as well.',
    );
  }
  return normalEmail(email);
}

function reason(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `${error.claim} does not match`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'signed with a key the team does not publish';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  return 'not a valid token';
}

/** E-mail addresses are matched without regard to case or surrounding space. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
