export { MatchIndex, type MatchIndexOptions, type MatchResult } from './match-index.js';
export { chooseLayout, DEFAULT_BYTES_PER_HASH } from './choose-layout.js';
export { bruteForceQuery, type BruteForceHit } from './brute-force.js';
export { MatchIndexFormatError, FORMAT_VERSION as MATCH_INDEX_FORMAT_VERSION } from './format.js';
export { hashToWords, packHashes } from './words.js';
export type { Layout as MatchIndexLayout } from './layout.js';
