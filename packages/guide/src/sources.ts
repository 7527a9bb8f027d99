import type { Source } from './types.js';

/** Where the guide comes from. Cite these on the pages. */
export const sources: readonly Source[] = [
  {
    id: 'moleg-law-and-life',
    title: { ko: '생활법령정보 / 법과 생활', en: 'Life-related Law Information / Law & Life' },
    publisher: { ko: '법제처 공식 블로그', en: 'Ministry of Government Legislation (official blog)' },
    seed: 'The Ministry of Government Legislation’s official blog “Life-related Law Information/Law & Life”',
  },
  {
    id: 'seoul-women-family-guide',
    title: {
      ko: '불법촬영·유포 대응 가이드(시민용)',
      en: 'Response Guide for Illegal Recording and Dissemination (for citizens)',
    },
    publisher: { ko: '서울시여성가족재단', en: 'Seoul Foundation of Women & Family' },
    seed: 'The Seoul Foundation of Women & Family “Response Guide for Illegal Shooting and Dissemination (For Citizens)」',
  },
];
