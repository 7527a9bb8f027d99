/**
 * The image half of the package, without video (ffmpeg) or file digests: what a caller that hashes
 * photos (`jikim hash`) loads, and nothing more.
 */
export * from './decode-image.js';
export * from './hash-image-file.js';
