/**
 * Saving the bundle on the device. Where the browser lets the person pick a file
 * (showSaveFilePicker), the zip is streamed straight to disk; otherwise it is assembled as a Blob
 * (Chromium keeps a large Blob on disk, not in memory) and handed to the browser's own download.
 * Nothing is uploaded.
 */

interface WritableFile {
  createWritable(): Promise<WritableStream<Uint8Array>>;
}
type SaveFilePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<WritableFile>;

/**
 * Every file the locker saves is named `jikim-<what>[-<tag>]-<yyyymmdd>.<ext>`, the date on the
 * device's clock; the tag (a case reference, a language) keeps only letters, digits, "_" and "-".
 */
export function savedFileName(what: string, tag: string | null, date: Date, extension: string): string {
  const safeTag = tag === null ? null : tag.replace(/[^A-Za-z0-9_-]+/gu, '_').slice(0, 40) || 'case';
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `jikim-${what}${safeTag === null ? '' : `-${safeTag}`}-${day}.${extension}`;
}

/** `jikim-evidence-<caseReference>-<yyyymmdd>.zip`. */
export const bundleFileName = (caseReference: string, date: Date): string => savedFileName('evidence', caseReference, date, 'zip');

/** Object URLs of downloads still starting: a lock revokes them at once (revokeDownloads). */
const liveDownloads = new Set<string>();

export function revokeDownloads(): void {
  for (const url of liveDownloads) URL.revokeObjectURL(url);
  liveDownloads.clear();
}

/** Hands a Blob to the browser's download under this name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  liveDownloads.add(url);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the URL goes.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
    liveDownloads.delete(url);
  }, 60_000);
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Saves the bundle `makeStream` writes. Call it straight from the click (before any other await):
 * the file picker needs the click's user activation. The stream is only made once the place to
 * save it is known. Resolves 'cancelled' if the person closes the picker.
 */
export async function saveBundle(
  makeStream: () => ReadableStream<Uint8Array> | Promise<ReadableStream<Uint8Array>>,
  fileName: string,
  options: { usePicker?: boolean } = {},
): Promise<'saved' | 'cancelled'> {
  const picker = options.usePicker === false ? undefined : (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (picker) {
    let file: WritableFile | undefined;
    try {
      file = await picker({ suggestedName: fileName, types: [{ description: 'ZIP', accept: { 'application/zip': ['.zip'] } }] });
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
      // Not allowed here (no user activation, a policy): fall back to a download.
    }
    if (file) {
      // An error aborts the writable, and the browser then discards the half-written file.
      await (await makeStream()).pipeTo(await file.createWritable());
      return 'saved';
    }
  }
  const blob = await new Response(await makeStream()).blob();
  downloadBlob(new Blob([blob], { type: 'application/zip' }), fileName);
  return 'saved';
}
