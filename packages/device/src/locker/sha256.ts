/** hash-wasm's SHA-256 alone, for a dynamic import that does not pull in its other algorithms. */
export { createSHA256 } from 'hash-wasm';
