/**
 * Limits on the shape of manifest.json's JSON, checked by a scan of the text before JSON.parse
 * builds anything: parsing `[[[[…` or a million `{}` takes far more memory than the text (an empty
 * object costs V8 about 120 bytes, from 3 bytes of text). No manifest a writer makes comes near
 * them: it is at most 5 levels deep, its objects have at most 16 keys (the schema refuses unknown
 * ones), it has fewer than one value (counted as every "," and every "{" or "[") per 12 bytes, and
 * fewer than one object or array per 55 bytes (the smallest history entry).
 */
export const MANIFEST_JSON_LIMITS = Object.freeze({
  maxDepth: 64,
  maxObjectMembers: 1000,
  bytesPerValue: 8,
  bytesPerContainer: 32,
});

/** The limits for a text of this length. */
export function manifestJsonLimits(length: number): { maxDepth: number; maxObjectMembers: number; maxValues: number; maxContainers: number } {
  const { maxDepth, maxObjectMembers, bytesPerValue, bytesPerContainer } = MANIFEST_JSON_LIMITS;
  return { maxDepth, maxObjectMembers, maxValues: Math.max(1000, Math.floor(length / bytesPerValue)), maxContainers: Math.max(100, Math.floor(length / bytesPerContainer)) };
}

/**
 * Why the JSON text would be too deep or too big to parse, or null. One pass, no allocation: the
 * counts are upper bounds of what JSON.parse would build (a malformed text it refuses anyway).
 */
export function jsonShapeProblem(json: string, limits: { maxDepth: number; maxObjectMembers: number; maxValues: number; maxContainers: number }): string | null {
  const { maxDepth, maxObjectMembers, maxValues, maxContainers } = limits;
  // Members of the open objects so far; -1 for an array (whose length only maxValues bounds).
  const members = new Int32Array(maxDepth + 1);
  let depth = 0;
  // Every value but the top one follows a "," or opens a container right after "[" or ":".
  let values = 1;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    switch (c) {
      case 0x22: // "
        inString = true;
        break;
      case 0x7b: // {
      case 0x5b: // [
        if (++depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
        if (++values > maxValues) return `more than ${maxValues} values`;
        if (++containers > maxContainers) return `more than ${maxContainers} objects and arrays`;
        members[depth] = c === 0x7b ? 1 : -1;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        if (depth > 0) depth--;
        break;
      case 0x2c: { // ,
        if (++values > maxValues) return `more than ${maxValues} values`;
        const inObject = members[depth] ?? 0;
        if (inObject > 0) {
          if (inObject >= maxObjectMembers) return `an object with more than ${maxObjectMembers} members`;
          members[depth] = inObject + 1;
        }
        break;
      }
    }
  }
  return null;
}
