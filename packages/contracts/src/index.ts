export * from './errors.js';
export * from './health.js';
export * from './site-manifest.js';
export * from './console-staff.js';
export * from './console-cases.js';
export * from './console-audit.js';
export * from './letters.js';
export * from './help.js';
