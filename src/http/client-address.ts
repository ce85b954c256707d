/**
 * The client a per-address budget counts against (src/http/budgets.ts, src/auth/rate-limit.ts), from
 * `CF-Connecting-IP`, which Cloudflare sets on every request it proxies (local clients without it share one bucket).
 *
 * An IPv4 address is one client. An IPv6 address is not: a subscriber is handed a whole /64 and picks a new address
 * in it at will (privacy addresses change daily), so counting each address apart would give one client 2^64
 * budgets. An IPv6 client is its /64, and an IPv4 address mapped into IPv6 is that IPv4 address.
 */
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  return budgetKeyOf(c.req.header('CF-Connecting-IP') ?? 'unknown');
}

export function budgetKeyOf(address: string): string {
  if (!address.includes(':')) return address;
  const hextets = expandIpv6(address.toLowerCase());
  if (!hextets) return address;
  // ::ffff:a.b.c.d, an IPv4 client reaching an IPv6 listener.
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    const [hi = 0, lo = 0] = hextets.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (with :: and a trailing dotted IPv4 part), or null if it is not one. */
function expandIpv6(address: string): number[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (/^\d{1,3}(\.\d{1,3}){3}$/.test(group)) {
        const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
        if ([a, b, c, d].some((n) => n > 255)) return null;
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(group)) {
        out.push(Number.parseInt(group, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}
