import type { ComplaintText } from './complaint-text.js';

/** `서울마포경찰서` → `서울마포경찰서장`; a name already ending in 서장 is kept. */
const chief = (station: string) => (station.endsWith('장') ? station : `${station}장`);

export const COMPLAINT_TEXT_KO: ComplaintText = {
  lang: 'ko-KR',
  title: '고 소 장',
  banner: null,
  asWritten: null,
  noticeHeading: '※ 제출 전에 읽어 주세요 (고소장의 일부가 아닙니다)',
  headings: {
    complainant: '1. 고소인',
    accused: '2. 피고소인',
    purpose: '3. 고소취지',
    facts: '4. 범죄사실',
    reason: '5. 고소이유',
    evidence: '6. 증거자료',
    related: '7. 관련사건의 수사 및 재판 여부',
    other: '8. 기타 (고소내용에 대한 진실확약)',
  },
  name: '성명',
  birthDate: '생년월일',
  address: '주소',
  phone: '전화',
  contact: '연락처',
  description: '기타사항',
  unknownName: '성명 불상',
  purposeIntro: (count) =>
    count > 0
      ? '고소인은 피고소인을 아래의 죄로 고소하오니 철저히 수사하여 처벌하여 주시기 바랍니다.'
      : '고소인은 피고소인을 아래 범죄사실로 고소하오니 철저히 수사하여 처벌하여 주시기 바랍니다.',
  crime: (c) => `「${c.law.ko}」 ${c.provision.ko}(${c.title.ko}) 위반`,
  dateUnknown: '일시 불명',
  noFacts: '(일시, 장소, 방법, 결과를 시간 순서대로 적어 주십시오.)',
  reason: ['고소인은 위 범죄사실로 피해를 입었으며, 피고소인의 처벌을 원합니다.'],
  evidenceGiven: (count) =>
    count > 0 ? '■ 고소인은 고소인의 진술 외에 제출할 증거가 있습니다.' : '■ 고소인은 고소인의 진술 외에 제출할 증거가 없습니다.',
  evidenceIntro: '증거 파일은 각각 아래 SHA-256 해시값으로 식별됩니다. 파일이 바뀌면 해시값도 바뀝니다.',
  exhibit: (n) => `증거 ${String(n)}`,
  url: '주소',
  related: [
    ['① 중복 고소 여부', '같은 내용의 고소장을 다른 경찰서나 검찰청에 낸 적이 있습니다 □ / 없습니다 □'],
    ['② 관련 형사사건 수사 유무', '이 범죄사실과 관련된 사건이나 공범에 대하여 경찰서나 검찰청에서 수사 중입니다 □ / 수사 중이 아닙니다 □'],
    ['③ 관련 민사소송 유무', '이 범죄사실과 관련된 사건으로 법원에서 민사소송 중입니다 □ / 민사소송 중이 아닙니다 □'],
  ],
  relatedNote: '①, ②는 반드시 표시해 주십시오. 수사나 재판 중인 사건이 있으면 아는 범위에서 기관과 사건번호를 적어 주십시오.',
  affirmation:
    '이 고소장에 적은 내용은 고소인이 알고 있는 지식과 경험을 바탕으로 모두 사실대로 작성하였으며, 허위사실을 고소하였을 때에는 「형법」 제156조(무고)에 따라 처벌받을 수 있음을 확인합니다.',
  signature: (name) => `고소인  ${name}  (서명 또는 인)`,
  addressee: (station) => `${station ? chief(station) : '○○경찰서장'} 귀하`,
  page: (page, pages) => `- ${String(page)} / ${String(pages)} -`,
};
