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
