/**
 * Anchors: the chain's head (seq, hash, time) written outside the database, as a line appended to
 * a file (fsynced) and a line in the log. Rows cut off the end of the chain are then detectable.
 */
import { isSha256Hex } from '@jikim/case';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface Anchor {
  readonly seq: number;
  readonly hash: string;
  /** When the anchor was written (ISO UTC). */
  readonly at: string;
}

export interface AnchorLog {
  info(facts: object, message: string): void;
}

export async function writeAnchor(file: string, anchor: Anchor, log?: AnchorLog): Promise<Anchor> {
  const line = `${JSON.stringify({ auditAnchor: anchor })}\n`;
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const created = await fs.access(file).then(() => false, () => true);
  const handle = await fs.open(file, 'a', 0o600);
  try {
    await handle.writeFile(line, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncDirectory(dir);
  log?.info({ auditAnchor: anchor }, 'audit anchor');
  return anchor;
}

/** A new file's name is durable only once its directory is synced. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

export type AnchorLine =
  | { readonly line: number; readonly anchor: Anchor }
  | { readonly line: number; readonly malformed: true };

/**
 * Anchors in a text: the anchor file's lines, or log lines (pino JSON) carrying `auditAnchor`.
 * `strict`: a line that is no anchor is reported as malformed (the anchor file holds nothing else).
 */
export function parseAnchors(text: string, strict: boolean): AnchorLine[] {
  const out: AnchorLine[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const anchor = anchorIn(raw);
    if (anchor) out.push({ line: index + 1, anchor });
    else if (strict) out.push({ line: index + 1, malformed: true });
  }
  return out;
}

function anchorIn(raw: string): Anchor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const candidate = (parsed as { auditAnchor?: unknown } | null)?.auditAnchor;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { seq, hash, at } = candidate as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return undefined;
  if (typeof hash !== 'string' || !isSha256Hex(hash) || typeof at !== 'string') return undefined;
  return { seq, hash, at };
}

export async function readAnchorFile(file: string, strict: boolean): Promise<AnchorLine[] | undefined> {
  try {
    return parseAnchors(await fs.readFile(file, 'utf8'), strict);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
