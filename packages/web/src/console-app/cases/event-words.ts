/**
 * Case-work events in words: the server keeps a consent or referral event's text as codes ("police:
 * withdrawn", "kcsc: sent") so that nothing typed is in it; the history shows them in the console's
 * language, and a takedown update with the status it recorded. Pure.
 */
import type { CaseEvent } from '@jikim/contracts';
import { caseWorkMessages } from '../case-work/case-work-messages.js';
import { consentReferralMessages } from '../consent-referrals/consent-referral-messages.js';

const codes = (text: string): [string, string] | undefined => {
  const match = /^([a-z_]+): ([a-z_]+)$/u.exec(text);
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
};

/** The event's text as a person reads it; undefined when it is not a case-work event's code. */
export function eventWords(event: Pick<CaseEvent, 'type' | 'text' | 'takedownStatus'>, locale: 'ko' | 'en'): string | undefined {
  const m = consentReferralMessages[locale];
  if (event.type === 'consent' || event.type === 'referral') {
    const parsed = codes(event.text);
    if (!parsed) return undefined;
    const [kind, state] = parsed;
    if (event.type === 'consent') {
      const name = m.consents.kinds[kind as keyof typeof m.consents.kinds]?.name;
      const standing = state === 'given' ? m.consents.standing.given : state === 'withdrawn' ? m.consents.standing.withdrawn : undefined;
      return name && standing ? `${name} · ${standing}` : undefined;
    }
    const name = m.referrals.kinds[kind as keyof typeof m.referrals.kinds];
    const said = m.referrals.states[state as keyof typeof m.referrals.states];
    return name && said ? `${name} · ${said}` : undefined;
  }
  if (event.type === 'hash_protection') return protectionWords(event.text, locale);
  if (event.type === 'target_status' && event.takedownStatus) {
    return `${event.text} · ${caseWorkMessages(locale).statuses[event.takedownStatus]}`;
  }
  return undefined;
}

const PROTECTION_WORDS = {
  ko: { added: (n: number) => `확인된 해시 목록에 넣음 (${n}개)`, removed: (n: number) => `확인된 해시 목록에서 뺌 (${n}개)`, consent_withdrawn: (n: number) => `동의를 거두어 모두 뺌 (${n}개)` },
  en: { added: (n: number) => `Added to the confirmed bank (${n})`, removed: (n: number) => `Removed from the confirmed bank (${n})`, consent_withdrawn: (n: number) => `Consent withdrawn: all removed (${n})` },
} as const;

/** "added: 3" → words; undefined for anything else. */
function protectionWords(text: string, locale: 'ko' | 'en'): string | undefined {
  const match = /^(added|removed|consent_withdrawn): (\d{1,6})$/u.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return PROTECTION_WORDS[locale][match[1] as keyof (typeof PROTECTION_WORDS)['ko']](Number(match[2]));
}
