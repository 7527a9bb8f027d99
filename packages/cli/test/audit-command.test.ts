import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuditLog, createDb, loadConfig, migrateToLatest, type Config } from '@jikim/server';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../src/commands/audit.js';
import { TEST_DATABASES } from '../../server/test/support/databases.js';

const bin = path.resolve(import.meta.dirname, '../bin/jikim.js');

async function jikimAudit(config: Config, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await auditCommand(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, config);
  return { code, out, err };
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`jikim audit on ${testDb.name}`, () => {
    it('anchors, verifies (exit 0), and names the first bad row after tampering (exit 1)', async () => {
      const { database, drop } = await testDb.create();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-audit-cli-'));
      const config: Config = { ...loadConfig({ DATA_DIR: dir }), database };
      const db = createDb(database);
      try {
        await migrateToLatest(db);
        const audit = createAuditLog(db, config);
        for (let i = 1; i <= 5; i += 1) await audit.append({ actor: { kind: 'staff', staffId: `s${i}`, sessionId: null }, action: 'case.read', caseId: `c${i}` });

        const none = await jikimAudit(config, 'verify');
        expect(none.code).toBe(0);
        expect(none.out).toMatch(/^Audit log: OK, 5 rows \(seq 1 to 5\), head [0-9a-f]{64}\nAnchors: 0 checked\n {2}no anchor file at .*audit-anchors\.log/);

        const anchored = await jikimAudit(config, 'anchor');
        expect(anchored.code).toBe(0);
        expect(anchored.out).toMatch(/^Anchored seq 5 hash [0-9a-f]{64} at \d{4}-.*Z in .*audit-anchors\.log\n$/);
        expect(fs.readFileSync(path.join(dir, 'audit-anchors.log'), 'utf8')).toMatch(/^\{"auditAnchor":\{"seq":5,"hash":"[0-9a-f]{64}","at":"[^"]+"\}\}\n$/);

        const ok = await jikimAudit(config, 'verify');
        expect(ok).toMatchObject({ code: 0, err: '' });
        expect(ok.out).toContain('Anchors: 1 checked\n');

        const json = await jikimAudit(config, 'verify', '--json');
        expect(JSON.parse(json.out)).toMatchObject({ ok: true, rows: 5, anchors: { checked: 1 } });

        // An attacker with database access: drop the trigger, cut the last two rows.
        await sql.raw(testDb.name === 'sqlite' ? 'drop trigger audit_log_no_delete' : 'drop trigger audit_log_no_change on audit_log').execute(db.kysely);
        await db.kysely.deleteFrom('audit_log').where('seq', '>=', 4).execute();
        const cut = await jikimAudit(config, 'verify');
        expect(cut.code).toBe(1);
        expect(cut.out).toMatch(/^Audit log: TAMPERED\. First bad row: seq 4\n {2}why: missing rows after an anchor: .* records seq 5, but the chain ends at seq 3/);

        // The same through the installed command, configured by the environment.
        const env = {
          PATH: process.env.PATH ?? '',
          AUDIT_ANCHOR_FILE: path.join(dir, 'audit-anchors.log'),
          ...(database.dialect === 'postgres' ? { DATABASE_URL: database.url } : { DATA_DIR: path.dirname(database.file) }),
        };
        const child = spawn(process.execPath, [bin, 'audit', 'verify'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(1);
        expect(out).toContain('First bad row: seq 4\n');
      } finally {
        await db.close();
        await drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('jikim audit usage', () => {
  it('refuses an unknown subcommand and a missing --anchors file with exit 2', async () => {
    const { run } = await import('../src/index.js');
    let err = '';
    const io = { out: () => undefined, err: (t: string) => void (err += t) };
    expect(await run(['audit', 'frobnicate'], io)).toBe(2);
    expect(err).toContain('unknown subcommand frobnicate');
    expect(await run(['audit', 'verify', '--anchors', '/nonexistent/anchors.log'], io)).toBe(2);
    expect(err).toContain('no such file: /nonexistent/anchors.log');
  });
});
