/** The words of the consents and referrals panels on the case page (Korean and English sets). */
import type { ConsentKind, Referral } from '@jikim/contracts';
import type { ReferralState } from './consent-referral-api.js';
import type { ConsentStanding } from './consent-view.js';
import { consentReferralEn } from './consent-referral-messages-en.js';
import { consentReferralKo } from './consent-referral-messages-ko.js';

type ReferralKind = Referral['kind'];

export interface ConsentReferralMessages {
  readonly consents: {
    readonly title: string;
    readonly intro: string;
    readonly kinds: Readonly<Record<ConsentKind, { readonly name: string; readonly explain: string }>>;
    readonly standing: Readonly<Record<ConsentStanding, string>>;
    /** When and how the last record was made. */
    readonly byLocker: (when: string) => string;
    readonly byCounsellor: (when: string, name: string) => string;
    readonly someone: string;
    readonly record: string;
    readonly withdraw: string;
    readonly refuse: string;
    readonly noteGiven: string;
    readonly noteWithdrawn: string;
    readonly noteHint: string;
    readonly noteRequired: string;
    readonly save: string;
    readonly cancel: string;
    readonly history: (n: number) => string;
    readonly historyGiven: string;
    readonly historyWithdrawn: string;
    readonly historyDeclined: string;
    readonly saved: (kind: string, granted: boolean) => string;
  };
  readonly referrals: {
    readonly title: string;
    readonly intro: string;
    readonly empty: string;
    readonly kinds: Readonly<Record<ReferralKind, string>>;
    readonly states: Readonly<Record<ReferralState, string>>;
    readonly organisation: Readonly<Record<ReferralKind, string>>;
    readonly created: (when: string) => string;
    readonly updated: (when: string) => string;
    readonly flagged: string;
    readonly flaggedExplain: (consent: string) => string;
    readonly reasonGiven: string;
    readonly history: (n: number) => string;
    readonly historyEntry: (state: string, who: string) => string;
    readonly newTitle: string;
    readonly kind: string;
    readonly note: string;
    readonly noteHint: string;
    readonly organisationRequired: string;
    readonly consentGiven: (consent: string) => string;
    readonly consentMissing: (consent: string) => string;
    readonly consentMissingHint: string;
    readonly reason: string;
    readonly reasonHint: string;
    readonly reasonShort: string;
    readonly create: string;
    readonly createdDone: (kind: string) => string;
    readonly changeTitle: string;
    readonly newState: string;
    readonly stateNote: string;
    readonly saveState: string;
    readonly stateSaved: (state: string) => string;
    readonly needsConsent: (consent: string) => string;
    readonly conflict: string;
    readonly finished: string;
    readonly transfer: string;
    readonly makePackage: string;
    readonly noPackage: string;
  };
  readonly station: {
    readonly question: string;
    readonly answers: Readonly<Record<'yes' | 'no' | 'unsure', string>>;
    readonly reportTo: (where: string) => string;
    readonly rule: string;
    readonly links: string;
  };
}

export const consentReferralMessages: Readonly<Record<'ko' | 'en', ConsentReferralMessages>> = { ko: consentReferralKo, en: consentReferralEn };
