import type { ContentKind } from './legal-basis.js';
import type { LetterText } from './letter-text.js';
import { CENTRE_TEXT_KO } from './letter-text-centre-ko.js';

const WHAT: Readonly<Record<ContentKind, string>> = {
  'illegal-filming': '불법촬영물',
  'non-consensual-sharing': '동의 없이 유포된 촬영물',
  'manipulated-images': '성적 허위영상물',
  'threat-material': '협박에 이용된 촬영물',
};

const subject: LetterText['subject'] = (kind, urlCount, respondBy) =>
  `[삭제 요청] ${WHAT[kind]} 삭제 요청 (URL ${String(urlCount)}건, ${respondBy}까지 회신 요청)`;

export const LETTER_TEXT_KO: LetterText = {
  day: (isoDay) => {
    const [y, m, d] = isoDay.split('-').map(Number);
    return `${String(y)}년 ${String(m)}월 ${String(d)}일`;
  },
  subject,
  greeting: (service) => `${service} 담당자께`,
  opening: {
    operator: {
      'illegal-filming':
        '귀사 서비스에 게시된 저에 대한 불법촬영물의 삭제를 요청합니다. 이 촬영물은 제 동의 없이 촬영되었고, 저는 이를 유포하는 데에도 동의한 적이 없습니다.',
      'non-consensual-sharing':
        '귀사 서비스에 게시된 저의 촬영물의 삭제를 요청합니다. 이 촬영물은 제 동의 없이 유포되고 있습니다.',
      'manipulated-images':
        '귀사 서비스에 게시된 저에 대한 성적 허위영상물의 삭제를 요청합니다. 이 영상물은 제 얼굴이나 신체를 제 동의 없이 성적으로 편집·합성한 것이며, 저는 이를 유포하는 데에도 동의한 적이 없습니다.',
      'threat-material':
        '귀사 서비스에 게시된 저의 촬영물의 삭제를 요청합니다. 이 촬영물은 저를 협박하는 데 이용되고 있으며, 저는 이를 유포하는 데 동의한 적이 없습니다.',
    },
    body: {
      'illegal-filming':
        '아래 주소에 게시된 저에 대한 불법촬영물이 삭제되도록 도와주시기를 요청합니다. 이 촬영물은 제 동의 없이 촬영되었고, 저는 이를 유포하는 데에도 동의한 적이 없습니다.',
      'non-consensual-sharing':
        '아래 주소에 게시된 저의 촬영물이 삭제되도록 도와주시기를 요청합니다. 이 촬영물은 제 동의 없이 유포되고 있습니다.',
      'manipulated-images':
        '아래 주소에 게시된 저에 대한 성적 허위영상물이 삭제되도록 도와주시기를 요청합니다. 이 영상물은 제 얼굴이나 신체를 제 동의 없이 성적으로 편집·합성한 것이며, 저는 이를 유포하는 데에도 동의한 적이 없습니다.',
      'threat-material':
        '아래 주소에 게시된 저의 촬영물이 삭제되도록 도와주시기를 요청합니다. 이 촬영물은 저를 협박하는 데 이용되고 있으며, 저는 이를 유포하는 데 동의한 적이 없습니다.',
    },
  },
  urlsHeading: (count) => `게시된 주소 (${String(count)}건):`,
  evidenceHeading: '증거',
  evidenceIntro: '이 게시물은 증거로 보관하고 있습니다. 각 파일은 아래 SHA-256 해시값으로 식별됩니다.',
  legalHeading: '법적 근거',
  citation: (a) => `- 「${a.law.ko}」 ${a.article.ko}(${a.title.ko}): ${a.summary.ko}`,
  asksHeading: '요청 사항',
  asks: {
    operator: (respondBy) => [
      '위 주소의 게시물과 귀사 서비스에 있는 그 복제물을 지체 없이 삭제해 주십시오.',
      `삭제 결과를 ${respondBy}까지 서면(전자우편 포함)으로 알려 주십시오.`,
      '제 이름과 연락처를 게시자에게 알리지 말아 주십시오.',
      '수사기관의 요청에 대비하여 게시 계정과 게시 시각 등의 기록을 보존해 주십시오.',
    ],
    body: (respondBy) => [
      '위 주소의 게시물과 그 복제물이 지체 없이 삭제되거나 접속이 차단되도록 조치해 주십시오.',
      `처리 경과와 결과를 ${respondBy}까지 알려 주십시오.`,
      '제 이름과 연락처를 게시자에게 알리지 말아 주십시오.',
    ],
  },
  noticeToContact: '이 요청의 처리 경과와 결과는 아래 연락처로 알려 주십시오(「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2제1항).',
  closing: '이 요청을 처리하는 데 더 필요한 것이 있으면 위 기한 전에 알려 주십시오.',
  dated: (today) => `작성일: ${today}`,
  nameLabel: '이름',
  contactLabel: '연락처',
  centre: { subject, ...CENTRE_TEXT_KO },
};
