import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuditLog, type AuditOptions, type AuditService } from '../src/audit/audit-log.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { TestDatabase } from './support/databases.js';

export interface AuditFixture {
  readonly db: Db;
  readonly audit: AuditService;
  readonly anchorFile: string;
  readonly database: Awaited<ReturnType<TestDatabase['create']>>['database'];
  close(): Promise<void>;
}

/** A fresh, migrated database with an audit log whose anchors go to a temporary file. */
export async function auditFixture(testDb: TestDatabase, options: AuditOptions = {}): Promise<AuditFixture> {
  const { database, drop } = await testDb.create();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-audit-'));
  const anchorFile = path.join(dir, 'audit-anchors.log');
  const db = createDb(database);
  await migrateToLatest(db);
  return {
    db,
    database,
    anchorFile,
    audit: createAuditLog(db, { audit: { anchorFile } }, options),
    close: async () => {
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const staff = (staffId = 'staff-1', sessionId: string | null = 'session-1') =>
  ({ kind: 'staff', staffId, sessionId }) as const;
