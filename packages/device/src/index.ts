/**
 * What runs only on the victim's device, in the browser: the locker (IndexedDB, sealed with
 * WebCrypto under an argon2id-wrapped key), files saved and read on the device, previews and
 * hashes made there. The bundle's import and its check (with the Web Worker) are subpaths loaded
 * when asked for: `@jikim/device/import-bundle`, `/verify-bundle-blob`, `/verify-in-worker`,
 * `/verify-worker`. See docs/decisions/0014-case-domain-package.md.
 */
export * from './locker/locker-store.js';
export * from './locker/locker-crypto.js';
export * from './locker/locker-keys.js';
export * from './locker/locker-index.js';
export * from './locker/legacy-records.js';

export * from './files/download.js';
export * from './files/media-type.js';
export * from './files/thumbnail.js';
export * from './files/load-report-fonts.js';

export * from './hashing/file-digest.js';
export * from './hashing/image-pixels.js';
export * from './hashing/exif-orientation.js';

export * from './passphrase/passphrase-policy.js';
export * from './passphrase/generate-passphrase.js';
