import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportFonts } from './report-font-files.js';
import { COMPLAINT_TEXT } from '../complaint/complaint-document.js';
import { fixtureComplaint, LONG_URL, manyEvidence } from '../../test/complaint-fixtures.js';
import { buildComplaintPdf } from './complaint-pdf.js';
import { CRIME_IDS } from '../complaint/crimes.js';

const fonts = readReportFonts();
// Set JIKIM_COMPLAINT_PDF_DIR to keep the PDFs and page images for looking at them.
const keep = process.env.JIKIM_COMPLAINT_PDF_DIR;
const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-complaint-'));
afterAll(() => {
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
});

const A4 = { width: 595.28, height: 841.89 };
const SIDE_MARGIN = 56.69;
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const input = fixtureComplaint({
  crimes: [...CRIME_IDS],
  evidence: [...manyEvidence(50), { exhibitNumber: 51, label: '긴 주소', url: LONG_URL }],
});

describe.each(['ko', 'en'] as const)('the %s complaint PDF', (locale) => {
  const t = COMPLAINT_TEXT[locale];
  let pdf: Uint8Array;
  let file: string;
  let pages: string[];
  let all: string;

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    pdf = await buildComplaintPdf(input, locale, fonts);
    file = path.join(dir, `complaint-${locale}.pdf`);
    fs.writeFileSync(file, pdf);
    pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
    all = pages.join('\n');
  });

  it('is A4 with "- X / Y -" at the foot of every page', () => {
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/u);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => expect(text.replace(/\s+/gu, '')).toContain(t.page(i + 1, pages.length).replace(/\s+/gu, '')));
  });

  it('has the title, every section heading in order, the date, signature and addressee', () => {
    const flat = all.replace(/\s+/gu, '');
    let last = -1;
    for (const part of [t.title, ...Object.values(t.headings), locale === 'ko' ? '2026년 11월 28일' : '28 November 2026', t.signature('김지킴'), t.addressee('서울마포경찰서')]) {
      const at = flat.indexOf(part.replace(/\s+/gu, ''), last + 1);
      expect(at, part).toBeGreaterThan(last);
      last = at;
    }
  });

  it('prints the articles, all 51 exhibits in order with whole hashes, and the 3,000-character URL whole', () => {
    expect(all).toContain(locale === 'ko' ? '제14조의3제2항' : 'Article 14-3(2)');
    const flat = all.replace(/\s+/gu, '');
    let last = -1;
    for (let n = 1; n <= 50; n += 1) {
      const at = flat.indexOf(`SHA-256:${n.toString(16).padStart(64, '0')}`, last + 1);
      expect(at, `exhibit ${String(n)}`).toBeGreaterThan(last);
      last = at;
    }
    expect(flat.includes(LONG_URL)).toBe(true);
  });

  it('marks the English rendering on every page, and not the Korean', () => {
    for (const text of pages) expect(text.includes('English rendering for reference; file the Korean version.')).toBe(locale === 'en');
  });

  it('keeps every word inside the page margins', () => {
    const html = run('pdftotext', ['-bbox', file, '-']);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/gu)].map((m) => m.slice(1, 5).map(Number));
    for (const [xMin = 0, yMin = 0, xMax = 0, yMax = 0] of words) {
      expect(xMin).toBeGreaterThanOrEqual(SIDE_MARGIN - 1);
      expect(xMax).toBeLessThanOrEqual(A4.width - SIDE_MARGIN + 1);
      expect(yMin).toBeGreaterThanOrEqual(20);
      expect(yMax).toBeLessThanOrEqual(A4.height - 20);
    }
  });

  it('renders every page to an image', () => {
    const images = path.join(dir, `png-${locale}`);
    fs.mkdirSync(images, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', file, path.join(images, 'page')]);
    expect(fs.readdirSync(images).filter((f) => f.endsWith('.png'))).toHaveLength(pages.length);
  });

  it('is the same, byte for byte, when made again', async () => {
    expect(Buffer.compare(Buffer.from(await buildComplaintPdf(input, locale, fonts)), Buffer.from(pdf))).toBe(0);
  });
});
