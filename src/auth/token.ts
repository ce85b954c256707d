/**
 * Editors' bearer tokens. Shared by the Worker and the `npm run editor` CLI
 * (Node), so it uses only Web Crypto, which both have.
 *
 * A token is 256 random bits. Only its SHA-256 is stored: a database leak
 * then yields nothing that signs in. A fast hash is enough here, unlike for
 * passwords: slow KDFs (bcrypt, scrypt) exist to make guessing low-entropy
 * secrets expensive, and nobody can guess among 2^256 tokens however fast the
 * hash is, while a slow KDF would spend the Worker's CPU on every request.
 */

const PREFIX = 'ee_';

/** Shape of a token; anything else is refused before hashing. */
export const TOKEN_PATTERN = /^ee_[A-Za-z0-9_-]{43}$/;

/** A new token: `ee_` and 32 random bytes in base64url (43 characters). */
export function generateToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return PREFIX + base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** SHA-256 of a text, lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the token, lowercase hex: what `editors.token_hash` holds. */
export function hashToken(token: string): Promise<string> {
  return sha256Hex(token);
}

/**
 * What a revoked account's `token_hash` becomes: the hash of a token made and thrown away at once, so no one holds
 * a token that signs in as it, while the column (NOT NULL, UNIQUE) keeps a value of its usual shape. Revoking
 * replaces the hash rather than relying on `revoked_at` alone: the account may be restored later, and its old token,
 * which may be why it was revoked, must not come back with it.
 */
export function unusableTokenHash(): Promise<string> {
  return hashToken(generateToken());
}
