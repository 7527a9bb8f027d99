/**
 * `jikim platform domains set|list`: the host names a platform answers for, which decide whose
 * deletion requests reach its inbox (a target's host equal to one, or under one). Setting replaces
 * the list, with its audit row in the same transaction (`platform.domains.set`: the platform's id
 * and its domains, which are public names, never anything of a case).
 */
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../audit/audit-port.js';
import type { Database } from '../../db/schema.js';
import { checkedDomain } from './inbox-hosts.js';

export interface PlatformDomains {
  readonly platformId: string;
  readonly name: string;
  readonly domains: readonly string[];
}

export class InboxAdminError extends Error {
  constructor(readonly code: 'no_platform' | 'bad_domain', message: string) {
    super(message);
    this.name = 'InboxAdminError';
  }
}

/** The domains as stored (checked, distinct, in the order given); InboxAdminError naming the first that is not a host name. */
export function checkedDomains(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const domain = checkedDomain(input);
    if (domain === null) throw new InboxAdminError('bad_domain', `not a host name: ${input}`);
    if (!out.includes(domain)) out.push(domain);
  }
  return out;
}

const domainsOf = (stored: string): string[] => {
  const parsed = JSON.parse(stored) as unknown;
  return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string') : [];
};

export function platformInboxAdmin(deps: { readonly db: Kysely<Database>; readonly audit: AuditLog }, actor: AuditActor = { kind: 'cli' }) {
  return {
    /** Replaces the platform's domains (an empty list: its inbox is empty). */
    set: (name: string, inputs: readonly string[]): Promise<PlatformDomains> => {
      const domains = checkedDomains(inputs);
      return deps.db.transaction().execute(async (trx) => {
        const platform = await trx.selectFrom('platforms').select(['id', 'name']).where('name', '=', name).executeTakeFirst();
        if (platform === undefined) throw new InboxAdminError('no_platform', 'no such platform');
        await trx.updateTable('platforms').set({ domains: JSON.stringify(domains) }).where('id', '=', platform.id).execute();
        await deps.audit.append({ actor, action: 'platform.domains.set', detail: { platformId: platform.id, domains: domains.join(',') } }, trx);
        return { platformId: platform.id, name: platform.name, domains };
      });
    },

    /** Every platform, by name, with its domains. */
    list: async (): Promise<PlatformDomains[]> => {
      const rows = await deps.db.selectFrom('platforms').select(['id', 'name', 'domains']).orderBy('name').execute();
      return rows.map((r) => ({ platformId: r.id, name: r.name, domains: domainsOf(r.domains) }));
    },
  };
}
