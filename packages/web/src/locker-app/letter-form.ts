/** The deletion-request form's values → the letter's input: chosen and typed URLs, the service, the kind. */
import { reportingChannels, type Locale, type ReportingChannelCategory, type ReportingMethod } from '@jikim/guide';
import { CONTENT_KINDS, currentEvidence, seoulDayAfter, type Addressee, type ContentKind, type EvidenceItem } from '@jikim/case';

export const OTHER_SERVICE = 'other';

/** Web records in the locker that have an address, in timeline order as given. */
export const webItemsWithUrl = (items: readonly EvidenceItem[]) =>
  items.filter((item) => item.kind === 'web' && currentEvidence(item).web?.url);

export function channelById(id: string) {
  return reportingChannels.find((channel) => channel.id === id);
}

/** The e-mail address a channel publishes for reports, if it has one. */
export function channelEmail(id: string): string | undefined {
  return channelById(id)?.how.find((how) => how.kind === 'email')?.address;
}

/** A week after today in Korea, the day the letter asks for an answer by unless the person changes it. */
export const defaultRespondBy = (now: Date): string => seoulDayAfter(now, 7);

export function typedUrls(text: string): string[] {
  return text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => /^https?:\/\//iu.test(line));
}

/** The channel a letter starts with: the first whose routes we read on its own pages. */
export const DEFAULT_CHANNEL = reportingChannels.find((channel) => channel.verification.status === 'verified')?.id ?? OTHER_SERVICE;

/** Regulators, support centres and hash services act for the person; they host nothing. */
const BODIES: readonly ReportingChannelCategory[] = ['official-kr', 'hash-service'];

export function serviceFromForm(channelId: string, otherName: string, locale: Locale): { name: string; jurisdiction: 'kr' | 'other'; addressee: Addressee } {
  const channel = channelById(channelId);
  if (!channel) return { name: otherName.trim() || (locale === 'ko' ? '서비스' : 'the service'), jurisdiction: 'other', addressee: 'operator' };
  return { name: channel.name[locale], jurisdiction: channel.scope === 'kr' ? 'kr' : 'other', addressee: BODIES.includes(channel.category) ? 'body' : 'operator' };
}

/** Where the request goes, as the directory gives it: a web form, an e-mail address, the app's report menu, a phone line (the letter is then what to say). */
export const letterRoutes = (channelId: string): readonly ReportingMethod[] => channelById(channelId)?.how ?? [];

export function contentKindFromForm(value: string): ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value) ? (value as ContentKind) : 'non-consensual-sharing';
}
