/**
 * Targets as the console and the victim see them: the console's Target (operator name in the
 * reader's language, counsellors named) and the victim's takedown view (who: you, the centre or
 * the platform; never a staff name).
 */
import type { Target, TargetEvent, VictimTakedown } from '@jikim/contracts';
import type { FastifyRequest } from 'fastify';
import type { CentreOperator } from '@jikim/contracts';
import { operatorName, type Locale } from './operators.js';
import type { TargetRow } from './targets.repository.js';

/** The console's language for names: English when the browser asks for it first, else Korean. */
export function readerLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'ko';
}

function eventView(event: TargetEvent, names: ReadonlyMap<string, string>): TargetEvent {
  if (event.actor.kind !== 'counsellor') return event;
  const name = names.get(event.actor.staffId);
  return { ...event, actor: { kind: 'counsellor', staffId: event.actor.staffId, ...(name !== undefined ? { name } : {}) } };
}

export function targetOf(row: TargetRow, locale: Locale, centre: ReadonlyMap<string, CentreOperator>, names: ReadonlyMap<string, string>): Target {
  return {
    id: row.id, url: row.record.url, host: row.record.host, operator: row.operator, operatorName: operatorName(row.operator, locale, centre),
    siteType: row.siteType, status: row.status, source: row.source, ...(row.record.method !== undefined ? { method: row.record.method } : {}),
    createdAt: row.createdAt, events: row.record.events.map((e) => eventView(e, names)),
  };
}

export const counsellorIds = (rows: readonly TargetRow[]): string[] =>
  rows.flatMap((r) => r.record.events.flatMap((e) => (e.actor.kind === 'counsellor' ? [e.actor.staffId] : [])));

const BY = { victim: 'you', counsellor: 'centre', platform: 'platform' } as const;

export function victimTakedownOf(row: TargetRow, locale: Locale, centre: ReadonlyMap<string, CentreOperator>): VictimTakedown {
  return {
    id: row.id, url: row.record.url, operatorName: operatorName(row.operator, locale, centre), status: row.status,
    events: row.record.events.map((e) => ({
      at: e.at, status: e.status, by: BY[e.actor.kind], ...(e.actor.kind === 'platform' && e.actor.name !== undefined ? { site: e.actor.name } : {}),
      ...(e.reference !== undefined ? { reference: e.reference } : {}), ...(e.response !== undefined ? { response: e.response } : {}),
    })),
  };
}
