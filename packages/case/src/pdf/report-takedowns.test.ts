import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFonts } from './report-font-files.js';
import { newTakedown, recordStatus } from '../takedowns/takedown.js';
import { summariseTakedowns } from '../takedowns/tracker-summary.js';
import { FIXTURE_NOW, fixtureManifest, fixtureThumbnails } from '../../test/report-fixture.js';
import { buildReportPdf } from './report-pdf.js';
import { VICTIM } from '../events/actor.js';

const fonts = readReportFonts();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-takedowns-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const asked = newTakedown({ id: 't1', url: 'https://board.example/view?id=1', channel: 'naver', method: 'form', reportedAt: new Date('2026-11-10T01:00:00Z'), reference: 'NV-001', by: VICTIM });
const removed = recordStatus(recordStatus(asked, 'acknowledged', new Date('2026-11-12T01:00:00Z'), VICTIM, { reference: 'CASE-77' }), 'removed', new Date('2026-11-20T01:00:00Z'), VICTIM);
const waiting = newTakedown({ id: 't2', url: 'https://video.example/watch?v=2', channel: '자유 게시판 운영자', method: 'email', reportedAt: new Date('2026-11-15T01:00:00Z'), by: VICTIM });

describe.each(['ko', 'en'] as const)('the %s report with the takedown tracker', (locale) => {
  it('has its own section listing every address, where it was asked, each change and the references', async () => {
    const manifest = fixtureManifest(locale, 3);
    const takedowns = summariseTakedowns([removed, waiting], locale, (id) => (id === 'naver' ? 'Naver' : undefined));
    const file = path.join(dir, `report-${locale}.pdf`);
    fs.writeFileSync(file, await buildReportPdf({ manifest, thumbnails: fixtureThumbnails(manifest), thumbnailsBlurred: true, fonts, now: FIXTURE_NOW, takedowns }));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const section = pages.filter((page) => page.includes(takedowns.labels.title));
    expect(section.length).toBeGreaterThan(0);
    const text = section.join('\n');
    for (const expected of ['https://board.example/view?id=1', 'https://video.example/watch?v=2', 'Naver', '자유 게시판 운영자', 'NV-001', 'CASE-77', '2026-11-20', takedowns.labels.statuses.removed, takedowns.labels.statuses.requested]) {
      expect(text).toContain(expected);
    }
    // The closing page still comes last.
    expect(pages.filter((p) => p.trim()).at(-1)).not.toContain(takedowns.labels.title);
  });

  it('adds nothing when no request was recorded', async () => {
    const manifest = fixtureManifest(locale, 3);
    const takedowns = summariseTakedowns([], locale);
    const file = path.join(dir, `empty-${locale}.pdf`);
    fs.writeFileSync(file, await buildReportPdf({ manifest, thumbnails: fixtureThumbnails(manifest), thumbnailsBlurred: true, fonts, now: FIXTURE_NOW, takedowns }));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toContain(takedowns.labels.title);
  });
});
