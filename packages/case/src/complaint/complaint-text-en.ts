import type { ComplaintText } from './complaint-text.js';

export const COMPLAINT_TEXT_EN: ComplaintText = {
  lang: 'en',
  title: 'Criminal complaint (고소장)',
  banner: 'English rendering for reference; file the Korean version.',
  asWritten: 'Names, facts and other details are shown as the complainant wrote them.',
  noticeHeading: '※ Read before filing (not part of the complaint)',
  headings: {
    complainant: '1. Complainant (고소인)',
    accused: '2. Accused (피고소인)',
    purpose: '3. Purpose of the complaint (고소취지)',
    facts: '4. Facts of the crime (범죄사실)',
    reason: '5. Reasons for the complaint (고소이유)',
    evidence: '6. Evidence (증거자료)',
    related: '7. Related investigations and trials (관련사건의 수사 및 재판 여부)',
    other: '8. Other: statement of truth (기타)',
  },
  name: 'Name',
  birthDate: 'Date of birth',
  address: 'Address',
  phone: 'Phone',
  contact: 'Contact',
  description: 'Other details',
  unknownName: 'Name unknown (성명 불상)',
  purposeIntro: (count) =>
    count > 0
      ? 'The complainant files this complaint against the accused for the crimes below and asks that they be investigated thoroughly and punished.'
      : 'The complainant files this complaint against the accused for the facts below and asks that they be investigated thoroughly and punished.',
  crime: (c) => `Violation of the ${c.law.en}, ${c.provision.en} (${c.title.en})`,
  dateUnknown: 'date unknown',
  noFacts: '(Write down when, where, how and with what result, in time order.)',
  reason: ['The complainant has been harmed by the acts described above and wants the accused to be punished.'],
  evidenceGiven: (count) =>
    count > 0
      ? '■ The complainant has evidence to submit besides their own statement.'
      : '■ The complainant has no evidence to submit besides their own statement.',
  evidenceIntro: 'Each evidence file is identified by the SHA-256 hash below. If a file changes, so does its hash.',
  exhibit: (n) => `Exhibit ${String(n)}`,
  url: 'URL',
  related: [
    ['① Same complaint elsewhere', 'A complaint with the same content has been filed with another police station or prosecutor’s office: yes □ / no □'],
    ['② Related criminal investigation', 'A related case or an accomplice is under investigation by the police or a prosecutor: yes □ / no □'],
    ['③ Related civil lawsuit', 'A civil lawsuit about a related matter is pending in court: yes □ / no □'],
  ],
  relatedNote: 'Items ① and ② must be marked. If a related case is under investigation or trial, write the office and case number as far as known.',
  affirmation:
    'The complainant wrote this complaint truthfully, from what they know and experienced, and understands that filing a false complaint can be punished under Article 156 (False Accusation) of the Criminal Act.',
  signature: (name) => `Complainant  ${name}  (signature or seal)`,
  addressee: (station) => (station ? `To the Chief of ${station}` : 'To the Chief of the ○○ Police Station'),
  page: (page, pages) => `- ${String(page)} / ${String(pages)} -`,
};
