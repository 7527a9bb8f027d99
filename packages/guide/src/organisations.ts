import type { Emergency, Organisation } from './types.js';

/** Where to get help, in the guide's order. Hours are given only where they are well established. */
export const organisations: readonly Organisation[] = [
  {
    id: 'women-1366',
    name: { ko: '여성긴급전화 1366', en: 'Emergency Call Center for Women 1366' },
    phones: [{ display: '1366', tel: '1366' }],
    website: 'https://www.women1366.kr',
    helpsWith: {
      ko: '가정폭력·성폭력·디지털 성범죄 같은 폭력 피해를 24시간 긴급 상담해 주고, 긴급 보호시설과 경찰·의료·법률 지원으로 연결해 줘요.',
      en: 'Emergency counselling around the clock for violence including sexual violence and digital sex crime, and links to emergency shelter and to police, medical and legal help.',
    },
    hours: { ko: '연중무휴 24시간', en: '24 hours a day, every day' },
    seed: 'Emergency Call Center for Women - 1366 (www.women1366.kr)',
  },
  {
    id: 'digital-sex-crime-support',
    name: { ko: '디지털성범죄피해자지원센터', en: 'Digital Sex Crime Victim Support Center' },
    phones: [{ display: '02-735-8994', tel: '027358994' }],
    website: 'https://www.women1366.kr/stopds',
    helpsWith: {
      ko: '피해 상담부터 불법촬영물 삭제 지원, 다시 올라오는지 모니터링, 수사·법률·의료 지원 연계까지 한 곳에서 도와줘요.',
      en: 'One place for counselling, help getting images deleted, watching for re-uploads, and links to police, legal and medical help.',
    },
    seed: 'Digital Sex Crime Victim Support Center - 02-735-8994 (www.women1366.kr/stopds)',
  },
  {
    id: 'cyber-sexual-violence',
    name: { ko: '한국사이버성폭력대응센터', en: 'Korea Cyber Sexual Violence Response Center' },
    phones: [{ display: '02-817-7959', tel: '028177959' }],
    website: 'https://www.cyber-lion.com',
    helpsWith: {
      ko: '사이버 성폭력 피해 상담과 촬영물 삭제 지원, 수사·법률 지원 연계를 도와줘요.',
      en: 'Counselling for online sexual violence, help getting images deleted, and links to police and legal help.',
    },
    seed: 'Korea Cyber Sexual Violence Response Center - 02-817-7959 (www.cyber-lion.com)',
  },
  {
    id: 'sexual-violence-counseling',
    name: { ko: '한국성폭력상담소', en: 'Korea Sexual Violence Relief Center' },
    phones: [{ display: '02-338-5801', tel: '023385801' }],
    website: 'https://www.sisters.or.kr',
    helpsWith: {
      ko: '성폭력 피해 상담과 함께 경찰 조사·재판 과정 동행, 의료·법률 지원 연계를 도와줘요.',
      en: 'Counselling after sexual violence, someone to go with you to the police or court, and links to medical and legal help.',
    },
    seed: 'Korea Sexual Violence Counseling Center - 02-338-5801 (www.sisters.or.kr)',
  },
  {
    id: 'korea-womens-hotline',
    name: { ko: '한국여성의전화', en: 'Korea Women’s Hot Line' },
    phones: [
      { display: '02-2263-6464', tel: '0222636464' },
      { display: '02-2263-6465', tel: '0222636465' },
    ],
    website: 'https://www.hotline.or.kr',
    helpsWith: {
      ko: '가정폭력·성폭력·디지털 성범죄 등 여성폭력 피해 상담과 의료·법률 지원 연계를 도와줘요.',
      en: 'Counselling for women facing violence, including sexual violence and digital sex crime, and links to medical and legal help.',
    },
    seed: 'Korea Call Center for Women - 02-2263-6464,5 (www.hotline.or.kr)',
  },
  {
    id: 'womenlink',
    name: { ko: '한국여성민우회 성폭력상담소', en: 'Korean Womenlink Sexual Violence Counseling Center' },
    phones: [{ display: '02-335-1858', tel: '023351858' }],
    website: 'http://womenlink.or.kr',
    helpsWith: {
      ko: '성폭력 피해 상담과 경찰 조사·재판 과정 지원, 의료·법률 지원 연계를 도와줘요.',
      en: 'Counselling after sexual violence, support through police and court processes, and links to medical and legal help.',
    },
    seed: 'Korea Women Link Sexual Violence Counseling Center - 02-335-1858 (http://womenlink.or.kr)',
  },
];

/** The police emergency number, shown beside every step where `callPolice` is true. */
export const emergency: Emergency = {
  phone: { display: '112', tel: '112' },
  name: { ko: '경찰 신고', en: 'Police' },
  when: {
    ko: '지금 위험하거나, 불법촬영을 막 알아챘거나, 협박을 받고 있다면 바로 112에 전화하세요. 말하기 어려우면 문자로도 신고할 수 있어요.',
    en: 'Call 112 right away if you are in danger, have just noticed illegal recording, or are being threatened. If you can’t speak, you can text 112 instead.',
  },
};
