/**
 * The true type of a file, read from its first bytes (never its name or the browser's guess from
 * the extension), so the record says what the evidence really is.
 */
import { fileTypeFromBlob } from 'file-type/core';

export interface SniffedType {
  readonly mediaType: string;
  readonly extension: string | undefined;
  /** True when the name's extension disagrees with the bytes. */
  readonly extensionMismatch: boolean;
}

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();

export async function sniffMediaType(file: Blob, name = ''): Promise<SniffedType> {
  const found = await fileTypeFromBlob(file);
  const given = extensionOf(name);
  if (!found) {
    // Text and empty files have no signature: say so rather than trust the name.
    return { mediaType: file.size === 0 ? 'application/x-empty' : 'application/octet-stream', extension: undefined, extensionMismatch: false };
  }
  const equivalent = new Set([found.ext, ...(found.ext === 'jpg' ? ['jpeg', 'jpe'] : []), ...(found.ext === 'mp4' ? ['m4v'] : [])]);
  return { mediaType: found.mime, extension: found.ext, extensionMismatch: given !== undefined && !equivalent.has(given) };
}
