/**
 * Names of what the figures count, in Korean and English, for the CSV's `name` column and the
 * command line's table; and an operator's display name: the shipped directory's (in the locale),
 * the centre's own, or "not in the directory".
 */
import { reportingChannels } from '@jikim/guide';

export type StatsLocale = 'ko' | 'en';
type Labels = Readonly<Record<string, { readonly ko: string; readonly en: string }>>;

export const STATS_LABELS: Readonly<Record<'scenario' | 'arrival' | 'siteType' | 'outcome' | 'referral' | 'section', Labels>> = {
  scenario: {
    'illegal-shooting': { ko: '불법 촬영', en: 'Illegal filming' },
    dissemination: { ko: '유포', en: 'Sharing without consent' },
    threat: { ko: '유포 협박', en: 'Threats to share' },
    synthesis: { ko: '합성·딥페이크', en: 'Edited images and deepfakes' },
    unsure: { ko: '잘 모르겠음', en: 'Not sure' },
  },
  arrival: {
    online: { ko: '온라인 요청', en: 'Online request' },
    phone: { ko: '전화', en: 'Phone' },
    walk_in: { ko: '방문', en: 'Walk-in' },
    email: { ko: '이메일', en: 'E-mail' },
    referral: { ko: '다른 기관 연계', en: 'Referred' },
    other: { ko: '기타', en: 'Other' },
  },
  siteType: {
    adult: { ko: '성인 사이트', en: 'Adult site' },
    search: { ko: '검색 엔진', en: 'Search engine' },
    social: { ko: '소셜 미디어', en: 'Social media' },
    webhard: { ko: '웹하드', en: 'Webhard' },
    messenger: { ko: '메신저', en: 'Messenger' },
    other: { ko: '기타', en: 'Other' },
  },
  outcome: {
    removed: { ko: '삭제됨', en: 'Removed' },
    refused: { ko: '거절됨', en: 'Refused' },
    no_answer: { ko: '14일 넘게 답 없음', en: 'No answer after 14 days' },
    reappeared: { ko: '다시 올라옴', en: 'Reappeared' },
    pending: { ko: '진행 중', en: 'Pending' },
  },
  referral: {
    police: { ko: '경찰', en: 'Police' },
    legal_aid: { ko: '법률 지원', en: 'Legal aid' },
    medical: { ko: '의료 지원', en: 'Medical care' },
    psychological: { ko: '심리 지원', en: 'Counselling' },
    kcsc: { ko: '방송통신심의위원회 심의', en: 'KCSC review' },
    centre: { ko: '다른 센터로 이관', en: 'Transfer to another centre' },
  },
  section: {
    cases: { ko: '사건 (전체)', en: 'Cases (all)' },
    requests: { ko: '삭제 요청 (전체)', en: 'Deletion requests (all)' },
  },
};

export const label = (group: keyof typeof STATS_LABELS, key: string, locale: StatsLocale): string => STATS_LABELS[group][key]?.[locale] ?? key;

export const NOT_IN_DIRECTORY = { ko: '목록에 없는 곳', en: 'Not in the directory' } as const;

const shipped = new Map(reportingChannels.map((channel) => [channel.id, channel.name]));

/** The display name of an operator key; `centreNames` maps a centre operator's id to its name. */
export function operatorName(key: string, locale: StatsLocale, centreNames: ReadonlyMap<string, string>): string {
  if (key.startsWith('centre:')) return centreNames.get(key.slice('centre:'.length)) ?? NOT_IN_DIRECTORY[locale];
  return shipped.get(key)?.[locale] ?? NOT_IN_DIRECTORY[locale];
}
