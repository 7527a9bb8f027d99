/**
 * The evidence bundle format: manifest.json (v1), SHA256SUMS, and the rules and report of
 * verifying a bundle. Browser-safe; the one writer is `@jikim/evidence/write-bundle` (web streams,
 * loaded only when a bundle is made), and the Node-only file writer and verifier `@jikim/evidence/node`.
 */
export * from './manifest.js';
export * from './sha256sums.js';
export * from './sha256-hex.js';
export * from './web-url.js';
export * from './verify-report.js';
export { verifyZip, type EntryHasher, type OpenZip, type ZipEntryFacts, type ZipPort } from './verify-zip.js';
export { crc32, entryName, type ExtraField } from './zip-entry-name.js';
export { displayJson, displayText, hasUnsafeDisplayCharacters, shown } from './display-text.js';
export { checkedManifest } from './checked-manifest.js';
