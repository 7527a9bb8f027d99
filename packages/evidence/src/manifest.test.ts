import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceManifestSchema, exhibitPathSchema, parseManifest, type EvidenceManifest } from './manifest.js';

const at = '2026-11-28T03:00:00.000Z';
const valid: EvidenceManifest = {
  schema: 'jikim.evidence-bundle',
  version: 1,
  createdAt: at,
  caseReference: 'JK-1',
  locale: 'en',
  generator: { name: 'jikim', version: '0.1.0' },
  items: [
    {
      id: 'a',
      exhibitNumber: 1,
      kind: 'file',
      title: 'Photo',
      addedAt: at,
      file: { path: 'files/a.jpg', sha256: 'a'.repeat(64), bytes: 3, mediaType: 'image/jpeg', originalName: 'a.jpg' },
      history: [{ at, action: 'added', summary: 'added' }],
    },
  ],
  report: { path: 'report.pdf', sha256: 'b'.repeat(64), bytes: 10 },
};

function withFile(patch: Record<string, unknown>): unknown {
  return { ...valid, items: [{ ...valid.items[0], file: { ...valid.items[0]?.file, ...patch } }] };
}

describe('evidenceManifestSchema', () => {
  it('accepts a valid v1 manifest', () => {
    expect(evidenceManifestSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    '/files/a.jpg', 'files/../a.jpg', '../a.jpg', 'files/./a.jpg', 'files\\a.jpg', 'files//a.jpg', 'files/', 'a.jpg', 'report.pdf',
    'C:/files/a.jpg', 'files/a\n.jpg', 'files/a\r.jpg', 'files/한'.normalize('NFD'), 'files/a:b', 'files/con.txt', 'files/a.', 'Files/a.jpg',
    `files/${'x'.repeat(256)}`,
  ])('refuses the exhibit path %j', (p) => {
    expect(evidenceManifestSchema.safeParse(withFile({ path: p })).success).toBe(false);
  });

  it('takes a recording\'s duration as an optional number of seconds, and still reads manifests without one', () => {
    expect(evidenceManifestSchema.safeParse(withFile({ mediaType: 'audio/mp4', durationSeconds: 3.021 })).success).toBe(true);
    expect(evidenceManifestSchema.safeParse(withFile({ durationSeconds: 0 })).success).toBe(true);
    expect(valid.items[0]?.file && 'durationSeconds' in valid.items[0].file).toBe(false);
    for (const bad of [-1, '3', Number.POSITIVE_INFINITY, Number.NaN, null]) {
      expect(evidenceManifestSchema.safeParse(withFile({ durationSeconds: bad })).success, String(bad)).toBe(false);
    }
  });

  it('accepts Korean (NFC), emoji and nested paths under files/', () => {
    for (const p of ['files/한글 사진.jpg', 'files/2026/11/😢.png', 'files/a b (1).mp4']) {
      expect(evidenceManifestSchema.safeParse(withFile({ path: p })).success).toBe(true);
    }
  });

  it('refuses what is inconsistent or unknown', () => {
    expect(evidenceManifestSchema.safeParse(withFile({ sha256: 'A'.repeat(64) })).success).toBe(false);
    expect(evidenceManifestSchema.safeParse(withFile({ bytes: -1 })).success).toBe(false);
    expect(evidenceManifestSchema.safeParse(withFile({ originalName: '한글.jpg'.normalize('NFD') })).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, version: 2 }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, report: { ...valid.report, path: 'files/report.pdf' } }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, items: [...valid.items, { ...valid.items[0], id: 'b' }] }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, items: [{ ...valid.items[0], file: undefined }] }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, items: [{ ...valid.items[0], history: [] }] }).success).toBe(false);
    expect(evidenceManifestSchema.safeParse({ ...valid, createdAt: '2026-11-28' }).success).toBe(false);
  });

  it('parseManifest names the problems', () => {
    expect(parseManifest('{').ok).toBe(false);
    const result = parseManifest(JSON.stringify(withFile({ path: '../x' })));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^manifest\.json items\.0\.file\.path: "\.\." path segment/u)]);
  });
});

/** An independent idea of "safe": resolved under files/ on both POSIX and Windows, and plain text. */
function reallySafe(p: string): boolean {
  const posix = path.posix.resolve('/root', p);
  const win = path.win32.resolve('C:\\root', p);
  return (
    posix.startsWith('/root/files/') && path.posix.relative('/root', posix) === p &&
    win.toLowerCase().startsWith('c:\\root\\files\\') &&
    // eslint-disable-next-line no-control-regex
    !p.includes('\\') && !/[\u0000-\u001f\u007f]/u.test(p) && p === p.normalize('NFC') && !p.split('/').includes('..')
  );
}

describe('exhibit paths (property)', () => {
  const pieces = fc.constantFrom('files', 'files/', '/', '//', '..', '.', '\\', 'C:', 'a', '한', '한'.normalize('NFD'), '😢', ' ', '\n', '\u0000', '%2e%2e', ':', '..\\', '/..', 'x.jpg', '\u202e');
  const paths = fc.oneof(
    fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')),
    fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }).map((a) => `files/${a.join('/')}`),
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `files/${s}`),
  );

  it('the schema never accepts an unsafe path', () => {
    fc.assert(
      fc.property(paths, (p) => {
        if (exhibitPathSchema.safeParse(p).success) expect(reallySafe(p)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
