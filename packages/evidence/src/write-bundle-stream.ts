/**
 * The one writer of evidence bundles, as a stream (zip.js core with web streams: the same code in
 * the browser, where the site's CSP allows no blob: or inline workers and zip.js's core needs
 * neither them nor eval, and in Node). Nothing is held in memory but the manifest, SHA256SUMS and
 * the PDF: each exhibit's file is streamed into the zip, stored as it is (evidence is mostly
 * already-compressed photos and videos), and re-hashed on the way; bytes that differ from the
 * SHA-256 the manifest records error the stream, so a bundle that completes is a proof of the
 * export. Entries past 4 GB use ZIP64.
 */
import { Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/lib/zip-core-native.js';
import { createSHA256, sha256 } from 'hash-wasm';
import { checkedManifest } from './checked-manifest.js';
import { MANIFEST_PATH, REPORT_PATH, SUMS_PATH, type BundleManifest, type EvidenceManifest } from './manifest.js';
import { formatSha256Sums } from './sha256sums.js';

export interface BundleStreamInput {
  readonly manifest: BundleManifest;
  /** The PDF report, stored as report.pdf. */
  readonly report?: Uint8Array;
  /** The bytes of an item's file, which must be those the manifest records. */
  readonly openFile: (itemId: string) => ReadableStream<Uint8Array>;
}

/** What the bundle holds besides the files, known once the stream has been read to its end. */
export interface BundleContents {
  readonly manifest: EvidenceManifest;
  readonly manifestSha256: string;
  readonly sha256sums: string;
}

/** An exhibit's bytes are not the ones recorded when it was added. */
export class ExhibitChangedError extends Error {
  constructor(readonly exhibitNumber: number) {
    super(`Exhibit ${exhibitNumber}: the file's bytes differ from the SHA-256 recorded when it was added; the bundle was not made`);
    this.name = 'ExhibitChangedError';
  }
}

const encoder = new TextEncoder();

/** Passes the bytes through, and errors unless they are exactly `bytes` long with this SHA-256. */
function checkedBytes(source: ReadableStream<Uint8Array>, expected: { sha256: string; bytes: number }, exhibitNumber: number): ReadableStream<Uint8Array> {
  let hasher: Awaited<ReturnType<typeof createSHA256>> | undefined;
  let bytes = 0;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      async start() {
        hasher = await createSHA256();
        hasher.init();
      },
      transform(chunk, controller) {
        bytes += chunk.length;
        if (bytes > expected.bytes) throw new ExhibitChangedError(exhibitNumber);
        hasher?.update(chunk);
        controller.enqueue(chunk);
      },
      flush() {
        if (bytes !== expected.bytes || hasher?.digest('hex') !== expected.sha256) throw new ExhibitChangedError(exhibitNumber);
      },
    }),
  );
}

async function writeEntries(input: BundleStreamInput, out: WritableStream<Uint8Array>): Promise<BundleContents> {
  const report = input.report ? { path: REPORT_PATH, sha256: await sha256(input.report), bytes: input.report.length } : undefined;
  const manifest = checkedManifest({ ...input.manifest, ...(report ? { report } : {}) });
  const manifestJson = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestSha256 = await sha256(manifestJson);
  const exhibits = manifest.items.flatMap((item) => (item.file ? [{ item, file: item.file }] : []));
  const sha256sums = formatSha256Sums([
    { path: MANIFEST_PATH, sha256: manifestSha256 },
    ...(report ? [{ path: REPORT_PATH, sha256: report.sha256 }] : []),
    ...exhibits.map(({ file }) => ({ path: file.path, sha256: file.sha256 })),
  ]);
  const zip = new ZipWriter(out, { useWebWorkers: false, lastModDate: new Date(manifest.createdAt) });
  await zip.add(MANIFEST_PATH, new Uint8ArrayReader(manifestJson));
  await zip.add(SUMS_PATH, new Uint8ArrayReader(encoder.encode(sha256sums)));
  if (input.report) await zip.add(REPORT_PATH, new Uint8ArrayReader(input.report), { level: 0 });
  for (const { item, file } of exhibits) {
    const bytes = checkedBytes(input.openFile(item.id), file, item.exhibitNumber);
    // The size given up front lets zip.js choose ZIP64 for this entry only when it needs it.
    await zip.add(file.path, bytes, { level: 0, uncompressedSize: file.bytes });
  }
  await zip.close();
  return { manifest, manifestSha256, sha256sums };
}

/**
 * The bundle as a stream of zip bytes: manifest.json (with the report's SHA-256 and size),
 * SHA256SUMS, report.pdf, then files/…, and what it holds once written. A manifest the schema
 * refuses throws here, before any byte; a file that cannot be read or has changed errors the stream.
 */
export function openBundleStream(input: BundleStreamInput): { readonly stream: ReadableStream<Uint8Array>; readonly written: Promise<BundleContents> } {
  checkedManifest(input.manifest);
  let fail: (error: unknown) => void = () => undefined;
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      fail = (error) => controller.error(error);
    },
  });
  const written = writeEntries(input, writable);
  written.catch((error: unknown) => fail(error));
  return { stream: readable, written };
}

export const writeBundleStream = (input: BundleStreamInput): ReadableStream<Uint8Array> => openBundleStream(input).stream;
