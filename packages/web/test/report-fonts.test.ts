import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyReportFonts, REPORT_FONT_FILES } from '../scripts/report-fonts.js';

describe('copyReportFonts', () => {
  it('copies Pretendard Regular and Bold (TrueType) and the OFL licence, named by content hash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-fonts-'));
    try {
      const urls = copyReportFonts(path.join(dir, 'assets'));
      expect(urls.regular).toMatch(/^\/assets\/Pretendard-Regular-[0-9a-f]{12}\.ttf$/u);
      expect(urls.bold).toMatch(/^\/assets\/Pretendard-Bold-[0-9a-f]{12}\.ttf$/u);
      const copied = (url: string) => fs.readFileSync(path.join(dir, url));
      expect(copied(urls.regular).equals(fs.readFileSync(REPORT_FONT_FILES.regular))).toBe(true);
      expect(copied(urls.bold).equals(fs.readFileSync(REPORT_FONT_FILES.bold))).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'assets')).some((f) => /^Pretendard-OFL-[0-9a-f]{12}\.txt$/u.test(f))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
