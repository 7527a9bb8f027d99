/**
 * The English letter in a support centre's voice: the centre writes for the person, with their
 * consent, and every fact and ask is about the person in the third person ("we" is the centre).
 * The subject differs from the person's only where it names the person; letter-text-en.ts adds it.
 */
import type { ContentKind } from './legal-basis.js';
import type { CentreText } from './letter-text.js';

const INTRO = 'Our centre supports victims of digital sex crime. We make this request on behalf of the person concerned, with their consent.';

const WHAT: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': 'intimate images of the person',
  'non-consensual-sharing': 'intimate images of the person',
  'manipulated-images': 'sexual images of the person',
  'threat-material': 'intimate images of the person',
};

const FACTS: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': 'They were recorded without the person’s consent, and the person has never consented to them being shared.',
  'non-consensual-sharing': 'They are being shared without the person’s consent.',
  'manipulated-images':
    'They were made by editing or fabricating images of the person without their consent, and the person has never consented to them being shared.',
  'threat-material': 'They are being used to threaten the person, and the person has never consented to them being shared.',
};

const byKind = (sentence: (kind: ContentKind) => string): Readonly<Record<ContentKind, string>> => ({
  'illegal-filming': sentence('illegal-filming'),
  'non-consensual-sharing': sentence('non-consensual-sharing'),
  'manipulated-images': sentence('manipulated-images'),
  'threat-material': sentence('threat-material'),
});

const NO_NAME = 'Do not share the person’s name or contact details with whoever posted the content.';

/** The subject names the person only for threat material. */
export const CENTRE_SUBJECT_WHAT_EN: Readonly<Partial<Record<ContentKind, string>>> = {
  'threat-material': 'intimate images used to threaten the person shown',
};

export const CENTRE_TEXT_EN: Omit<CentreText, 'subject'> = {
  opening: {
    operator: byKind((kind) => `${INTRO} We are asking you to remove ${WHAT[kind]} from your service. ${FACTS[kind]}`),
    body: byKind((kind) => `${INTRO} We are asking for your help to have ${WHAT[kind]} removed from the addresses below. ${FACTS[kind]}`),
  },
  evidenceIntro: 'We have kept this content as evidence. Each file is identified by its SHA-256 hash:',
  asksHeading: 'What we ask',
  asks: {
    operator: (respondBy) => [
      'Remove the content at every address above, and any copies of it on your service, without delay.',
      `Confirm to us in writing by ${respondBy} that it has been removed.`,
      NO_NAME,
      'Keep the records of the posting, such as the account and the time it was posted, in case the police ask for them.',
    ],
    body: (respondBy) => [
      'Act to have the content at every address above, and any copies of it, removed or blocked without delay.',
      `Tell us by ${respondBy} what has been done.`,
      NO_NAME,
    ],
  },
  closing: 'If you need anything more from us to act on this request, please tell us before that date.',
};
