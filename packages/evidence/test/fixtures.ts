/**
 * Test fixtures: a sample bundle written with writeBundle, and a tiny raw zip writer for the hostile
 * bundles the writer rightly refuses to make (`../evil`, `/etc/passwd`, backslashes, lying sizes).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { writeBundle, type ManifestInput, type WrittenBundle } from '../src/node.js';

export interface RawEntry {
  name: string | Buffer;
  data: Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
  /** The Unix mode, stored in the high 16 bits of the external attributes (default 0o100644). */
  mode?: number;
  utf8?: boolean;
  /** A different name for the local header than for the central directory. */
  localName?: string;
  /** Bytes to store as they are, in place of the (compressed) data. */
  rawBody?: Buffer;
  /** A CRC-32 other than the data's. */
  crc?: number;
  /** Only a central directory record, pointing at the data of the entry with this index. */
  aliasOf?: number;
}

/** Writes a zip from raw entries: local headers, data, central directory, end record. */
export function writeRawZip(file: string, entries: readonly RawEntry[]): void {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const localName = entry.localName === undefined ? name : Buffer.from(entry.localName, 'utf8');
    const method = entry.method ?? 8;
    const body = entry.rawBody ?? (method === 8 ? zlib.deflateRawSync(entry.data) : entry.data);
    const crc = entry.crc ?? zlib.crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const flags = entry.utf8 === false ? 0 : 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 30, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38);
    offsets.push(offset);
    header.writeUInt32LE(entry.aliasOf === undefined ? offset : (offsets[entry.aliasOf] ?? 0), 42);
    central.push(header, name);
    if (entry.aliasOf !== undefined) continue;
    parts.push(local, localName, body);
    offset += local.length + localName.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...parts, directory, end]));
}

/** Reads every entry of a (small, trusted) zip into memory, for tests only. */
export async function readZipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const out = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

/** Extracts a trusted zip into dir with yauzl (when `unzip` is not installed). */
export async function extractTrusted(file: string, dir: string): Promise<void> {
  for (const [name, data] of await readZipEntries(file)) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
}

export const KOREAN_NFD = '증거 사진 2024.jpg'.normalize('NFD');
export const KOREAN_NFC = '증거 사진 2024.jpg'.normalize('NFC');

/** Writes the sample source files into dir and a bundle from them; returns what writeBundle returned. */
export async function sampleBundle(dir: string, zipPath: string): Promise<{ written: WrittenBundle; entries: Map<string, Buffer> }> {
  const src = path.join(dir, 'src');
  fs.mkdirSync(src, { recursive: true });
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(70_000, 7), Buffer.from([0xff, 0xd9])]);
  const sources = {
    photo: path.join(src, KOREAN_NFD),
    empty: path.join(src, 'empty.txt'),
    shot: path.join(src, 'screenshot.png'),
    report: path.join(src, 'report.pdf'),
  };
  fs.writeFileSync(sources.photo, photo);
  fs.writeFileSync(sources.empty, '');
  fs.writeFileSync(sources.shot, Buffer.from('\x89PNG\r\n\x1a\nnot really a png, but bytes are bytes\n', 'latin1'));
  fs.writeFileSync(sources.report, '%PDF-1.7\n% a stand-in report\n%%EOF\n');
  const at = '2026-11-28T03:00:00.000Z';
  const manifest: ManifestInput = {
    schema: 'jikim.evidence-bundle',
    version: 1,
    createdAt: at,
    caseReference: 'JK-2026-0042',
    locale: 'ko',
    generator: { name: 'jikim-test', version: '0.1.0' },
    items: [
      {
        id: 'item-1',
        exhibitNumber: 1,
        kind: 'file',
        title: '유포된 사진 원본',
        description: '원본 사진 😢 — النص العربي من اليمين إلى اليسار\n두 번째 줄',
        occurredAt: '2026-11-01',
        addedAt: at,
        file: { path: `files/001-${KOREAN_NFD}`, mediaType: 'image/jpeg', originalName: KOREAN_NFD, modifiedAt: '2026-11-01T12:00:00+09:00' },
        history: [{ at, action: 'added', summary: '추가함' }],
      },
      {
        id: 'item-2',
        exhibitNumber: 2,
        kind: 'web',
        title: 'Post with the photo',
        addedAt: at,
        file: { path: 'files/002-screenshot.png', mediaType: 'image/png', originalName: 'screenshot.png' },
        web: { url: 'https://example.com/post/123', site: 'example.com', posterId: 'user_99', postedAt: '2026-11-02T10:00:00+09:00', seenAt: '2026-11-03' },
        history: [
          { at, action: 'added', summary: 'added' },
          { at: '2026-11-28T04:00:00Z', action: 'described', summary: 'added the poster ID' },
        ],
      },
      {
        id: 'item-3',
        exhibitNumber: 3,
        kind: 'file',
        title: 'An empty file',
        addedAt: at,
        file: { path: 'files/003-empty.txt', mediaType: 'text/plain', originalName: 'empty.txt' },
        history: [{ at, action: 'added', summary: 'added' }],
      },
      {
        id: 'item-4',
        exhibitNumber: 4,
        kind: 'message',
        title: '협박 문자',
        addedAt: at,
        message: { senderNumber: '+82 10-1234-5678', text: '사진 퍼뜨린다', sentAt: '2026-11-04T22:10:00+09:00' },
        history: [{ at, action: 'added', summary: 'added' }],
      },
      {
        id: 'item-5',
        exhibitNumber: 5,
        kind: 'clue',
        title: '촬영자 단서',
        occurredAt: '2026-10-30T18:20:00+09:00',
        addedAt: at,
        clue: { phoneModel: '흰색 아이폰', appearance: '검은 모자', place: '2호선 강남역', witnesses: '없음' },
        history: [{ at, action: 'added', summary: 'added' }],
      },
    ],
  };
  const written = await writeBundle(zipPath, {
    manifest,
    files: [
      { path: `files/001-${KOREAN_NFD}`, source: sources.photo },
      { path: 'files/002-screenshot.png', source: sources.shot },
      { path: 'files/003-empty.txt', source: sources.empty },
    ],
    report: { source: sources.report },
  });
  return { written, entries: await readZipEntries(zipPath) };
}
