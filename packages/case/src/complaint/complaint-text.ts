/**
 * The words of a complaint, one module per language, in the sections of the police's standard
 * complaint form. Korean in 합니다체, naming the parties 고소인 and 피고소인 as the form does. The
 * English is a rendering of the Korean for people who do not read it, with each heading's Korean
 * beside it so the two can be compared; it says on its face that the Korean is the one to file.
 */
import type { Crime } from './crimes.js';

export type ComplaintLocale = 'ko' | 'en';

export interface ComplaintText {
  readonly lang: string;
  readonly title: string;
  /** On the English rendering only. */
  readonly banner: string | null;
  /** Under the banner: what the person typed is not translated. */
  readonly asWritten: string | null;
  readonly noticeHeading: string;
  readonly headings: {
    readonly complainant: string;
    readonly accused: string;
    readonly purpose: string;
    readonly facts: string;
    readonly reason: string;
    readonly evidence: string;
    readonly related: string;
    readonly other: string;
  };
  readonly name: string;
  readonly birthDate: string;
  readonly address: string;
  readonly phone: string;
  readonly contact: string;
  readonly description: string;
  readonly unknownName: string;
  readonly purposeIntro: (crimeCount: number) => string;
  readonly crime: (crime: Crime) => string;
  readonly dateUnknown: string;
  readonly noFacts: string;
  readonly reason: readonly string[];
  readonly evidenceGiven: (count: number) => string;
  readonly evidenceIntro: string;
  readonly exhibit: (exhibitNumber: number) => string;
  readonly url: string;
  readonly related: readonly (readonly [label: string, text: string])[];
  readonly relatedNote: string;
  readonly affirmation: string;
  readonly signature: (name: string) => string;
  readonly addressee: (policeStation: string | null) => string;
  readonly page: (page: number, pages: number) => string;
}
