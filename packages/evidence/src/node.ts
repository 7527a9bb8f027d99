/** Node-only parts: write a bundle (yazl) and verify one (yauzl), streaming, never extracting. */
export * from './index.js';
export { writeBundle, type BundleInput, type EvidenceItemInput, type FileRecordInput, type ManifestInput, type WrittenBundle } from './create-bundle-node.js';
export { verifyBundle } from './verify-bundle.js';
