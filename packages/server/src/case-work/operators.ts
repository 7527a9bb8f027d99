/**
 * The operators letters go to: the shipped directory (@jikim/guide's reporting channels, read-only,
 * with their sources and the day they were checked, and the hosts @jikim/case knows for each) and
 * the centre's own operators (`centre:<id>`; removal sets removed_at, so old targets keep a name).
 */
import { randomBytes } from 'node:crypto';
import { OPERATOR_HOSTS, siteTypeOfCategory, type ClassifyOperator } from '@jikim/case';
import type { CentreOperator, OperatorDirectory, SiteType } from '@jikim/contracts';
import { reportingChannels, type ReportingChannel } from '@jikim/guide';
import type { Kysely } from 'kysely';
import type { CentreOperatorsTable, Database } from '../db/schema.js';

export type Locale = 'ko' | 'en';
export const CENTRE_PREFIX = 'centre:';
const OTHER_NAME: Readonly<Record<Locale, string>> = { ko: '기타 (직접 확인)', en: 'Other (check by hand)' };

export const channelOf = (key: string): ReportingChannel | undefined => reportingChannels.find((c) => c.id === key);

const addressOf = (channel: ReportingChannel, kind: 'email' | 'form') => channel.how.find((h) => h.kind === kind && h.address !== undefined)?.address;

export function shippedDirectory(): OperatorDirectory['shipped'] {
  return reportingChannels.map((c) => {
    const email = addressOf(c, 'email');
    const formUrl = addressOf(c, 'form');
    return {
      key: c.id, name: { ko: c.name.ko, en: c.name.en }, siteType: siteTypeOfCategory(c.category), languages: [...c.languages],
      ...(email !== undefined ? { email } : {}), ...(formUrl !== undefined ? { formUrl } : {}),
      domains: [...(OPERATOR_HOSTS[c.id] ?? [])], verified: c.verification.status === 'verified',
      sources: c.verification.sources.map((s) => ({ url: s.url, title: s.title })), checkedOn: c.verification.checkedOn,
    };
  });
}

export function centreOperatorOf(row: CentreOperatorsTable): CentreOperator {
  return {
    id: row.id, key: `${CENTRE_PREFIX}${row.id}`, name: row.name, language: row.language, siteType: row.site_type,
    ...(row.email !== null ? { email: row.email } : {}), ...(row.form_url !== null ? { formUrl: row.form_url } : {}),
    domains: JSON.parse(row.domains) as string[], notes: row.notes, updatedAt: row.updated_at,
  };
}

export type CentreOperatorInput = Omit<CentreOperator, 'id' | 'key' | 'updatedAt'>;

export function centreOperators(db: Kysely<Database>, now: () => Date) {
  const columns = (input: CentreOperatorInput) => ({
    name: input.name, email: input.email ?? null, form_url: input.formUrl ?? null, language: input.language,
    site_type: input.siteType, domains: JSON.stringify(input.domains), notes: input.notes,
  });
  return {
    /** Current ones (not removed), by name. */
    async list(): Promise<CentreOperator[]> {
      const rows = await db.selectFrom('centre_operators').selectAll().where('removed_at', 'is', null).orderBy('name').orderBy('id').execute();
      return rows.map(centreOperatorOf);
    },
    /** By key, removed ones too (a target keeps its operator's name). */
    async byKeys(keys: readonly string[]): Promise<Map<string, CentreOperator & { removed: boolean }>> {
      const ids = [...new Set(keys.filter((k) => k.startsWith(CENTRE_PREFIX)).map((k) => k.slice(CENTRE_PREFIX.length)))];
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('centre_operators').selectAll().where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [`${CENTRE_PREFIX}${r.id}`, { ...centreOperatorOf(r), removed: r.removed_at !== null }]));
    },
    async create(input: CentreOperatorInput): Promise<CentreOperator> {
      const at = now().toISOString();
      const row: CentreOperatorsTable = { id: randomBytes(12).toString('base64url'), ...columns(input), created_at: at, updated_at: at, removed_at: null };
      await db.insertInto('centre_operators').values(row).execute();
      return centreOperatorOf(row);
    },
    async update(id: string, input: CentreOperatorInput): Promise<CentreOperator | undefined> {
      const done = await db.updateTable('centre_operators').set({ ...columns(input), updated_at: now().toISOString() })
        .where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) return undefined;
      const row = await db.selectFrom('centre_operators').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return centreOperatorOf(row);
    },
    async remove(id: string): Promise<boolean> {
      const at = now().toISOString();
      const done = await db.updateTable('centre_operators').set({ removed_at: at, updated_at: at }).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
      return Number(done.numUpdatedRows) > 0;
    },
  };
}

export type CentreOperators = ReturnType<typeof centreOperators>;

/** For classifyUrl of @jikim/case. */
export const forClassify = (list: readonly CentreOperator[]): ClassifyOperator[] =>
  list.map((o) => ({ key: o.key, name: o.name, siteType: o.siteType, domains: o.domains }));

/** An operator's name in a language: the directory's, the centre's, or "other". */
export function operatorName(key: string, locale: Locale, centre: ReadonlyMap<string, CentreOperator>): string {
  const channel = channelOf(key);
  if (channel !== undefined) return channel.name[locale];
  return centre.get(key)?.name ?? OTHER_NAME[locale];
}

/** The site type of an operator the counsellor chose, or undefined when there is no such operator. */
export function siteTypeOfKey(key: string, centre: ReadonlyMap<string, CentreOperator & { removed: boolean }>): SiteType | undefined {
  if (key === 'other') return 'other';
  const channel = channelOf(key);
  if (channel !== undefined) return siteTypeOfCategory(channel.category);
  const own = centre.get(key);
  return own !== undefined && !own.removed ? own.siteType : undefined;
}
