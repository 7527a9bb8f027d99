import type { ContentKind } from './legal-basis.js';
import type { LetterText } from './letter-text.js';
import { CENTRE_SUBJECT_WHAT_EN, CENTRE_TEXT_EN } from './letter-text-centre-en.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WHAT: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': 'intimate images recorded without consent',
  'non-consensual-sharing': 'intimate images shared without consent',
  'manipulated-images': 'sexual images edited or fabricated without consent',
  'threat-material': 'intimate images used to threaten me',
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const subjectNaming = (what: Readonly<Record<ContentKind, string>>): LetterText['subject'] => (kind, urlCount, respondBy) =>
  `Removal request: ${what[kind]} (${String(urlCount)} ${plural(urlCount, 'URL', 'URLs')}), reply by ${respondBy}`;

export const LETTER_TEXT_EN: LetterText = {
  day: (isoDay) => {
    const [y, m, d] = isoDay.split('-').map(Number);
    return `${String(d)} ${MONTHS[(m ?? 1) - 1] ?? ''} ${String(y)}`;
  },
  subject: subjectNaming(WHAT),
  greeting: (service) => `Dear ${service} team,`,
  opening: {
    operator: {
      'illegal-filming':
        'I am asking you to remove intimate images of me from your service. They were recorded without my consent, and I have not consented to them being shared.',
      'non-consensual-sharing':
        'I am asking you to remove intimate images of me from your service. They are being shared without my consent.',
      'manipulated-images':
        'I am asking you to remove sexual images of me from your service. They were made by editing or fabricating images of me without my consent, and I have not consented to them being shared.',
      'threat-material':
        'I am asking you to remove intimate images of me from your service. They are being used to threaten me, and I have not consented to them being shared.',
    },
    body: {
      'illegal-filming':
        'I am asking for your help to have intimate images of me removed from the addresses below. They were recorded without my consent, and I have not consented to them being shared.',
      'non-consensual-sharing':
        'I am asking for your help to have intimate images of me removed from the addresses below. They are being shared without my consent.',
      'manipulated-images':
        'I am asking for your help to have sexual images of me removed from the addresses below. They were made by editing or fabricating images of me without my consent, and I have not consented to them being shared.',
      'threat-material':
        'I am asking for your help to have intimate images of me removed from the addresses below. They are being used to threaten me, and I have not consented to them being shared.',
    },
  },
  urlsHeading: (count) => (count === 1 ? 'The content is at this address:' : `The content is at these ${String(count)} addresses:`),
  evidenceHeading: 'Evidence',
  evidenceIntro: 'I have kept this content as evidence. Each file is identified by its SHA-256 hash:',
  legalHeading: 'Legal basis (Republic of Korea)',
  citation: (a) => `- ${a.law.en}, ${a.article.en} (${a.title.en}): ${a.summary.en}`,
  asksHeading: 'What I ask',
  asks: {
    operator: (respondBy) => [
      'Remove the content at every address above, and any copies of it on your service, without delay.',
      `Confirm to me in writing by ${respondBy} that it has been removed.`,
      'Do not share my name or contact details with the person who posted it.',
      'Keep the records of the posting, such as the account and the time it was posted, in case the police ask for them.',
    ],
    body: (respondBy) => [
      'Act to have the content at every address above, and any copies of it, removed or blocked without delay.',
      `Tell me by ${respondBy} what has been done.`,
      'Do not share my name or contact details with the person who posted it.',
    ],
  },
  noticeToContact: 'Please send notice of the progress and the result of this request to the contact details below (Article 44-2(1) of the Act on Promotion of Information and Communications Network Utilization and Information Protection).',
  closing: 'If you need anything more from me to act on this request, please tell me before that date.',
  dated: (today) => `Date: ${today}`,
  nameLabel: 'Name',
  contactLabel: 'Contact',
  centre: { subject: subjectNaming({ ...WHAT, ...CENTRE_SUBJECT_WHAT_EN }), ...CENTRE_TEXT_EN },
};
