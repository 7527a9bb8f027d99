/**
 * The words of a deletion-request letter, one module per language. Calm, factual, firm: say what
 * the content is, that it is there without consent, what to do and by when. Never "porn"; the
 * Korean uses 불법촬영물 and the English "intimate images recorded or shared without consent".
 * A letter speaks in one voice: the person's own (the locker), or a support centre's, writing for
 * the person with their consent (the console); the centre's words replace the person's where they differ.
 */
import type { ContentKind, LegalArticle } from './legal-basis.js';

export type LetterLocale = 'ko' | 'en';

/**
 * Who the letter is to: the operator of the service where the content is ("your service"), or a
 * body that acts on the person's behalf (a regulator, a support centre, a hash service), which
 * hosts nothing and is never addressed as a company (귀사).
 */
export type Addressee = 'operator' | 'body';

/** Who speaks: the person ("images of me") or a support centre acting for them ("images of the person"). */
export type LetterVoice = 'person' | 'centre';

export interface LetterText {
  /** A calendar day (YYYY-MM-DD) as written in a letter. */
  readonly day: (isoDay: string) => string;
  readonly subject: (kind: ContentKind, urlCount: number, respondBy: string) => string;
  readonly greeting: (service: string) => string;
  readonly opening: Readonly<Record<Addressee, Readonly<Record<ContentKind, string>>>>;
  readonly urlsHeading: (count: number) => string;
  readonly evidenceHeading: string;
  readonly evidenceIntro: string;
  readonly legalHeading: string;
  readonly citation: (article: LegalArticle) => string;
  readonly asksHeading: string;
  readonly asks: Readonly<Record<Addressee, (respondBy: string) => readonly string[]>>;
  /** Asks for notice to the contact given, as Article 44-2(1) allows; only when both apply. */
  readonly noticeToContact: string;
  readonly closing: string;
  readonly dated: (today: string) => string;
  readonly nameLabel: string;
  readonly contactLabel: string;
  /** The same letter in the centre's voice: every sentence that speaks as the person, in the third person. */
  readonly centre: CentreText;
}

/** The parts of a letter that differ when a centre writes for the person. */
export type CentreText = Pick<LetterText, 'subject' | 'opening' | 'evidenceIntro' | 'asksHeading' | 'asks' | 'closing'>;
