/**
 * The checks every part of the domain makes the same way: a web address (the one URL check, in
 * @jikim/evidence) and a SHA-256 digest (the one pattern, there too), each throwing a coded
 * DomainError of the caller's kind.
 */
import { isSha256Hex, webUrl } from '@jikim/evidence';
import { DomainError, type DomainErrorClass } from './domain-error.js';

/** The one URL check and the one SHA-256 pattern, for whatever else needs them (a config, a form). */
export { isSha256Hex, isWebUrl, SHA256_HEX, webUrl, webUrlSchema } from '@jikim/evidence';

/** The URL as kept (trimmed, tabs and line breaks dropped), or `invalid_url`. */
export function checkedWebUrl(value: string, Failure: DomainErrorClass = DomainError): string {
  const url = webUrl(value);
  if (url === null) throw new Failure('invalid_url', 'Not a web address: it must start with http:// or https://');
  return url;
}

/** The digest in lower case, or `invalid_sha256`. */
export function checkedSha256(value: string, Failure: DomainErrorClass = DomainError): string {
  const hex = value.trim().toLowerCase();
  if (!isSha256Hex(hex)) throw new Failure('invalid_sha256', 'Not a SHA-256 hash: it must be 64 hexadecimal digits');
  return hex;
}
