/** Node-only parts: write a bundle to a file (through the one writer) and verify one (yauzl), streaming, never extracting. */
export * from './index.js';
export { writeBundle, type BundleInput, type EvidenceItemInput, type FileRecordInput, type ManifestInput, type WrittenBundle } from './write-bundle-file.js';
export { verifyBundle } from './verify-bundle.js';
