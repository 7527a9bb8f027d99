import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceManifestSchema, exhibitPathSchema, jsonShapeProblem, manifestJsonLimits, parseManifest, utf8Length, type EvidenceManifest } from './manifest.js';

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

  it('reads who made each history entry when it is given, and bundles from before actors as they were', () => {
    const at = '2026-11-28T03:00:00Z';
    const withHistory = (history: unknown[]) => ({ ...valid, items: [{ ...valid.items[0], history }] });
    const actors = [{ kind: 'victim' }, { kind: 'counsellor', staffId: 'staff-7' }, { kind: 'platform', keyId: 'key:2026.1' }];
    const named = withHistory(actors.map((actor, i) => ({ at, action: i === 0 ? 'added' : 'corrected', summary: 's', actor })));
    expect(evidenceManifestSchema.safeParse(named).success).toBe(true);
    expect(parseManifest(JSON.stringify(named))).toMatchObject({ ok: true });
    expect(evidenceManifestSchema.safeParse(withHistory([{ at, action: 'added', summary: 's' }])).success).toBe(true);
    for (const actor of [{ kind: 'police' }, { kind: 'counsellor' }, { kind: 'counsellor', staffId: 'a b' }, { kind: 'victim', staffId: 'x' }, 'victim']) {
      expect(evidenceManifestSchema.safeParse(withHistory([{ at, action: 'added', summary: 's', actor }])).success, JSON.stringify(actor)).toBe(false);
    }
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

describe('parseManifest is bounded (issue 10)', () => {
  const limits = { maxDepth: 64, maxObjectMembers: 1000, maxValues: 1_000_000, maxContainers: 100_000 };

  it('refuses JSON nested deeper than 64 levels before parsing it', () => {
    expect(jsonShapeProblem(`${'['.repeat(64)}${']'.repeat(64)}`, limits)).toBeNull();
    expect(jsonShapeProblem(`${'['.repeat(65)}${']'.repeat(65)}`, limits)).toBe('nested deeper than 64 levels');
    expect(jsonShapeProblem(`{"a":${'{"a":'.repeat(64)}0${'}'.repeat(65)}`, limits)).toBe('nested deeper than 64 levels');
    // Brackets and quotes inside strings are text.
    expect(jsonShapeProblem(JSON.stringify({ s: `${'['.repeat(100)}\\"{{{` }), limits)).toBeNull();
    expect(jsonShapeProblem(JSON.stringify({ s: '\\', t: '[[[' }), { ...limits, maxDepth: 1 })).toBeNull();
    const result = parseManifest('['.repeat(8 * 1024 * 1024));
    expect(result).toEqual({ ok: false, problems: ['manifest.json is not one Jikim can read: nested deeper than 64 levels'], omitted: 0, stopped: false });
  });

  it('refuses objects with more than 1000 members, and more values or containers than the text could honestly hold', () => {
    const members = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`;
    expect(jsonShapeProblem(members(1000), limits)).toBeNull();
    expect(jsonShapeProblem(members(1001), limits)).toBe('an object with more than 1000 members');
    // Arrays are not objects: their length is bounded by the value count only.
    expect(jsonShapeProblem(`[${'0,'.repeat(5000)}0]`, limits)).toBeNull();
    expect(jsonShapeProblem(`[${'0,'.repeat(5000)}0]`, { ...limits, maxValues: 5000 })).toBe('more than 5000 values');
    expect(jsonShapeProblem(`[${'{},'.repeat(100)}{}]`, { ...limits, maxContainers: 100 })).toBe('more than 100 objects and arrays');
    expect(manifestJsonLimits(8 * 1024 * 1024)).toEqual({ maxDepth: 64, maxObjectMembers: 1000, maxValues: 1_048_576, maxContainers: 262_144 });
    const empties = `{"items":[${'{},'.repeat(300_000)}{}]}`;
    expect(parseManifest(empties)).toMatchObject({ ok: false, problems: [expect.stringMatching(/more than \d+ (values|objects and arrays)/u)] });
  });

  it('accepts a real manifest well inside those limits, indented or not', () => {
    const big = { ...valid, items: Array.from({ length: 2000 }, (_, i) => ({ ...valid.items[0], id: `i${i}`, exhibitNumber: i + 1, file: { ...valid.items[0]?.file, path: `files/${i}.jpg` } })) };
    for (const text of [JSON.stringify(big), JSON.stringify(big, null, 2)]) {
      expect(jsonShapeProblem(text, manifestJsonLimits(text.length))).toBeNull();
      expect(parseManifest(text).ok).toBe(true);
    }
  });

  it('gives exactly what evidenceManifestSchema gives, valid or not', () => {
    const cases: unknown[] = [
      valid,
      { ...valid, report: undefined },
      withFile({ path: '../x' }),
      withFile({ durationSeconds: 3 }),
      { ...valid, items: [...valid.items, { ...valid.items[0], id: 'b' }] },
      { ...valid, items: [{ ...valid.items[0], file: undefined }] },
      { ...valid, items: [{ ...valid.items[0], history: [] }] },
      { ...valid, items: [{ ...valid.items[0], history: [{ at, action: 'described', summary: 's' }] }] },
      { ...valid, items: [{ ...valid.items[0], history: [{ at, action: 'added', summary: 's', x: 1 }] }] },
      { ...valid, items: [{ ...valid.items[0], extra: 1, history: [{}] }] },
      { ...valid, items: [7, null, 'x', []] },
      { ...valid, extra: true },
      { ...valid, items: 'none' },
      [],
      null,
    ];
    for (const value of cases) {
      const text = JSON.stringify(value);
      const ours = parseManifest(text);
      const zod = evidenceManifestSchema.safeParse(value);
      expect(ours.ok, text).toBe(zod.success);
      if (ours.ok && zod.success) {
        expect(ours.manifest).toEqual(zod.data);
        expect(JSON.stringify(ours.manifest)).toBe(JSON.stringify(zod.data));
      }
      if (!ours.ok && !zod.success) {
        // The same words for the same places; zod may add a cross-field problem or two that is only
        // checked here once every field is valid.
        const theirs = zod.error.issues.map((i) => `manifest.json ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
        expect(ours.problems.length, text).toBeGreaterThan(0);
        for (const problem of ours.problems) expect(theirs, text).toContain(problem);
      }
    }
  });

  it('lists the first problems, counts the others, and stops checking after 1000', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ ...valid.items[0], id: `i${i}`, exhibitNumber: i + 1, title: 42, file: { ...valid.items[0]?.file, path: `files/${i}` } }));
    const some = parseManifest(JSON.stringify({ ...valid, items }));
    expect(some).toMatchObject({ ok: false, omitted: 80, stopped: false });
    expect(some.ok ? [] : some.problems).toHaveLength(20);
    // Padded out so that 50,000 empty objects are within the shape limits.
    const many = parseManifest(JSON.stringify({ ...valid, items: [{ ...valid.items[0], pad: 'x'.repeat(2_000_000), history: Array.from({ length: 50_000 }, () => ({})) }] }));
    expect(many).toMatchObject({ ok: false, stopped: true });
    expect(many.ok ? 0 : many.problems.length + many.omitted).toBeLessThan(1010);
  });

  it('cuts a very long problem, never inside a surrogate pair', () => {
    const key = `${'x'.repeat(498)}😢${'y'.repeat(10_000)}`;
    const result = parseManifest(JSON.stringify({ ...valid, [key]: 1 }));
    const [problem = ''] = result.ok ? [] : result.problems;
    expect(problem.length).toBeLessThan(600);
    expect(problem).toMatch(/… \(\d+ more characters\)$/u);
    expect(/\p{Cs}/u.test(problem)).toBe(false);
  });
});

describe('utf8Length', () => {
  it('counts what TextEncoder writes, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(utf8Length(s)).toBe(encoder.encode(s).length);
    }), { numRuns: 2000 });
  });
});
