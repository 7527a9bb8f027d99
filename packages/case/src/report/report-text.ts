/**
 * Every string of the PDF report. Each language is a `ReportText`, so a string missing in one
 * language is a compile error. Wording: plain, calm and factual; Korean in 합니다체, since the
 * report is handed to the police.
 */
import type { EvidenceItemKind } from '@jikim/evidence';
import { en } from './report-text-en.js';
import { ko } from './report-text-ko.js';

export type ReportLocale = 'ko' | 'en';

export interface ReportText {
  readonly lang: string;
  readonly documentTitle: string;
  readonly documentSubtitle: string;
  readonly caseReference: string;
  readonly page: (page: number, pages: number) => string;
  readonly generatedOn: (date: string) => string;

  // Cover page
  readonly generatedAt: string;
  readonly exhibitCount: string;
  readonly exhibits: (count: number) => string;
  readonly byKind: string;
  readonly kindCount: (kind: string, count: number) => string;
  readonly filesTotal: string;
  readonly files: (count: number, size: string) => string;
  readonly periodOccurred: string;
  readonly periodAdded: string;
  readonly period: (from: string, to: string) => string;
  readonly notGiven: string;
  readonly noDatesEntered: string;
  readonly generator: string;
  readonly summaryHeading: string;
  readonly summary: (count: number) => readonly string[];
  readonly readingHeading: string;
  readonly timesNote: string;
  readonly previewsBlurred: string;
  readonly previewsPlain: string;
  readonly codePointsNote: string;
  readonly sensitiveNote: string;

  // Exhibit index
  readonly indexHeading: string;
  readonly indexIntro: string;
  readonly indexNumber: string;
  readonly indexKind: string;
  readonly indexDescription: string;
  readonly indexWhen: string;
  readonly noFile: string;

  // Exhibit sections
  readonly exhibit: (exhibitNumber: number) => string;
  readonly kind: Readonly<Record<EvidenceItemKind, string>>;
  readonly kindDetail: Readonly<Record<EvidenceItemKind, string>>;
  readonly preview: string;
  readonly previewBlurred: string;
  readonly previewUnavailable: string;
  readonly title: string;
  readonly occurredAt: string;
  readonly addedAt: string;
  readonly description: string;
  readonly originalName: string;
  readonly path: string;
  readonly mediaType: string;
  /** The media type in words, then the exact type: "사진 (image/jpeg)". */
  readonly mediaTypeValue: (mediaType: string) => string;
  readonly size: string;
  readonly duration: string;
  /** A recording's or video's length as the device measured it when it was kept. */
  readonly durationValue: (seconds: number) => string;
  readonly bytes: (exact: string, readable: string) => string;
  readonly sha256: string;
  readonly modifiedAt: string;
  readonly url: string;
  readonly site: string;
  readonly posterId: string;
  readonly postedAt: string;
  readonly seenAt: string;
  readonly senderNumber: string;
  readonly sentAt: string;
  readonly messageText: string;
  readonly phoneModel: string;
  readonly appearance: string;
  readonly place: string;
  readonly witnesses: string;
  readonly history: string;

  // Times
  readonly zone: string;
  readonly dateOnly: string;

  // Closing page
  readonly verifyHeading: string;
  readonly verifyIntro: readonly string[];
  readonly bundleHeading: string;
  readonly bundleEntries: readonly (readonly [entry: string, what: string])[];
  readonly stepsHeading: string;
  readonly unzip: string;
  readonly commands: readonly { readonly label: string; readonly command: string; readonly note: string }[];
  readonly pinHeading: string;
  readonly pin: readonly string[];
}

const TEXTS: Readonly<Record<ReportLocale, ReportText>> = { ko, en };

export function reportText(locale: ReportLocale): ReportText {
  return TEXTS[locale];
}
