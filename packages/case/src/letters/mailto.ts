/**
 * A `mailto:` link for a letter (RFC 6068): the address, then subject and body percent-encoded as
 * UTF-8, line breaks as CRLF (%0D%0A). Mail clients and browsers cut or refuse long links (about
 * 2,000 characters is the safe limit), and a letter with many URLs is longer than that, so the
 * link says whether it fits; when it does not, the page offers copying instead.
 */
import { DomainError } from '../errors/domain-error.js';
import type { DeletionLetter } from './deletion-letter.js';

export const MAILTO_SAFE_LENGTH = 2000;

export interface MailtoLink {
  readonly href: string;
  readonly length: number;
  readonly fitsMailClients: boolean;
}

export class MailtoAddressError extends DomainError {
  constructor(message: string) {
    super('email_address_invalid', message);
    this.name = 'MailtoAddressError';
  }
}

/**
 * Percent-encodes everything but RFC 3986 unreserved characters and !'()*, which RFC 6068 allows
 * unencoded in header values. "+" is encoded: some clients would read it as a space.
 */
const encode = (value: string) => encodeURIComponent(value);

/** One address, local part percent-encoded, domain in ASCII (punycode); empty stays empty. */
function encodeAddress(to: string): string {
  const address = to.normalize('NFC').trim();
  if (address === '') return '';
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (at <= 0 || domain === '' || /[\s,;<>"]/u.test(address)) throw new MailtoAddressError('Give one email address, like help@example.com');
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    throw new MailtoAddressError('The part after @ is not a domain');
  }
  if (host.includes(':') || host.startsWith('[')) throw new MailtoAddressError('The part after @ is not a domain');
  return `${encode(local)}@${host}`;
}

export function mailtoHref(to: string, letter: DeletionLetter): MailtoLink {
  const subject = letter.subject.replace(/[\r\n]+/gu, ' ');
  const body = letter.body.replace(/\r\n|\r|\n/gu, '\r\n');
  const href = `mailto:${encodeAddress(to)}?subject=${encode(subject)}&body=${encode(body)}`;
  return { href, length: href.length, fitsMailClients: href.length <= MAILTO_SAFE_LENGTH };
}
