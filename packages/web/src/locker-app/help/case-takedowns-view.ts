/**
 * The case's takedowns as the person reads them (issue 13, decision 0017): each address with its
 * own status in plain words and its history oldest first, "you / the centre / the site" (with the
 * site's name when it answered through the platform inbox) and never a staff name. Pure, so the status page's bundle and the tests share it.
 */
import type { VictimTakedown } from '@jikim/contracts';
import type { CaseWorkMessages } from './i18n/help-messages.js';

export interface TakedownRowView {
  readonly id: string;
  readonly url: string;
  readonly site: string;
  readonly status: VictimTakedown['status'];
  readonly statusText: string;
  readonly history: readonly { readonly at: string; readonly statusText: string; readonly by: string; readonly reference?: string; readonly response?: string }[];
}

/** In the case's order (as entered); each history oldest first. */
export function takedownRows(takedowns: readonly VictimTakedown[] | undefined, t: CaseWorkMessages['takedowns']): TakedownRowView[] {
  return (takedowns ?? [])
    .map((d) => ({
      id: d.id,
      url: d.url,
      site: d.operatorName,
      status: d.status,
      statusText: t.statuses[d.status],
      history: [...d.events]
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
        .map((e) => ({
          at: e.at,
          statusText: t.statuses[e.status],
          // The site answered through Jikim's platform inbox: its name as it registered (decision 0018).
          by: e.by === 'platform' && e.site ? `${t.by.platform} (${e.site})` : t.by[e.by],
          ...(e.reference ? { reference: e.reference } : {}),
          ...(e.response ? { response: e.response } : {}),
        })),
    }));
}

/** The case's addresses, exactly as listed (a server from before issue 13 sends none). */
export const caseUrlsOf = (takedowns: readonly VictimTakedown[] | undefined): string[] => (takedowns ?? []).map((d) => d.url);
