/**
 * `jikim audit verify` checks the audit log's chain and every anchor (docs/audit-log.md); exit 0
 * with a summary, 1 naming the first bad row and why. `jikim audit anchor` writes the chain's head
 * outside the database now.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { shown } from '@jikim/evidence';
import { createAuditLog, createDb, loadConfig, pendingMigrations, verifyAuditChain, type AuditVerifyReport, type Config } from '@jikim/server';
import { UsageError, type Io } from './io.js';

export const AUDIT_USAGE = `Usage: jikim audit verify [--json] [--anchors FILE]...
       jikim audit anchor

  verify   checks every row of the audit log (its hash, its link to the row before, no gap) and
           every anchor in AUDIT_ANCHOR_FILE (default DATA_DIR/audit-anchors.log). Exit code 0 if
           all is intact, 1 naming the first bad row and why.
           --anchors FILE  also check anchors found in FILE (a copy of the anchor file, or logs
                           holding the server's "audit anchor" lines); repeatable
           --json          print the report as one JSON object
  anchor   writes the chain's head (seq, hash, time) to the anchor file now
`;

export async function auditCommand(args: readonly string[], io: Io, config: Config = loadConfig()): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    io.out(AUDIT_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'verify' && sub !== 'anchor') throw new UsageError(shown`unknown subcommand ${sub}`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: {
      json: { type: 'boolean', default: false },
      anchors: { type: 'string', multiple: true, default: [] },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(shown`unexpected argument ${positionals[0] ?? ''}`);
  const absent = values.anchors.find((file) => !fs.existsSync(file));
  if (absent !== undefined) throw new UsageError(shown`no such file: ${absent}`);
  const db = createDb(config.database);
  try {
    if (await pendingMigrations(db) > 0) {
      io.err('jikim audit: the database is not migrated to the latest version; run `jikim migrate` first\n');
      return 1;
    }
    if (sub === 'anchor') {
      const anchor = await createAuditLog(db, config).anchor();
      io.out(`Anchored seq ${anchor.seq} hash ${anchor.hash} at ${anchor.at} in ${config.audit.anchorFile}\n`);
      return 0;
    }
    const sources = [{ file: config.audit.anchorFile, strict: true }, ...values.anchors.map((file) => ({ file, strict: false }))];
    const report = await verifyAuditChain(db.kysely, sources);
    if (values.json) io.out(`${JSON.stringify(report)}\n`);
    else io.out(summary(report, config.audit.anchorFile));
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

function summary(report: AuditVerifyReport, anchorFile: string): string {
  const lines: string[] = [];
  const range = report.rows === 0 ? 'no rows' : `${report.rows} rows (seq ${report.base.seq + 1} to ${report.head.seq})`;
  if (report.problem) {
    lines.push(`Audit log: TAMPERED. First bad row: seq ${report.problem.seq}`);
    lines.push(shown`  why: ${report.problem.reason}`);
    if (report.moreProblems > 0) lines.push(`  and ${report.moreProblems} more problem${report.moreProblems === 1 ? '' : 's'}`);
    lines.push(`  read: ${range}`);
  } else {
    lines.push(`Audit log: OK, ${range}, head ${report.head.hash}`);
  }
  if (report.base.seq > 0) lines.push(`  rows up to seq ${report.base.seq} were removed by retention (base hash ${report.base.hash})`);
  const { checked, beforeBase, missingFiles } = report.anchors;
  lines.push(`Anchors: ${checked} checked${beforeBase > 0 ? `, ${beforeBase} older than the retained rows` : ''}`);
  for (const file of missingFiles) {
    lines.push(file === anchorFile
      ? shown`  no anchor file at ${file}: rows cut off the end cannot be detected without anchors`
      : shown`  no such file: ${file}`);
  }
  return `${lines.join('\n')}\n`;
}
