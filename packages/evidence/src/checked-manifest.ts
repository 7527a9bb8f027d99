import { evidenceManifestSchema, type EvidenceManifest } from './manifest.js';

/**
 * The manifest, validated by the v1 schema. The error names where and what is wrong, never the
 * values: they are a victim's words and file names, and errors end up in logs.
 */
export function checkedManifest(value: unknown): EvidenceManifest {
  const parsed = evidenceManifestSchema.safeParse(value);
  if (!parsed.success) throw new Error(`The manifest is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} (${i.code})`).join('; ')}`);
  return parsed.data;
}
