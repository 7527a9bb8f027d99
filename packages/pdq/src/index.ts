export * from './signal.js';
export * from './vpdq.js';
export * from './match-index/index.js';
export * from './pixel-image.js';
export * from './pdq-hash.js';
