/**
 * Hosts as the inbox compares them: a registered domain is checked and written one way (lower case,
 * punycode for an international name, no scheme, port or path), and a target's host is reduced to
 * itself and every parent domain of at least two labels. Both become keyed hashes of one purpose,
 * so "m.example.com is under example.com" is an equality of hashes and no host is stored in clear.
 */
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import type { KeyedHash } from '../../vault/keyed-hash.js';

export const HOST_PURPOSE = 'target-host';
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The domain as stored (`Example.COM` → `example.com`, `예시.kr` → `xn--…`), or null when it is not a host name. */
export function checkedDomain(input: string): string | null {
  const raw = input.normalize('NFC').trim().replace(/\.$/, '');
  if (raw === '' || /[\s/:@?#\\[\]]/.test(raw)) return null;
  const ascii = domainToASCII(raw.toLowerCase());
  if (ascii === '' || ascii.length > 253 || isIP(ascii) !== 0) return null;
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^[0-9]+$/.test(labels.at(-1) ?? '') ? ascii : null;
}

/** A URL's host and its parent domains of two labels or more (`a.m.example.com` → 3 names); an IP address alone. */
export function hostAndParents(url: string): string[] {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' ) return [];
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0 || !host.includes('.')) return [host];
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** The keyed hashes a target is found by (distinct). */
export async function targetHostKeys(hashes: KeyedHash, url: string): Promise<string[]> {
  return [...new Set(await Promise.all(hostAndParents(url).map((h) => hashes.of(HOST_PURPOSE, h))))];
}

/** The keyed hashes of a platform's registered domains. */
export function domainKeys(hashes: KeyedHash, domains: readonly string[]): Promise<string[]> {
  return Promise.all(domains.map((d) => hashes.of(HOST_PURPOSE, d)));
}
