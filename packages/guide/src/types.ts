/**
 * The guide as typed data. Every user-facing string is a `Text`: Korean and English side by side,
 * each written for its own readers (not a word-for-word translation).
 */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Text = Readonly<Record<Locale, string>>;

export type CrimeTypeId = 'illegal-shooting' | 'dissemination' | 'threat' | 'distribution';
export type ScenarioId = 'illegal-shooting' | 'dissemination' | 'threat';
export type OrganisationId =
  | 'women-1366'
  | 'digital-sex-crime-support'
  | 'cyber-sexual-violence'
  | 'sexual-violence-counseling'
  | 'korea-womens-hotline'
  | 'womenlink';

/** The seed's own English line this item implements, verbatim, so a test can prove nothing is missing. */
export type SeedLine = string;

export interface Definition {
  readonly title: Text;
  readonly body: Text;
  readonly caution: Text;
  readonly seed: SeedLine;
}

export interface CrimeType {
  readonly id: CrimeTypeId;
  readonly name: Text;
  readonly summary: Text;
  readonly description: Text;
  readonly seed: SeedLine;
}

export interface AwarenessPoint {
  readonly id: 'do-not-click' | 'not-pornography';
  readonly title: Text;
  readonly body: Text;
  readonly seed: SeedLine;
}

export interface ScenarioStep {
  readonly id: string;
  readonly title: Text;
  readonly detail: Text;
  /** Organisations to show beside this step (112 is shown separately where `callPolice` is true). */
  readonly contacts: readonly OrganisationId[];
  readonly callPolice: boolean;
  /**
   * Where Jikim's evidence locker does this step on the person's own device: the words of the link
   * to it. Absent where the locker has no part in the step.
   */
  readonly locker?: Text;
  /**
   * Where "Protect my images" (/protect) helps with this step: hashes made on the device let partner
   * platforms block copies. The words of the link to it; absent where it has no part in the step.
   */
  readonly protect?: Text;
  readonly seed: SeedLine;
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly crimeType: CrimeTypeId;
  readonly title: Text;
  /** The voice of someone in this situation, as the guide quotes it. */
  readonly quote: Text;
  readonly intro: Text;
  readonly steps: readonly ScenarioStep[];
  readonly seedQuote: SeedLine;
}

export interface Phone {
  /** As printed, e.g. "02-735-8994". */
  readonly display: string;
  /** For a tel: link, digits only, e.g. "027358994". */
  readonly tel: string;
}

export interface Organisation {
  readonly id: OrganisationId;
  readonly name: Text;
  readonly phones: readonly Phone[];
  readonly website: string;
  readonly helpsWith: Text;
  /** Only where the hours are well established; never guessed. */
  readonly hours?: Text;
  readonly seed: SeedLine;
}

export interface Emergency {
  readonly phone: Phone;
  readonly name: Text;
  readonly when: Text;
}

export interface Source {
  readonly id: string;
  readonly title: Text;
  readonly publisher: Text;
  readonly seed: SeedLine;
}

export interface NotYourFault {
  readonly title: Text;
  readonly body: Text;
  readonly seed: SeedLine;
}

export type ReportingChannelCategory =
  | 'official-kr'
  | 'hash-service'
  | 'portal-kr'
  | 'messenger'
  | 'social'
  | 'search'
  | 'video'
  | 'adult'
  | 'cloud-webhard';

/** One way to reach a channel. `address` is an https URL (form) or an e-mail address, never a guess. */
export interface ReportingMethod {
  readonly kind: 'form' | 'email' | 'in-app' | 'phone';
  readonly address?: string;
  readonly phone?: Phone;
  readonly steps?: Text;
  /**
   * The cited source that states `address`, when the address is on another host than every source
   * (e.g. a support e-mail on the operator's own domain). Lets a test trace every address to a page.
   */
  readonly addressFrom?: string;
}

export interface CitedPage {
  /** The exact address of the stored copy that was read. */
  readonly url: string;
  readonly title: string;
}

export interface ChannelVerification {
  /**
   * `verified`: the cited pages are the service's own, and they state the `how`, `asksFor`,
   * `languages` and `typicalResponse` given. Anything else is `unverified`, and `note` says what is uncertain.
   */
  readonly status: 'verified' | 'unverified';
  readonly sources: readonly CitedPage[];
  /** YYYY-MM-DD: when the sources were last read. */
  readonly checkedOn: string;
  readonly note?: Text;
}

export interface ReportingChannel {
  readonly id: string;
  readonly name: Text;
  readonly category: ReportingChannelCategory;
  readonly scope: 'kr' | 'global';
  readonly how: readonly ReportingMethod[];
  readonly asksFor: Text;
  /** BCP 47 tags of the languages the reporting route is offered in, as far as the sources show. */
  readonly languages: readonly string[];
  /** Null when the sources do not say. */
  readonly typicalResponse: Text | null;
  readonly ageScope?: 'adult' | 'under-18' | 'any';
  readonly verification: ChannelVerification;
}

export type VerificationStatus = 'verified' | 'unverified';

/** A stored page read to back a piece of advice or a link, as it was read. */
export interface AdviceSource {
  /** The exact https address of the stored copy that was read. */
  readonly url: string;
  readonly title: string;
  /** Who published it, in both languages: a foreign name is shown in Korean with its translation. */
  readonly publisher: Text;
}

/** What every sourced item in the station helper and the threat advice carries. */
export interface Sourced {
  readonly sources: readonly AdviceSource[];
  /** YYYY-MM-DD: when the sources were last read. */
  readonly checkedOn: string;
  /**
   * `verified`: an official body (police, government, a government-run support centre) or a
   * recognised victim-support body says it on a cited page. Anything else is `unverified`, and
   * `note` says what is uncertain.
   */
  readonly status: VerificationStatus;
  readonly note?: Text;
}

export type ThreatStepId = 'threat-1' | 'threat-2' | 'threat-3';

export type ThreatAdviceId = 'do-not-pay' | 'save-before-blocking' | 'keep-evidence' | 'report-and-get-support';

/** Widely given advice for someone being threatened with their images, shown beside the guide's steps. */
export interface ThreatAdviceItem extends Sourced {
  readonly id: ThreatAdviceId;
  readonly title: Text;
  readonly body: Text;
}

export type OfficialLinkId = 'police-station-finder' | 'safemap-police' | 'police-ecrm';

/** An official page the station helper points to. The address is never filled in from memory. */
export interface OfficialLink extends Sourced {
  readonly id: OfficialLinkId;
  readonly name: Text;
  readonly purpose: Text;
  /** An https address a cited page confirms; null when no stored page showed one. */
  readonly address: string | null;
  /** The cited source that states `address`, when the address is on another host than every source. */
  readonly addressFrom?: string;
}

/** An organisation that can go with the victim to the police, or support them through the investigation. */
export interface AccompanyingOrganisation extends Sourced {
  readonly organisation: OrganisationId;
  readonly support: 'accompany' | 'investigation-support';
  /** The guide's own sentence that says so: from a scenario step's detail or the organisation's `helpsWith`. */
  readonly basis: Text;
  /** The step whose detail holds `basis`; absent when `basis` is the organisation's `helpsWith`. */
  readonly basisStep?: string;
}

/** Whether the victim knows where the offender lives. */
export type OffenderAddressKnown = boolean | 'unsure';

export interface StationAdvice {
  /** The guide's rule, word for word from its threat step. */
  readonly rule: Text;
  readonly ruleStep: ThreatStepId;
  readonly reportTo: 'offender-area' | 'own-area';
  /** The part of the rule that applies to this answer. */
  readonly where: Text;
  /** Said only when the victim is unsure of the address. */
  readonly unsure?: Text;
  readonly links: readonly OfficialLink[];
  readonly accompany: readonly AccompanyingOrganisation[];
}
