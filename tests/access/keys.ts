/**
 * What the tests of single sign-on share between the Node side, which serves
 * a team's key set as Cloudflare Access publishes it (`jwks-server.ts`), and
 * the tests that sign tokens with those keys, in workerd or in Node. Plain
 * types and jose only, so both sides can import it.
 */
import { importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';

/** The application's AUD tag the tests configure. */
export const TEST_AUD = 'aud-explainer-edge-tests-0123456789abcdef';

/** A signing key: its id and its private half as a JWK. */
export type TestKey = { kid: string; privateJwk: JWK };

export type AccessKeys = {
  /** The team domain: a loopback origin serving /cdn-cgi/access/certs. */
  teamDomain: string;
  /** Published from the start. */
  current: TestKey;
  /** Published only after `POST /rotate` to the server (a key rotation). */
  next: TestKey;
  /** Never published: a key Access never had. */
  stranger: TestKey;
};

declare module 'vitest' {
  export interface ProvidedContext {
    accessKeys: AccessKeys;
  }
}

/** An Access application token as Cloudflare Access signs one, for the claims given (defaults: valid for an hour). */
export async function accessToken(
  keys: AccessKeys,
  claims: JWTPayload & { email?: string },
  options: { key?: TestKey; issuer?: string; audience?: string; expiresIn?: string | number } = {},
): Promise<string> {
  const key = options.key ?? keys.current;
  return new SignJWT({ type: 'app', identity_nonce: 'nonce', country: 'GB', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(options.issuer ?? keys.teamDomain)
    .setAudience(options.audience ?? TEST_AUD)
    .setSubject(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(await importJWK(key.privateJwk, 'RS256'));
}
