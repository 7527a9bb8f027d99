/**
 * Checks the whole chain and every anchor: each row's hash over its content, each link to the row
 * before, no gap in the sequence, and every anchor's (seq, hash) present in the chain. Reports the
 * first bad row and why; `jikim audit verify` prints it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { rowHash } from './audit-chain.js';
import { readAnchorFile, type Anchor, type AnchorLine } from './audit-anchor.js';

export interface AnchorSource {
  readonly file: string;
  /** The anchor file holds only anchors (a foreign line is a problem); a log file holds other lines too. */
  readonly strict: boolean;
}

export interface AuditProblem {
  /** The first row that is wrong or missing. */
  readonly seq: number;
  readonly kind: 'hash-mismatch' | 'broken-link' | 'gap' | 'missing-after-anchor' | 'anchor-mismatch' | 'bad-anchor-line';
  readonly reason: string;
}

export interface AuditVerifyReport {
  readonly ok: boolean;
  readonly rows: number;
  /** The row the chain starts after (0 until a retention purge). */
  readonly base: { readonly seq: number; readonly hash: string };
  readonly head: { readonly seq: number; readonly hash: string };
  readonly anchors: { readonly checked: number; readonly beforeBase: number; readonly missingFiles: readonly string[] };
  /** The first problem (lowest seq); the rest are counted. */
  readonly problem?: AuditProblem;
  readonly moreProblems: number;
}

const PAGE = 1000;

export async function verifyAuditChain(db: Kysely<Database>, sources: readonly AnchorSource[]): Promise<AuditVerifyReport> {
  const problems: AuditProblem[] = [];
  const base = await db.selectFrom('audit_log_base').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const baseSeq = Number(base.seq);
  // Anchors first, so the walk keeps only the hashes they name (the chain may hold millions of rows).
  const anchorLines: { file: string; line: AnchorLine }[] = [];
  const missingFiles: string[] = [];
  for (const source of sources) {
    const lines = await readAnchorFile(source.file, source.strict);
    if (lines === undefined) missingFiles.push(source.file);
    else for (const line of lines) anchorLines.push({ file: source.file, line });
  }
  const wanted = new Set(anchorLines.flatMap(({ line }) => ('anchor' in line ? [line.anchor.seq] : [])));

  const hashes = new Map<number, string>();
  let prev = { seq: baseSeq, hash: base.hash };
  let rows = 0;
  let rowProblem: AuditProblem | undefined;
  for (;;) {
    const page = await db.selectFrom('audit_log').selectAll().where('seq', '>', prev.seq).orderBy('seq').limit(PAGE).execute();
    for (const { hash, ...rest } of page) {
      const row = { ...rest, seq: Number(rest.seq) };
      rows += 1;
      if (wanted.has(row.seq)) hashes.set(row.seq, hash);
      rowProblem ??= checkRow(row, hash, prev, baseSeq);
      prev = { seq: row.seq, hash };
    }
    if (page.length < PAGE) break;
  }
  if (rowProblem) problems.push(rowProblem);

  let checked = 0;
  let beforeBase = 0;
  let baseAnchored = false;
  let earliestGone: Anchor | undefined;
  for (const { file, line } of anchorLines) {
    const problem = checkAnchor(line, file, { baseSeq, baseHash: base.hash, head: prev, hashes });
    if (problem === 'before-base') {
      beforeBase += 1;
      if ('anchor' in line && (earliestGone === undefined || line.anchor.seq < earliestGone.seq)) earliestGone = line.anchor;
    } else if (problem) {
      problems.push(problem);
    } else {
      checked += 1;
      if ('anchor' in line && line.anchor.seq === baseSeq) baseAnchored = true;
    }
  }
  // A retention purge anchors its new base first; rows gone from the start without that anchor
  // were removed by someone else.
  if (earliestGone && !baseAnchored) {
    problems.push({
      seq: earliestGone.seq,
      kind: 'gap',
      reason: `row ${earliestGone.seq} (anchored ${earliestGone.at}) is gone: the chain now starts after seq ${baseSeq}, and no anchor records a retention purge up to it`,
    });
  }

  problems.sort((a, b) => a.seq - b.seq);
  const [first] = problems;
  return {
    ok: first === undefined,
    rows,
    base: { seq: baseSeq, hash: base.hash },
    head: prev,
    anchors: { checked, beforeBase, missingFiles },
    ...(first ? { problem: first } : {}),
    moreProblems: Math.max(0, problems.length - 1),
  };
}

function checkRow(
  row: Parameters<typeof rowHash>[0],
  hash: string,
  prev: { seq: number; hash: string },
  baseSeq: number,
): AuditProblem | undefined {
  if (row.seq !== prev.seq + 1) {
    const after = prev.seq === baseSeq ? `the chain's start (after seq ${baseSeq})` : `row ${prev.seq}`;
    return { seq: prev.seq + 1, kind: 'gap', reason: `gap in sequence: row ${prev.seq + 1} is missing (${after} is followed by row ${row.seq})` };
  }
  if (rowHash(row) !== hash) {
    return { seq: row.seq, kind: 'hash-mismatch', reason: 'hash mismatch: the row\'s content does not match its hash (the row was changed)' };
  }
  if (row.prev_hash !== prev.hash) {
    const what = prev.seq === baseSeq ? `the chain's base (seq ${baseSeq})` : `row ${prev.seq}'s hash`;
    return { seq: row.seq, kind: 'broken-link', reason: `broken link: prev_hash does not match ${what} (this row or the one before was replaced)` };
  }
  return undefined;
}

function checkAnchor(
  line: AnchorLine,
  file: string,
  chain: { baseSeq: number; baseHash: string; head: { seq: number }; hashes: ReadonlyMap<number, string> },
): AuditProblem | 'before-base' | undefined {
  if (!('anchor' in line)) {
    return { seq: chain.head.seq + 1, kind: 'bad-anchor-line', reason: `${file} line ${line.line} is not an anchor (the anchor file was edited)` };
  }
  const anchor: Anchor = line.anchor;
  const where = `the anchor of ${anchor.at} (${file} line ${line.line})`;
  if (anchor.seq < chain.baseSeq) return 'before-base';
  if (anchor.seq === chain.baseSeq) {
    return anchor.hash === chain.baseHash
      ? undefined
      : { seq: anchor.seq, kind: 'anchor-mismatch', reason: `anchor hash mismatch: ${where} records a different hash for seq ${anchor.seq}, the chain's base` };
  }
  if (anchor.seq > chain.head.seq) {
    return {
      seq: chain.head.seq + 1,
      kind: 'missing-after-anchor',
      reason: `missing rows after an anchor: ${where} records seq ${anchor.seq}, but the chain ends at seq ${chain.head.seq} (rows were cut off the end)`,
    };
  }
  const hash = chain.hashes.get(anchor.seq);
  if (hash === undefined) return undefined; // a gap, reported by the row check
  return hash === anchor.hash
    ? undefined
    : { seq: anchor.seq, kind: 'anchor-mismatch', reason: `anchor hash mismatch: ${where} records a different hash for row ${anchor.seq} (rows up to it were rewritten)` };
}
