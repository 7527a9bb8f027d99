import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evidenceManifestSchema } from '@jikim/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportFonts } from './report-font-files.js';
import { EMPTY_SHA256, FIXTURE_CASE_REFERENCE, FIXTURE_NOW, fixtureManifest, fixtureThumbnails, LONG_URL } from '../../test/report-fixture.js';
import { occurredPeriod } from './report-cover.js';
import { buildReportPdf, type ReportInput } from './report-pdf.js';
import { reportText } from '../report/report-text.js';

const fonts = readReportFonts();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const A4 = { width: 595.28, height: 841.89 };
const SIDE_MARGIN = 56.69;

function inputFor(locale: 'ko' | 'en'): ReportInput {
  const manifest = fixtureManifest(locale, 20);
  return { manifest, thumbnails: fixtureThumbnails(manifest), thumbnailsBlurred: locale === 'ko', fonts, now: FIXTURE_NOW };
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe.each(['ko', 'en'] as const)('the %s report', (locale) => {
  const t = reportText(locale);
  const input = inputFor(locale);
  const items = [...input.manifest.items].sort((a, b) => a.exhibitNumber - b.exhibitNumber);
  let pdf: Uint8Array;
  let file: string;
  let pages: string[];
  let all: string;
  let body: string;

  beforeAll(async () => {
    pdf = await buildReportPdf(input);
    file = path.join(dir, `report-${locale}.pdf`);
    fs.writeFileSync(file, pdf);
    // pdftotext ends every page with a form feed.
    pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
    all = pages.join('\n');
    // The text between the header and the footer rules, for values that run across pages.
    body = run('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', '50', '-W', '596', '-H', '745', file, '-']);
  });

  const pageOf = (line: string) => pages.findIndex((text) => text.split('\n').includes(line));

  it('is made from a valid manifest', () => {
    expect(evidenceManifestSchema.safeParse(input.manifest).success).toBe(true);
  });

  it('has the case reference and "X / Y" on every page', () => {
    expect(pages.length).toBeGreaterThan(items.length + 3);
    pages.forEach((text, i) => {
      expect(text).toContain(`${t.caseReference} ${FIXTURE_CASE_REFERENCE}`);
      expect(text).toContain(`${i + 1} / ${pages.length}`);
    });
  });

  it('lists every exhibit in number order with its full SHA-256, on more than one index page', () => {
    const first = pageOf(t.indexHeading);
    const end = pageOf(t.exhibit(1));
    expect(first).toBe(1);
    expect(end - first).toBeGreaterThanOrEqual(2);
    const index = pages.slice(first, end).join('\n');
    let last = -1;
    for (const item of items) {
      const at = index.indexOf(item.file ? item.file.sha256 : t.noFile, last + 1);
      expect(at, `exhibit ${item.exhibitNumber}`).toBeGreaterThan(last);
      last = at;
    }
    expect(index).toContain(EMPTY_SHA256);
  });

  it('gives each exhibit its own section, in order, starting on a new page', () => {
    const starts = items.map((item) => pageOf(t.exhibit(item.exhibitNumber)));
    expect(starts.every((page, i) => page > 0 && (i === 0 || page > (starts[i - 1] ?? 0)))).toBe(true);
  });

  it('shows sender numbers, URLs in full, and file details', () => {
    for (const number of ['010-1234-5678', '+82 10-9876-5432']) expect(all).toContain(number);
    expect(all).toContain('https://video.example.com/v/9f3k2');
    expect(body.replace(/\s+/gu, '').includes(LONG_URL), 'the 3,000-character URL').toBe(true);
    expect(all).toContain(locale === 'ko' ? '0바이트' : '0 bytes');
    expect(all).toContain('files/002-빈 파일.txt');
  });

  if (locale === 'ko') it('breaks Korean lines between words, never inside a word', () => {
    const note = items.find((item) => item.kind === 'note');
    const start = pageOf(t.exhibit(note?.exhibitNumber ?? 0));
    const end = pageOf(t.exhibit((note?.exhibitNumber ?? 0) + 1));
    const source = [note?.title, note?.description, t.documentTitle, t.caseReference, t.exhibit(note?.exhibitNumber ?? 0), t.kindDetail.note,
      t.description, t.addedAt, t.history, '보관함에 추가함', t.generatedOn('2026-11-28')].join(' ');
    const words = new Set(source.split(/\s+/u));
    const hangulWords = pages.slice(start, end).join('\n').split(/\s+/u).filter((word) => /[가-힣]/u.test(word));
    expect(hangulWords.length).toBeGreaterThan(400);
    expect(hangulWords.filter((word) => !words.has(word))).toEqual([]);
  });

  it('gives on the cover the period of the times entered, apart from when items were added', () => {
    expect(occurredPeriod(items, t)).toBe(t.period('2026-09-29', '2026-10-27'));
    expect(pages[0]).toContain(occurredPeriod(items, t));
    expect(pages[0]).toContain(t.period('2026-09-30', '2026-11-20'));
  });

  it('gives a video\'s and a recording\'s length, and each file type in words with the exact type', () => {
    const video = pages[pageOf(t.exhibit(9))] ?? '';
    const call = pages[pageOf(t.exhibit(15))] ?? '';
    expect(video).toContain(t.duration);
    expect(video).toContain(locale === 'ko' ? '1분 23초' : '1 min 23 s');
    expect(video).toContain(locale === 'ko' ? '동영상 (video/mp4)' : 'video (video/mp4)');
    expect(call).toContain(locale === 'ko' ? '1시간 2분 5초' : '1 h 2 min 5 s');
    expect(call).toContain(locale === 'ko' ? '녹음 (audio/mp4)' : 'recording (audio/mp4)');
    expect(pages[pageOf(t.exhibit(1))]).toContain(locale === 'ko' ? '사진 (image/jpeg)' : 'photo (image/jpeg)');
    // Files without a measured length (photos, items kept before durations were measured) have no such row.
    expect(pages[pageOf(t.exhibit(1))]).not.toContain(t.duration);
  });

  it('prints instants in Korea time and dates as entered', () => {
    expect(all).toContain('2026-10-04 10:12:09 KST');
    expect(all).toContain(`2026-10-03 ${t.dateOnly}`);
  });

  it('composes decomposed Korean and writes emoji and right-to-left text as code points', () => {
    expect(all).toContain('단체 대화방에 올라온 사진 캡처');
    expect(all).toContain('[U+1F622 U+2764 U+FE0F]');
    expect(all).toContain('[U+05E9 U+05DC U+05D5 U+05DD]');
  });

  it('says whether previews are blurred and how to verify the hashes', () => {
    expect(all).toContain(locale === 'ko' ? t.previewBlurred : t.preview);
    for (const command of ['sha256sum -c SHA256SUMS', 'shasum -a 256 -c SHA256SUMS', 'certutil -hashfile FILE SHA256', 'Get-FileHash -Algorithm SHA256 FILE', 'jikim verify BUNDLE.zip']) {
      expect(pages.at(-1)).toContain(command);
    }
    expect(all).not.toMatch(/porn|포르노|야동|음란물/iu);
  });

  it('embeds the fonts, as subsets only', () => {
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(2);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Pretendard-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/u);
  });

  it('keeps every word inside the page margins', () => {
    const html = run('pdftotext', ['-bbox', file, '-']);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/gu)].map((m) => m.slice(1, 5).map(Number));
    expect(words.length).toBeGreaterThan(1000);
    for (const [xMin = 0, yMin = 0, xMax = 0, yMax = 0] of words) {
      expect(xMin).toBeGreaterThanOrEqual(SIDE_MARGIN - 1);
      expect(xMax).toBeLessThanOrEqual(A4.width - SIDE_MARGIN + 1);
      expect(yMin).toBeGreaterThanOrEqual(20);
      expect(yMax).toBeLessThanOrEqual(A4.height - 20);
    }
  });

  it('is the same, byte for byte, when made again from the same input', async () => {
    expect(Buffer.compare(Buffer.from(await buildReportPdf(input)), Buffer.from(pdf))).toBe(0);
  });
});
