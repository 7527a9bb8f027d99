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
 * A file the locker saves lies outside it, unencrypted, in the phone's downloads, where someone
 * holding the phone may look. Its name says nothing of what it is: `document-`, `archive-` or
 * `file-`, the day and minute on the device's clock, and the extension (at most 5 letters or
 * digits; none when it is anything else). Never "jikim", "evidence", a case reference or the
 * original name.
 */
export function savedFileName(date: Date, extension: string): string {
  const ext = /^[a-z0-9]{1,5}$/iu.test(extension) ? extension.toLowerCase() : '';
  const kind = ext === 'pdf' ? 'document' : ext === 'zip' ? 'archive' : 'file';
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${String(date.getFullYear())}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
  return `${kind}-${stamp}${ext ? `.${ext}` : ''}`;
}

/** The extension of a file's own name, to keep a saved original openable ("영상.MP4" → "mp4"). */
export const extensionOf = (name: string): string => /\.([A-Za-z0-9]{1,5})$/u.exec(name)?.[1]?.toLowerCase() ?? '';

export const bundleFileName = (date: Date): string => savedFileName(date, 'zip');

/** Names of the files saved from this tab, so the wipe screen can say which ones stay outside the locker. */
const savedHere: string[] = [];
export const savedThisSession = (): readonly string[] => savedHere;
export const noteSaved = (fileName: string): void => {
  if (!savedHere.includes(fileName)) savedHere.push(fileName);
};

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
  noteSaved(fileName);
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
      noteSaved(fileName);
      return 'saved';
    }
  }
  const blob = await new Response(await makeStream()).blob();
  downloadBlob(new Blob([blob], { type: 'application/zip' }), fileName);
  return 'saved';
}
