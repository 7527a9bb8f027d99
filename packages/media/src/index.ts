export * from './decode-image.js';
export * from './file-digest.js';
export * from './hash-image-file.js';
export * from './video-frames.js';
export * from './hash-video-file.js';
export * from './video-probe.js';
export { VideoDecodeError, type VideoErrorCode, type VideoToolOptions } from './video-tools.js';
