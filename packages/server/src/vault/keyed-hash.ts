/**
 * Keyed hashes (HMAC-SHA-256) for values that must be found again but not stored in clear: a
 * normalised URL (the same URL across cases), a platform's domain, a client's address (login
 * throttling). Each purpose has its own key, derived from the system data key, so a hash made
 * for one purpose means nothing for another and a rotation of the master key changes none.
 */
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { KeyVault } from './vault.js';

export type KeyedHashPurpose = 'url' | 'domain' | 'address' | (string & { readonly purpose?: never });

export interface KeyedHash {
  /** Hex HMAC of an already normalised value. */
  of(purpose: KeyedHashPurpose, normalised: string): Promise<string>;
  url(url: string): Promise<string>;
  domain(url: string): Promise<string>;
  address(address: string): Promise<string>;
}

/**
 * One spelling per URL: scheme and host lower-cased (the WHATWG parser does this and IDNA),
 * default port, user info and fragment dropped, path and query kept as given (they are
 * case-sensitive on most sites), NFC first so macOS's NFD Korean matches.
 */
export function normaliseUrl(input: string): string {
  const url = new URL(input.normalize('NFC').trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('Only http and https URLs are hashed');
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.href;
}

/** The host without `www.`, as a platform is known (`x.com`, `m.youtube.com` stays as is). */
export function normaliseDomain(input: string): string {
  return new URL(normaliseUrl(input)).hostname.replace(/^www\./, '');
}

/**
 * One spelling per client address: IPv4 dotted, IPv4-mapped IPv6 as IPv4, IPv6 cut to its /64
 * (one subscriber usually holds a whole /64, so per-address limits would not hold otherwise).
 */
export function normaliseAddress(input: string): string {
  const address = input.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) throw new TypeError('Not an IP address');
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

export function createKeyedHash(vault: Pick<KeyVault, 'keyedHashKey'>): KeyedHash {
  const of = async (purpose: KeyedHashPurpose, normalised: string) =>
    createHmac('sha256', await vault.keyedHashKey(purpose)).update(normalised, 'utf8').digest('hex');
  return {
    of,
    url: (url) => of('url', normaliseUrl(url)),
    domain: (url) => of('domain', normaliseDomain(url)),
    address: (address) => of('address', normaliseAddress(address)),
  };
}
