/**
 * The audit log as CSV for Excel: UTF-8 with a byte-order mark (so Korean opens intact), RFC 4180
 * quoting, CRLF lines, and cells a spreadsheet would run as a formula neutralised by a leading
 * apostrophe (OWASP "CSV Injection").
 */
import type { AuditLogTable } from '../db/schema.js';

export const CSV_BOM = '\uFEFF';

export const AUDIT_CSV_COLUMNS = [
  'seq', 'at', 'actor_kind', 'actor_id', 'session_id', 'action', 'case_id', 'subject_staff_id', 'reason', 'detail', 'prev_hash', 'hash',
] as const satisfies readonly (keyof AuditLogTable)[];

/** = + - @, tab, CR, LF, and their full-width forms (an IME may type them), even after spaces. */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

export function csvCell(value: string | number | null): string {
  if (value === null) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export async function* auditCsv(rows: AsyncIterable<AuditLogTable>): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(AUDIT_CSV_COLUMNS);
  let batch = '';
  for await (const row of rows) {
    batch += csvLine(AUDIT_CSV_COLUMNS.map((column) => (column === 'seq' ? Number(row.seq) : row[column])));
    if (batch.length >= 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
