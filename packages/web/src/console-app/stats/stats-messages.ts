/** The words of the statistics page (Korean and English sets). */
import type { ARRIVALS, OUTCOMES, REFERRAL_KINDS, SCENARIOS, SITE_TYPES } from '@jikim/contracts';
import { statsEn } from './stats-messages-en.js';
import { statsKo } from './stats-messages-ko.js';

type Names<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export interface StatsMessages {
  readonly title: string;
  readonly intro: string;
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly show: string;
  readonly presets: Readonly<Record<'thisYear' | 'lastYear' | 'last30', string>>;
  readonly badPeriod: string;
  readonly showing: (from: string, to: string) => string;
  readonly download: string;
  readonly downloadHint: string;
  readonly suppressedNote: string;
  readonly loading: string;
  readonly failed: (requestId: string) => string;
  readonly forbidden: string;
  readonly totalCases: string;
  readonly totalRequests: string;
  readonly sections: Readonly<Record<'scenario' | 'arrival' | 'siteType' | 'operator' | 'outcome' | 'referral' | 'removalDays', string>>;
  readonly columns: { readonly what: string; readonly count: string; readonly operator: string; readonly removed: string; readonly median: string; readonly p90: string };
  readonly days: (n: number) => string;
  readonly tooFew: string;
  readonly none: string;
  readonly chartNote: string;
  readonly scenario: Names<typeof SCENARIOS>;
  readonly arrival: Names<typeof ARRIVALS>;
  readonly siteType: Names<typeof SITE_TYPES>;
  readonly outcome: Names<typeof OUTCOMES>;
  readonly referral: Names<typeof REFERRAL_KINDS>;
}

export const statsMessages: Readonly<Record<'ko' | 'en', StatsMessages>> = { ko: statsKo, en: statsEn };
