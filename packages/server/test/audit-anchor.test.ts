import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnchors, writeAnchor } from '../src/audit/audit-anchor.js';
import { retentionCutoff, startAnchorSchedule } from '../src/audit/audit-schedule.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp } from './support/test-app.js';

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');
const HASH = 'ab'.repeat(32);

function tempFile(): { file: string; done(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-anchor-'));
  return { file: path.join(dir, 'nested', 'anchors.log'), done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

describe('audit anchors', () => {
  it('purge what is two years and a day old', () => {
    expect(retentionCutoff(new Date('2026-12-02T07:00:00.000Z')).toISOString()).toBe('2024-12-01T07:00:00.000Z');
    // 29 February 2028, two years back, is 1 March 2026: never less than two years.
    expect(retentionCutoff(new Date('2028-03-01T00:00:00.000Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('are appended to a 0600 file and read back; foreign lines are malformed only in the anchor file', async () => {
    const { file, done } = tempFile();
    try {
      await writeAnchor(file, { seq: 1, hash: HASH, at: '2026-12-02T00:00:00.000Z' });
      await writeAnchor(file, { seq: 2, hash: HASH, at: '2026-12-03T00:00:00.000Z' });
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const text = fs.readFileSync(file, 'utf8');
      expect(parseAnchors(text, true).map((a) => ('anchor' in a ? a.anchor.seq : 'bad'))).toEqual([1, 2]);
      const log = `{"level":30,"msg":"listening"}\n{"level":30,"auditAnchor":{"seq":7,"hash":"${HASH}","at":"x"},"msg":"audit anchor"}\nnot json\n`;
      expect(parseAnchors(log, false)).toEqual([{ line: 2, anchor: { seq: 7, hash: HASH, at: 'x' } }]);
      expect(parseAnchors(log, true).filter((a) => 'malformed' in a).map((a) => a.line)).toEqual([1, 3]);
      expect(parseAnchors(`{"auditAnchor":{"seq":-1,"hash":"${HASH}","at":"x"}}\n{"auditAnchor":{"seq":1,"hash":"AB","at":"x"}}`, true).every((a) => 'malformed' in a)).toBe(true);
    } finally {
      done();
    }
  });

  it('go to the log at info level even when LOG_LEVEL is warn, with nothing but seq, hash and time', async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    const { file, done } = tempFile();
    const lines: string[] = [];
    const t = await createTestApp(sqlite, { LOG_LEVEL: 'warn', AUDIT_ANCHOR_FILE: file }, undefined, { write: (line) => void lines.push(line) });
    try {
      await t.app.audit.append({ actor: { kind: 'staff', staffId: 'staff-1', sessionId: 'session-1' }, action: 'case.read', caseId: 'case-1', reason: '사유' });
      const anchor = await t.app.audit.anchor();
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'audit anchor');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 30, auditAnchor: { seq: 1, hash: anchor.hash, at: anchor.at } });
      expect(lines.join('')).not.toMatch(/staff-1|session-1|case-1|사유/);
    } finally {
      await t.close();
      done();
    }
  });

  it('are written on a schedule, after purging rows past two years: after the first delay, then every interval, and again after a failure', async () => {
    const { file, done } = tempFile();
    const written: number[] = [];
    const cutoffs: Date[] = [];
    let fail = true;
    const errors: string[] = [];
    const schedule = startAnchorSchedule({
      purge: async (cutoff) => {
        cutoffs.push(cutoff);
        if (cutoffs.length === 2) throw new Error('refused');
        return { throughSeq: 0, removed: 0 };
      },
      anchor: async () => {
        if (fail) {
          fail = false;
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        }
        written.push(Date.now());
        return { seq: 0, hash: HASH, at: new Date().toISOString() };
      },
    }, { anchorFile: file, log: { info: () => undefined, error: (facts) => void errors.push(JSON.stringify(facts)) }, firstMs: 10, everyMs: 40 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(errors).toEqual(['{"err":{"type":"Error","code":"ENOSPC"}}', '{"err":{"type":"Error"}}']);
      expect(written.length).toBeGreaterThanOrEqual(3);
      // A purge before each anchor, a failed one not stopping the anchor.
      expect(cutoffs.length).toBe(written.length + 1);
      const expected = retentionCutoff(new Date()).getTime();
      expect(Math.abs((cutoffs[0]?.getTime() ?? 0) - expected)).toBeLessThan(5000);
    } finally {
      schedule.stop();
      done();
    }
    const count = written.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written.length).toBe(count);
  });

  it('waits a day after the last anchor in the file', async () => {
    const { file, done } = tempFile();
    try {
      await writeAnchor(file, { seq: 0, hash: HASH, at: new Date().toISOString() });
      let anchored = 0;
      const schedule = startAnchorSchedule({ purge: async () => ({ throughSeq: 0, removed: 0 }), anchor: async () => ({ seq: anchored++, hash: HASH, at: '' }) }, {
        anchorFile: file, log: { info: () => undefined, error: () => undefined }, firstMs: 10, everyMs: 500,
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(anchored).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(anchored).toBe(1);
      schedule.stop();
    } finally {
      done();
    }
  });
});
