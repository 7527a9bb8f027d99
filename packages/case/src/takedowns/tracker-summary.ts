/**
 * The takedown history as plain data for the evidence PDF: one row per request, grouped by URL in
 * the order the URLs were first reported, with labels in Korean or English. Days are calendar days
 * in Korea; the exact instants stay beside them.
 */
import { seoulDay } from '../time/seoul-day.js';
import type { TakedownMethod, TakedownRequest, TakedownStatus } from './takedown.js';
import { currentStatus, referencesOf } from './takedown.js';

export type SummaryLocale = 'ko' | 'en';

export interface TakedownSummaryLabels {
  readonly title: string;
  readonly url: string;
  readonly channel: string;
  readonly method: string;
  readonly firstReported: string;
  readonly status: string;
  readonly changes: string;
  readonly references: string;
  readonly daysNote: string;
  readonly statuses: Readonly<Record<TakedownStatus, string>>;
  readonly methods: Readonly<Record<TakedownMethod, string>>;
}

export const TAKEDOWN_SUMMARY_LABELS: Readonly<Record<SummaryLocale, TakedownSummaryLabels>> = {
  ko: {
    title: '삭제 요청 기록',
    url: '주소(URL)',
    channel: '신고한 곳',
    method: '신고 방법',
    firstReported: '처음 신고한 날',
    status: '현재 상태',
    changes: '상태 변경 기록',
    references: '접수 번호',
    daysNote: '날짜는 한국 표준시(KST) 기준입니다.',
    statuses: { requested: '삭제 요청함', acknowledged: '접수 확인됨', removed: '삭제됨', refused: '거절됨', reappeared: '다시 게시됨' },
    methods: { form: '신고 양식', email: '전자우편', 'in-app': '앱 안 신고', phone: '전화', other: '기타' },
  },
  en: {
    title: 'Takedown requests',
    url: 'Address (URL)',
    channel: 'Reported to',
    method: 'How',
    firstReported: 'First reported',
    status: 'Status now',
    changes: 'Changes',
    references: 'Reference numbers',
    daysNote: 'Dates are in Korea Standard Time (KST).',
    statuses: { requested: 'Requested', acknowledged: 'Acknowledged', removed: 'Removed', refused: 'Refused', reappeared: 'Reappeared' },
    methods: { form: 'Web form', email: 'Email', 'in-app': 'In-app report', phone: 'Phone', other: 'Other' },
  },
};

export interface TakedownChange {
  readonly at: string;
  readonly day: string;
  readonly status: TakedownStatus;
  readonly statusLabel: string;
  readonly reference?: string;
}

export interface TakedownSummaryRow {
  readonly id: string;
  readonly url: string;
  readonly channel: string;
  readonly method: string;
  readonly firstReported: string;
  readonly status: TakedownStatus;
  readonly statusLabel: string;
  readonly changes: readonly TakedownChange[];
  readonly references: readonly string[];
}

export interface TakedownSummary {
  readonly labels: TakedownSummaryLabels;
  readonly rows: readonly TakedownSummaryRow[];
}

/**
 * The summary in one language. `channelName` turns a channel id into its name (the guide knows
 * them); free text, or an id it does not know, is shown as recorded.
 */
export function summariseTakedowns(
  requests: readonly TakedownRequest[],
  locale: SummaryLocale,
  channelName: (channel: string, locale: SummaryLocale) => string | undefined = () => undefined,
): TakedownSummary {
  const labels = TAKEDOWN_SUMMARY_LABELS[locale];
  const sorted = [...requests].sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id.localeCompare(b.id));
  const urlOrder = [...new Set(sorted.map((r) => r.url))];
  const rows = sorted
    .sort((a, b) => urlOrder.indexOf(a.url) - urlOrder.indexOf(b.url))
    .map((request): TakedownSummaryRow => {
      const status = currentStatus(request);
      return {
        id: request.id,
        url: request.url,
        channel: channelName(request.channel, locale) ?? request.channel,
        method: labels.methods[request.method],
        firstReported: seoulDay(request.reportedAt),
        status,
        statusLabel: labels.statuses[status],
        changes: request.events.map((e) => ({
          at: e.at,
          day: seoulDay(e.at),
          status: e.status,
          statusLabel: labels.statuses[e.status],
          ...(e.reference ? { reference: e.reference } : {}),
        })),
        references: referencesOf(request),
      };
    });
  return { labels, rows };
}
