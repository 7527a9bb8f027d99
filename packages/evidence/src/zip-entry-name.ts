/**
 * An entry's name as every unzip tool would see it, decoded from the raw bytes of the central
 * directory, or why it is ambiguous. Pure JavaScript (no Buffer): the browser verifier uses it too.
 */

import { displayText } from './display-text.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// As Buffer#toString('utf8') decodes: invalid bytes replaced, a leading BOM kept.
const utf8Loose = new TextDecoder('utf-8', { ignoreBOM: true });

/** ISO-8859-1, byte for byte (TextDecoder's "latin1" is windows-1252, which is not). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE) of a short buffer, for the Unicode Path extra field's check of the name. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ExtraField {
  readonly id: number;
  readonly data: Uint8Array;
}

const UTF8_FLAG = 0x800;
const UNICODE_PATH = 0x7075;

/**
 * Whether a reader that honours the Info-ZIP Unicode Path extra field (as yauzl does: version 1
 * and a matching CRC-32 of the raw name) would see another name than `name`.
 */
function unicodePathDiffers(name: string, raw: Uint8Array, flags: number, extraFields: readonly ExtraField[]): boolean {
  if (!extraFields.some((f) => f.id === UNICODE_PATH)) return false;
  for (const { id, data } of extraFields) {
    if (id !== UNICODE_PATH || data.length < 6 || data[0] !== 1) continue;
    const stored = ((data[1] ?? 0) | ((data[2] ?? 0) << 8) | ((data[3] ?? 0) << 16) | ((data[4] ?? 0) << 24)) >>> 0;
    if (crc32(raw) !== stored) continue;
    return utf8Loose.decode(data.subarray(5)) !== name;
  }
  // Without a usable field, such readers decode the raw name: UTF-8 as is, else as CP437, which
  // differs from ASCII only for the control bytes 0x01-0x1f and 0x7f.
  if (flags & UTF8_FLAG) return utf8Loose.decode(raw) !== name;
  return raw.some((b) => (b > 0 && b < 0x20) || b === 0x7f);
}

/** Decodes an entry's raw name; a problem makes the entry unsafe whatever else it is. */
export function entryName(raw: Uint8Array, flags: number, extraFields: readonly ExtraField[]): { name: string; problem?: string } {
  let name: string;
  if (flags & UTF8_FLAG) {
    try {
      name = utf8.decode(raw);
    } catch {
      return { name: displayText(latin1(raw)), problem: 'name is not valid UTF-8' };
    }
  } else if (raw.every((b) => b < 0x80)) {
    name = latin1(raw);
  } else {
    // Without the UTF-8 flag, tools disagree (CP437, the locale's code page, ...).
    return { name: displayText(latin1(raw)), problem: 'non-ASCII name not marked as UTF-8' };
  }
  if (unicodePathDiffers(name, raw, flags, extraFields)) return { name: displayText(name), problem: 'Unicode Path extra field names another file' };
  return { name };
}
