/**
 * The evidence bundle format: manifest.json (v1) and SHA256SUMS. Browser-safe; the Node-only
 * writer and verifier are in `@jikim/evidence/node`.
 */
export * from './manifest.js';
export * from './sha256sums.js';
