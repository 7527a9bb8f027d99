/**
 * Which operator a web address belongs to: the hosts each shipped directory channel
 * (`reportingChannels` of @jikim/guide) serves, and the centre's own operators' domains.
 * Only hosts we are sure belong to the operator are listed; an address on any other host is
 * `other`, and the counsellor chooses. Channels that host nothing (KCSC, the police, StopNCII …)
 * have no hosts; webhards are many small companies, so `webhard-kr` has none either.
 *
 * Site types, for the figures, from the directory's category:
 *   adult → adult; search → search; social, video, portal-kr → social; cloud-webhard → webhard;
 *   messenger → messenger; official-kr, hash-service (and anything new) → other.
 */
import { reportingChannels, type ReportingChannelCategory } from '@jikim/guide';

export type OperatorSiteType = 'adult' | 'search' | 'social' | 'webhard' | 'messenger' | 'other';

/** Hosts by channel id: a host also covers its subdomains (`m.blog.naver.com` is naver.com). */
export const OPERATOR_HOSTS: Readonly<Record<string, readonly string[]>> = {
  naver: ['naver.com', 'naver.me'],
  kakao: ['kakao.com', 'daum.net', 'tistory.com'],
  'google-search': ['google.com', 'google.co.kr'],
  youtube: ['youtube.com', 'youtu.be'],
  'x-twitter': ['x.com', 'twitter.com', 't.co'],
  meta: ['facebook.com', 'instagram.com', 'threads.net', 'fb.com'],
  tiktok: ['tiktok.com'],
  telegram: ['t.me', 'telegram.org', 'telegram.me'],
  reddit: ['reddit.com', 'redd.it'],
  'pornhub-aylo': ['pornhub.com', 'youporn.com', 'redtube.com', 'tube8.com', 'brazzers.com'],
};

export function siteTypeOfCategory(category: ReportingChannelCategory | string): OperatorSiteType {
  switch (category) {
    case 'adult': return 'adult';
    case 'search': return 'search';
    case 'social': case 'video': case 'portal-kr': return 'social';
    case 'cloud-webhard': return 'webhard';
    case 'messenger': return 'messenger';
    default: return 'other';
  }
}

export interface ClassifyOperator {
  readonly key: string;
  readonly name?: string;
  readonly siteType: OperatorSiteType;
  readonly domains: readonly string[];
}

export interface UrlClass {
  /** The host name (lower case, punycode), or '' when the address cannot be read. */
  readonly host: string;
  readonly operator: string;
  readonly siteType: OperatorSiteType;
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostInDomain(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\.+|\.+$/g, '');
  return d !== '' && (host === d || host.endsWith(`.${d}`));
}

/** The host name of an address, or '' when it is not an http(s) address. */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The shipped channels as operators to classify by (those with hosts). */
export const shippedOperators: readonly ClassifyOperator[] = reportingChannels.flatMap((channel) => {
  const domains = OPERATOR_HOSTS[channel.id];
  return domains === undefined ? [] : [{ key: channel.id, name: channel.name.en, siteType: siteTypeOfCategory(channel.category), domains }];
});

/** Classifies an address: the centre's operators first (a centre can list a site more precisely), then the directory. */
export function classifyUrl(url: string, centreOperators: readonly ClassifyOperator[] = []): UrlClass {
  const host = hostOf(url);
  if (host !== '') {
    for (const operator of [...centreOperators, ...shippedOperators]) {
      if (operator.domains.some((domain) => hostInDomain(host, domain))) return { host, operator: operator.key, siteType: operator.siteType };
    }
  }
  return { host, operator: 'other', siteType: 'other' };
}
