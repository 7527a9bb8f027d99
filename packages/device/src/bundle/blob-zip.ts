/**
 * Random access to a zip held in a Blob (a File the person chose, which the browser keeps on
 * disk): zip.js parses the central directory; each entry's local header and data are read as
 * slices of the Blob and inflated by the browser's own DecompressionStream, so nothing is read into
 * memory whole and no worker, blob: URL or eval is needed. Used by the verifier and the import.
 */
import type { BundleLimits, OpenZip, ZipEntryFacts } from '@jikim/evidence';
import { BlobReader, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const LOCAL_HEADER = 0x04034b50;
/** A bundle's central directory record is well under this (names are at most 1 KiB). */
const DIRECTORY_BYTES_PER_ENTRY = 4096;

// What zip.js tolerates but another tool could read differently: refused, as yauzl refuses them.
const AMBIGUOUS = new Set([
  'appended data', 'prepended data', 'prepended central directory', 'mismatched central directory offset',
  'trailing central directory data', 'mismatched zip64 end of central directory record', 'wrapped entries count',
  'missing zip64 extra field', 'malformed extra field',
]);

async function bytesAt(blob: Blob, offset: number, length: number): Promise<DataView> {
  const buffer = await blob.slice(offset, offset + length).arrayBuffer();
  if (buffer.byteLength < length) throw new Error('the zip file is cut short');
  return new DataView(buffer);
}

/** The entry count and directory size the end record declares (ZIP64 too), read before zip.js. */
async function endRecord(zip: Blob): Promise<{ entryCount: number; directoryBytes: number }> {
  const tailLength = Math.min(zip.size, 22 + 0xffff);
  const tail = await bytesAt(zip, zip.size - tailLength, tailLength);
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) !== END_RECORD || i + 22 + tail.getUint16(i + 20, true) !== tailLength) continue;
    const entryCount = tail.getUint16(i + 10, true);
    const directoryBytes = tail.getUint32(i + 12, true);
    if (entryCount !== 0xffff && directoryBytes !== 0xffffffff && tail.getUint32(i + 16, true) !== 0xffffffff) return { entryCount, directoryBytes };
    const at = zip.size - tailLength + i - 20;
    const locator = at >= 0 ? await bytesAt(zip, at, 20) : undefined;
    if (locator?.getUint32(0, true) !== ZIP64_LOCATOR) throw new Error('ZIP64 end of central directory locator not found');
    const record = await bytesAt(zip, Number(locator.getBigUint64(8, true)), 56);
    if (record.getUint32(0, true) !== ZIP64_END_RECORD) throw new Error('ZIP64 end of central directory record not found');
    return { entryCount: Number(record.getBigUint64(32, true)), directoryBytes: Number(record.getBigUint64(40, true)) };
  }
  throw new Error('end of central directory record not found');
}

function extraFields(raw: Uint8Array): { id: number; data: Uint8Array }[] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const fields = [];
  for (let at = 0; at + 4 <= raw.length; ) {
    const size = view.getUint16(at + 2, true);
    fields.push({ id: view.getUint16(at, true), data: raw.subarray(at + 4, at + 4 + size) });
    at += 4 + size;
  }
  return fields;
}

export async function localHeader(zip: Blob, offset: number): Promise<{ rawName: Uint8Array; dataOffset: number }> {
  const head = await bytesAt(zip, offset, 30);
  const signature = head.getUint32(0, true);
  if (signature !== LOCAL_HEADER) throw new Error(`invalid local file header signature: 0x${signature.toString(16)}`);
  const nameLength = head.getUint16(26, true);
  const rawName = new Uint8Array((await bytesAt(zip, offset + 30, nameLength)).buffer);
  return { rawName, dataOffset: offset + 30 + nameLength + head.getUint16(28, true) };
}

/** The entry's uncompressed bytes as a stream of slices of the Blob, inflated when deflated. */
export async function entryStream(zip: Blob, entry: ZipEntryFacts): Promise<ReadableStream<Uint8Array>> {
  const { dataOffset } = await localHeader(zip, entry.localHeaderOffset);
  const end = dataOffset + entry.compressedSize;
  if (end > zip.size) throw new Error('file data overflows file bounds');
  const stored = zip.slice(dataOffset, end).stream();
  if (entry.compressionMethod === 0) return stored;
  if (entry.compressionMethod === 8) return stored.pipeThrough(new DecompressionStream('deflate-raw'));
  throw new Error(`unsupported compression method ${entry.compressionMethod}`);
}

/** Reads a stream as an async iterable; leaving the loop early cancels the stream. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

export async function openBlobZip(zip: Blob, limits: BundleLimits): Promise<OpenZip<ZipEntryFacts>> {
  const end = await endRecord(zip);
  const reader = new ZipReader(new BlobReader(zip), { useWebWorkers: false });
  return {
    entryCount: end.entryCount,
    async *entries() {
      // zip.js reads the whole central directory at once: bound it before it does.
      if (end.directoryBytes > limits.maxEntries * DIRECTORY_BYTES_PER_ENTRY) throw new Error(`the central directory declares ${end.directoryBytes} bytes`);
      for await (const entry of reader.getEntriesGenerator({ strictness: 'tolerant', filenameValidation: 'tolerant' })) {
        yield {
          rawName: entry.rawFilename,
          generalPurposeBitFlag: entry.rawBitFlag ?? 0,
          externalFileAttributes: entry.externalFileAttributes,
          compressionMethod: entry.compressionMethod,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          crc32: entry.crc32 ?? 0,
          localHeaderOffset: entry.offset,
          extraFields: extraFields(entry.rawExtraField),
        };
      }
    },
    directoryProblem() {
      const reason = reader.warnings?.find((w) => AMBIGUOUS.has(w.reason))?.reason;
      return reason ? `the zip file is ambiguous (${reason}): tools could read it differently` : null;
    },
    localFileName: async (entry) => (await localHeader(zip, entry.localHeaderOffset)).rawName,
    openEntry: async (entry) => chunksOf(await entryStream(zip, entry)),
    close: () => reader.close(),
  };
}
