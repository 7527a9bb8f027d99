/**
 * The Korean letter in a support centre's voice: the centre writes for the person (피해자), with
 * their consent, and every fact and ask is about the person in the third person. The subject is
 * the person's (it names only the content); letter-text-ko.ts adds it.
 */
import type { ContentKind } from './legal-basis.js';
import type { CentreText } from './letter-text.js';

const INTRO = '저희 센터는 디지털 성범죄 피해자를 지원하는 기관으로, 피해자 본인의 동의를 받아 피해자를 대신하여 이 요청을 드립니다.';

/** What is posted; each ends in 물, so takes 이 and 의. */
const WHAT: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': '피해자에 대한 불법촬영물',
  'non-consensual-sharing': '피해자의 촬영물',
  'manipulated-images': '피해자에 대한 성적 허위영상물',
  'threat-material': '피해자의 촬영물',
};

const FACTS: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': '이 촬영물은 피해자의 동의 없이 촬영되었고, 피해자는 이를 유포하는 데에도 동의한 적이 없습니다.',
  'non-consensual-sharing': '이 촬영물은 피해자의 동의 없이 유포되고 있습니다.',
  'manipulated-images':
    '이 영상물은 피해자의 얼굴이나 신체를 본인의 동의 없이 성적으로 편집·합성한 것이며, 피해자는 이를 유포하는 데에도 동의한 적이 없습니다.',
  'threat-material': '이 촬영물은 피해자를 협박하는 데 이용되고 있으며, 피해자는 이를 유포하는 데 동의한 적이 없습니다.',
};

const byKind = (sentence: (kind: ContentKind) => string): Readonly<Record<ContentKind, string>> => ({
  'illegal-filming': sentence('illegal-filming'),
  'non-consensual-sharing': sentence('non-consensual-sharing'),
  'manipulated-images': sentence('manipulated-images'),
  'threat-material': sentence('threat-material'),
});

const NO_NAME = '피해자의 이름과 연락처를 게시자에게 알리지 말아 주십시오.';

export const CENTRE_TEXT_KO: Omit<CentreText, 'subject'> = {
  opening: {
    operator: byKind((kind) => `${INTRO} 귀사 서비스에 게시된 ${WHAT[kind]}의 삭제를 요청합니다. ${FACTS[kind]}`),
    body: byKind((kind) => `${INTRO} 아래 주소에 게시된 ${WHAT[kind]}이 삭제되도록 도와주시기를 요청합니다. ${FACTS[kind]}`),
  },
  evidenceIntro: '저희 센터는 이 게시물을 증거로 보관하고 있습니다. 각 파일은 아래 SHA-256 해시값으로 식별됩니다.',
  asksHeading: '요청 사항',
  asks: {
    operator: (respondBy) => [
      '위 주소의 게시물과 귀사 서비스에 있는 그 복제물을 지체 없이 삭제해 주십시오.',
      `삭제 결과를 ${respondBy}까지 서면(전자우편 포함)으로 저희 센터에 알려 주십시오.`,
      NO_NAME,
      '수사기관의 요청에 대비하여 게시 계정과 게시 시각 등의 기록을 보존해 주십시오.',
    ],
    body: (respondBy) => [
      '위 주소의 게시물과 그 복제물이 지체 없이 삭제되거나 접속이 차단되도록 조치해 주십시오.',
      `처리 경과와 결과를 ${respondBy}까지 저희 센터에 알려 주십시오.`,
      NO_NAME,
    ],
  },
  closing: '이 요청을 처리하는 데 더 필요한 것이 있으면 위 기한 전에 저희 센터에 알려 주십시오.',
};
