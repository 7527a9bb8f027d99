import { evidenceManifestSchema, exhibitPathProblem } from '@jikim/evidence';
import { describe, expect, it } from 'vitest';
import { appendEvidenceEvent, newEvidenceItem, type EvidenceFile, type EvidenceItem } from '../evidence/evidence-item.js';
import { exhibitFilePath } from './exhibit-path.js';
import { buildManifest, ManifestItemError } from './to-manifest.js';
import { counsellor, VICTIM } from '../events/actor.js';

const at = (iso: string) => new Date(iso);
const bytes = (s: string) => new TextEncoder().encode(s).length;

function fileFacts(name: string, over: Partial<EvidenceFile> = {}): EvidenceFile {
  return { name, sha256: 'a'.repeat(64), bytes: 10, mediaType: 'image/jpeg', extensionMismatch: false, modifiedAt: null, chunks: 1, ...over };
}
const fileItem = (id: string, name: string, added = '2026-11-01T00:00:00Z', title = '') =>
  newEvidenceItem(id, 'file', 'dissemination', { title }, at(added), VICTIM, fileFacts(name));
const build = (items: readonly EvidenceItem[], locale: 'ko' | 'en' = 'ko') =>
  buildManifest({ items, caseReference: 'JK-261128-ACDE', locale, createdAt: at('2026-11-28T03:00:00Z'), generator: { name: 'Jikim', version: '0.1.0' } });

describe('exhibitFilePath', () => {
  const nfd = '증거 사진.jpg'.normalize('NFD');
  it.each([
    [nfd, 'files/001-증거 사진.jpg'],
    ['😢 캡처 🇰🇷.png', 'files/001-😢 캡처 🇰🇷.png'],
    ['CON.txt', 'files/001-CON.txt'],
    ['nul', 'files/001-nul'],
    ['a:b?.jpg', 'files/001-a_b_.jpg'],
    ['<>|"*.mp4', 'files/001-_____.mp4'],
    ['../../etc/passwd', 'files/001-.._.._etc_passwd'],
    ['..\\..\\win.ini', 'files/001-.._.._win.ini'],
    ['name. . .', 'files/001-name'],
    ['tab\tand\nnewline.txt', 'files/001-tab_and_newline.txt'],
    ['invoice\u202Egpj.exe', 'files/001-invoice_gpj.exe'],
    ['lone \ud800 surrogate.bin', 'files/001-lone _ surrogate.bin'],
    ['', 'files/001-file'],
    ['...', 'files/001-file'],
  ])('%j → %j', (name, path) => {
    expect(exhibitFilePath(1, name)).toBe(path.normalize('NFC'));
    expect(exhibitPathProblem(exhibitFilePath(1, name))).toBeNull();
  });

  it('cuts a long name to 255 bytes on a character boundary and keeps its extension', () => {
    const korean = `${'가'.repeat(100)}.jpg`; // 304 bytes
    const path = exhibitFilePath(12, korean);
    const segment = path.slice('files/'.length);
    expect(bytes(segment)).toBeLessThanOrEqual(255);
    expect(segment).toMatch(/^012-가+\.jpg$/u);
    const emoji = `${'👩‍👩‍👧‍👦'.repeat(20)}.png`; // 25 bytes a family
    const cut = exhibitFilePath(3, emoji).slice('files/'.length);
    expect(bytes(cut)).toBeLessThanOrEqual(255);
    expect(cut).toMatch(/^003-(👩‍👩‍👧‍👦)+\.png$/u);
    const plain = exhibitFilePath(1000, 'x'.repeat(300));
    expect(plain).toBe(`files/1000-${'x'.repeat(250)}`);
    expect(exhibitPathProblem(plain)).toBeNull();
  });
});

describe('buildManifest', () => {
  it('numbers exhibits in timeline order and writes a valid v1 manifest', () => {
    const later = fileItem('b', 'later.jpg', '2026-11-05T00:00:00Z', '나중');
    const earlier = newEvidenceItem('a', 'web', 'dissemination', {
      title: '게시물', occurredAt: '2026-11-02T10:00:00+09:00',
      web: { url: 'https://example.com/p/1', posterId: 'user_99', site: '' },
    }, at('2026-11-06T00:00:00Z'), VICTIM);
    const manifest = build([later, earlier]);
    expect(evidenceManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.items.map((i) => [i.id, i.exhibitNumber])).toEqual([['a', 1], ['b', 2]]);
    expect(manifest.items[0]).toMatchObject({ kind: 'web', scenario: 'dissemination', web: { url: 'https://example.com/p/1', posterId: 'user_99' } });
    expect(manifest.items[0]?.web).not.toHaveProperty('site');
    expect(manifest.items[1]?.file).toMatchObject({ path: 'files/002-later.jpg', originalName: 'later.jpg', sha256: 'a'.repeat(64), bytes: 10 });
    expect(manifest).not.toHaveProperty('report');
  });

  it('gives every file a safe, case-insensitively unique path and keeps the original name in NFC', () => {
    const names = ['증거 사진.jpg'.normalize('NFD'), '😀.png', 'CON.txt', 'a:b?.jpg', `${'긴'.repeat(100)}.mp4`, 'Photo.JPG', 'photo.jpg', 'PHOTO.jpg'];
    const items = names.map((name, i) => fileItem(`f${i}`, name, `2026-11-0${i + 1}T00:00:00Z`));
    const manifest = build(items);
    expect(evidenceManifestSchema.safeParse(manifest).success).toBe(true);
    const paths = manifest.items.map((i) => i.file?.path ?? '');
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(names.length);
    for (const path of paths) expect(exhibitPathProblem(path)).toBeNull();
    expect(manifest.items[0]?.file).toMatchObject({ path: 'files/001-증거 사진.jpg'.normalize('NFC'), originalName: '증거 사진.jpg'.normalize('NFC') });
    expect(manifest.items[3]?.file?.originalName).toBe('a:b?.jpg');
    expect(bytes(manifest.items[4]?.file?.originalName ?? '')).toBe(304);
  });

  it('falls back to a title per kind and language, and keeps text the schema would refuse', () => {
    const note = newEvidenceItem('n', 'note', null, { title: '  ', description: 'line 1\nline 2\u0007' }, at('2026-11-01T00:00:00Z'), VICTIM);
    const clue = newEvidenceItem('c', 'clue', 'illegal-shooting', { title: 'x\ny', clue: { place: '강남역', phoneModel: '' } }, at('2026-11-02T00:00:00Z'), VICTIM);
    const [first, second] = build([note, clue], 'en').items;
    expect(first).toMatchObject({ title: 'Note', description: 'line 1\nline 2\ufffd' });
    expect(first).not.toHaveProperty('scenario');
    expect(second).toMatchObject({ title: 'x y', scenario: 'illegal-shooting', clue: { place: '강남역' } });
    expect(second?.clue).not.toHaveProperty('phoneModel');
    expect(build([note], 'ko').items[0]?.title).toBe('메모');
  });

  it('writes a recording\'s duration when the device measured it, and nothing for items kept before', () => {
    const call = newEvidenceItem('call', 'file', 'threat', {}, at('2026-11-01T00:00:00Z'), VICTIM, fileFacts('통화 녹음.m4a', { mediaType: 'audio/mp4', durationSeconds: 3.021 }));
    const old = fileItem('old', 'old.mp4', '2026-11-02T00:00:00Z');
    const manifest = build([call, old]);
    expect(manifest.items.map((item) => item.file?.durationSeconds)).toEqual([3.021, undefined]);
    expect(Object.keys(manifest.items[1]?.file ?? {})).not.toContain('durationSeconds');
    expect(evidenceManifestSchema.safeParse(manifest).success).toBe(true);
  });

  it('summarises each event of the history in the manifest language, with who made it', () => {
    const added = newEvidenceItem('w', 'web', 'threat', { title: 't', web: { url: 'https://example.com/' } }, at('2026-11-01T00:00:00Z'), VICTIM, fileFacts('shot.png'));
    const described = appendEvidenceEvent(added, 'described', { web: { posterId: 'p' } }, at('2026-11-02T00:00:00Z'), VICTIM);
    const corrected = appendEvidenceEvent(described, 'corrected', { title: 'T', description: 'd' }, at('2026-11-03T00:00:00Z'), counsellor('staff-7'));
    expect(build([corrected], 'en').items[0]?.history).toEqual([
      { at: '2026-11-01T00:00:00.000Z', action: 'added', summary: 'Added: file, title, web address', actor: { kind: 'victim' } },
      { at: '2026-11-02T00:00:00.000Z', action: 'described', summary: "Described: poster's ID", actor: { kind: 'victim' } },
      { at: '2026-11-03T00:00:00.000Z', action: 'corrected', summary: 'Corrected: title, description', actor: { kind: 'counsellor', staffId: 'staff-7' } },
    ]);
    expect(build([corrected], 'ko').items[0]?.history.map((h) => h.summary)).toEqual(['추가함: 파일, 제목, 웹 주소', '설명을 덧붙임: 게시자 ID', '정정함: 제목, 설명']);
  });

  it('writes an imported item with the history its bundle had, then what happened since', () => {
    const base = newEvidenceItem('i', 'note', null, { title: 't' }, at('2026-10-01T00:00:00Z'), VICTIM);
    const imported: EvidenceItem = {
      ...base,
      imported: {
        at: '2026-11-20T00:00:00.000Z', bundleCreatedAt: '2026-11-19T00:00:00.000Z', caseReference: 'OLD', manifestSha256: 'b'.repeat(64),
        exhibitNumber: 4, locale: 'en',
        history: [{ at: '2026-10-01T00:00:00.000Z', action: 'added', summary: 'Added' }, { at: '2026-10-02T00:00:00.000Z', action: 'corrected', summary: 'Corrected: title' }],
      },
    };
    const later = appendEvidenceEvent(imported, 'described', { description: 'd' }, at('2026-11-21T00:00:00Z'), VICTIM);
    expect(build([later], 'en').items[0]?.history.map((h) => h.summary)).toEqual(['Added', 'Corrected: title', 'Described: description']);
    // The bundle's own lines stay as they were (it named no actor); what happened since names one.
    expect(build([later], 'en').items[0]?.history.map((h) => h.actor)).toEqual([undefined, undefined, { kind: 'victim' }]);
  });

  it('refuses a web record without its address and a message without its sender number, naming the exhibit', () => {
    const web = newEvidenceItem('w', 'web', null, { title: 'no url', web: { site: 's' } }, at('2026-11-01T00:00:00Z'), VICTIM);
    const message = newEvidenceItem('m', 'message', null, { title: 'no number', message: { text: 'x' } }, at('2026-11-02T00:00:00Z'), VICTIM);
    expect(() => build([web])).toThrow(ManifestItemError);
    expect(() => build([fileItem('f', 'a.jpg', '2026-10-01T00:00:00Z'), message])).toThrow(expect.objectContaining({ itemId: 'm', exhibitNumber: 2, missing: 'message.senderNumber' }));
  });
});
