import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFonts } from './report-font-files.js';
import { buildDeletionLetter } from '../letters/deletion-letter.js';
import { buildLetterPdf } from './letter-pdf.js';

const fonts = readReportFonts();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-letter-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const longUrl = `https://board.example/view?id=${'x'.repeat(3000)}`;
const urls = [longUrl, ...Array.from({ length: 49 }, (_, i) => `https://board.example/view?id=${String(i + 1)}`)];

describe.each(['ko', 'en'] as const)('the %s letter as a PDF', (locale) => {
  it('is A4 with every URL whole, the hashes and page numbers', async () => {
    const letter = buildDeletionLetter({
      locale, service: { name: '네이버', jurisdiction: 'kr' }, urls, contentKind: 'illegal-filming',
      evidence: [{ label: 'Exhibit 1', sha256: 'a'.repeat(64) }], respondBy: new Date('2026-12-05T00:00:00Z'), today: new Date('2026-11-28T00:00:00Z'),
    });
    const file = path.join(dir, `letter-${locale}.pdf`);
    fs.writeFileSync(file, await buildLetterPdf(letter, locale, fonts, new Date('2026-11-28T00:00:00Z')));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/A4/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const joined = text.replace(/\s+/gu, '');
    for (const url of urls) expect(joined).toContain(url);
    expect(joined).toContain('a'.repeat(64));
    const pages = text.split('\f').filter((p) => p.trim());
    pages.forEach((page, i) => expect(page.replace(/\s+/gu, "")).toContain(`${String(i + 1)}/${String(pages.length)}`));
  });
});
