/**
 * `jikim stats --from YYYY-MM-DD --to YYYY-MM-DD [--locale ko|en] [--json]`: the figures the
 * console's statistics page shows (the same computeStats on the configured database: DATA_DIR or
 * DATABASE_URL), as JSON or as a plain table. Counts below 5 are "<5"; no sealed field is read.
 */
import { parseArgs } from 'node:util';
import { displayJson, shown } from '@jikim/evidence';
import { computeStats, createDb, loadConfig, pendingMigrations, statsCsvRows, statsPeriodQuerySchema, type Config } from '@jikim/server';
import { UsageError, type Io } from './io.js';

export const STATS_USAGE = `Usage: jikim stats --from YYYY-MM-DD --to YYYY-MM-DD [--locale ko|en] [--json]

  The figures for a period of calendar days in Korea (both days included): cases by situation and
  by how the person arrived, deletion requests by site type, operator and outcome, days to removal
  per operator (median and 90th percentile, nearest rank; only with 5 or more removals), referrals
  by kind. Any count from 1 to 4 is shown as "<5".
  --locale  the language of names (default ko)
  --json    print the figures as one JSON object (the console's /api/console/v1/stats answer)
`;

export async function statsCommand(args: readonly string[], io: Io, config?: Config, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { from: { type: 'string' }, to: { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(STATS_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(shown`unexpected argument ${positionals[0] ?? ''}`);
  if (values.from === undefined || values.to === undefined) throw new UsageError('--from and --to are required (YYYY-MM-DD)');
  const parsed = statsPeriodQuerySchema.safeParse({ from: values.from, to: values.to, ...(values.locale === undefined ? {} : { locale: values.locale }) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      if (field === 'locale') return '--locale must be ko or en';
      if (issue.code === 'custom') return '--from must not be after --to';
      return `--${field} must be a date as YYYY-MM-DD`;
    });
    throw new UsageError([...new Set(problems)].join('; '));
  }
  const db = createDb((config ?? loadConfig()).database);
  try {
    if (await pendingMigrations(db) > 0) {
      io.err('jikim stats: the database is not migrated to the latest version; run `jikim migrate` first\n');
      return 1;
    }
    const stats = await computeStats(db.kysely, parsed.data, now);
    io.out(values.json ? `${displayJson(stats)}\n` : table(statsCsvRows(stats, parsed.data.locale), `${stats.from} – ${stats.to}`));
    return 0;
  } finally {
    await db.close();
  }
}

/** Display width: Hangul and other wide characters take two columns. */
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** One block per section: name, count, and for days to removal the median and p90. */
function table(rows: readonly (string | number | null)[][], period: string): string {
  const lines = [`Figures for ${period} (Seoul days; counts below 5 shown as <5)`];
  const nameWidth = Math.min(48, Math.max(...rows.map((r) => width(String(r[2] ?? '')))));
  let section = '';
  for (const [sec, , name, count, median, p90] of rows) {
    if (sec !== section) {
      section = String(sec);
      lines.push('', section === 'removal_days' ? `${pad('removal_days', nameWidth)}  removed  median  p90` : section);
    }
    const cells = [pad(String(name ?? ''), nameWidth), String(count ?? '').padStart(section === 'removal_days' ? 7 : 6)];
    if (section === 'removal_days') cells.push(String(median ?? '–').padStart(6), String(p90 ?? '–').padStart(4));
    lines.push(shown`${cells.join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}
