import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { TEST_DATABASES } from './support/databases.js';
import { auditFixture } from './audit-fixtures.js';

const child = path.join(import.meta.dirname, 'audit-append-child.ts');

/** Runs the appender until it has acknowledged `acks` rows, then kills it with SIGKILL. */
function appendUntilKilled(args: string[], acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (acked.length >= acks) proc.kill('SIGKILL');
    });
    proc.on('exit', (_code, signal) => {
      // Whatever reached the pipe before the kill was acknowledged, a partial last line is not.
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`appender exited on its own: ${stderr}`));
    });
  });
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`audit appends killed with SIGKILL on ${testDb.name}`, () => {
    it('keeps every acknowledged row and a chain that verifies, restart after restart', async () => {
      const t = await auditFixture(testDb);
      try {
        const acked: string[] = [];
        for (let run = 0; run < 4; run += 1) {
          acked.push(...await appendUntilKilled([JSON.stringify(t.database), t.anchorFile, `r${run}`], 60 + run * 37));
          const report = await verifyAuditChain(t.db.kysely, [{ file: t.anchorFile, strict: true }]);
          expect(report.problem).toBeUndefined();
          expect(report.ok).toBe(true);
          const present = new Set((await t.db.kysely.selectFrom('audit_log').select('case_id').execute()).map((r) => r.case_id));
          expect(acked.filter((caseId) => !present.has(caseId))).toEqual([]);
          expect(report.rows).toBeGreaterThanOrEqual(acked.length);
          await t.audit.anchor();
        }
      } finally {
        await t.close();
      }
    }, 60_000);
  });
}
