/** hash-wasm's argon2id alone, for a dynamic import that does not pull in its other algorithms. */
export { argon2id } from 'hash-wasm';
