/**
 * The Korean law a deletion-request letter may cite, as data, with where each article was read.
 * An article is cited only if it is marked verified: its text was read (not a summary of it) on
 * the day below. The texts were read in the legalize-kr repositories, which mirror the statutes
 * from law.go.kr with their promulgation metadata; law.go.kr itself was not reachable from here.
 * See docs/decisions/0010-letters-and-tracker.md.
 */

export type LegalArticleId =
  | 'network-act-44-2'
  | 'network-act-44-7'
  | 'sexual-crimes-act-14'
  | 'sexual-crimes-act-14-2'
  | 'sexual-crimes-act-14-3'
  | 'telecom-business-act-22-5';

export interface Bilingual {
  readonly ko: string;
  readonly en: string;
}

export interface LegalArticle {
  readonly id: LegalArticleId;
  readonly law: Bilingual;
  readonly article: Bilingual;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  /** The text that was read. */
  readonly source: string;
  /** The official page of the law. */
  readonly official: string;
  readonly checkedOn: string;
  readonly verified: boolean;
}

const CHECKED_ON = '2026-11-28';

const NETWORK_ACT: Bilingual = {
  ko: '정보통신망 이용촉진 및 정보보호 등에 관한 법률',
  en: 'Act on Promotion of Information and Communications Network Utilization and Information Protection',
};
const NETWORK_ACT_SOURCE = 'https://github.com/legalize-kr/legalize-kr/blob/2b383b2060c6008dc6334a33e29b3df5cc1fbc2e/kr/정보통신망이용촉진및정보보호등에관한법률/법률.md';
const NETWORK_ACT_OFFICIAL = 'https://www.law.go.kr/법령/정보통신망이용촉진및정보보호등에관한법률';

const SEXUAL_CRIMES_ACT: Bilingual = {
  ko: '성폭력범죄의 처벌 등에 관한 특례법',
  en: 'Act on Special Cases Concerning the Punishment of Sexual Crimes',
};
const SEXUAL_CRIMES_SOURCE = 'https://github.com/legalize-kr/legalize-kr/blob/28c125419ec9da73d673f5f2f86224c75ed8e1f7/kr/성폭력범죄의처벌등에관한특례법/법률.md';
const SEXUAL_CRIMES_OFFICIAL = 'https://www.law.go.kr/법령/성폭력범죄의처벌등에관한특례법';

export const LEGAL_ARTICLES: readonly LegalArticle[] = [
  {
    id: 'network-act-44-2',
    law: NETWORK_ACT,
    article: { ko: '제44조의2', en: 'Article 44-2' },
    title: { ko: '정보의 삭제요청 등', en: 'Request for Deletion of Information' },
    summary: {
      ko: '정보통신망에 공개된 정보로 사생활 침해 등 권리를 침해받은 사람은 정보통신서비스 제공자에게 그 정보의 삭제를 요청할 수 있고, 제공자는 지체 없이 삭제·임시조치 등 필요한 조치를 하고 신청인에게 알려야 합니다.',
      en: 'A person whose rights, such as privacy, are infringed by information made public on a network may ask the service provider to delete it; the provider must take the necessary measures, such as deletion or temporary blocking, without delay and inform the person.',
    },
    source: NETWORK_ACT_SOURCE,
    official: NETWORK_ACT_OFFICIAL,
    checkedOn: CHECKED_ON,
    verified: true,
  },
  {
    id: 'network-act-44-7',
    law: NETWORK_ACT,
    article: { ko: '제44조의7', en: 'Article 44-7' },
    title: { ko: '불법정보 및 허위조작정보의 유통금지 등', en: 'Prohibition of Circulating Illegal Information and False or Manipulated Information' },
    summary: {
      ko: '누구든지 범죄를 목적으로 하거나 교사·방조하는 내용의 정보 등 불법정보를 정보통신망으로 유통해서는 안 됩니다.',
      en: 'No one may circulate illegal information on a network, including information that aims at, incites or aids a crime.',
    },
    source: NETWORK_ACT_SOURCE,
    official: NETWORK_ACT_OFFICIAL,
    checkedOn: CHECKED_ON,
    verified: true,
  },
  {
    id: 'sexual-crimes-act-14',
    law: SEXUAL_CRIMES_ACT,
    article: { ko: '제14조', en: 'Article 14' },
    title: { ko: '카메라 등을 이용한 촬영', en: 'Filming Using Cameras, etc.' },
    summary: {
      ko: '사람의 신체를 의사에 반하여 촬영하거나 그 촬영물을 반포·제공하는 것은 범죄이며, 촬영 당시 동의가 있었더라도 의사에 반하여 유포하면 같이 처벌됩니다.',
      en: "Filming a person's body against their will, or distributing or providing such footage, is a crime; distributing footage against the person's will is a crime even if they agreed to the filming.",
    },
    source: SEXUAL_CRIMES_SOURCE,
    official: SEXUAL_CRIMES_OFFICIAL,
    checkedOn: CHECKED_ON,
    verified: true,
  },
  {
    id: 'sexual-crimes-act-14-2',
    law: SEXUAL_CRIMES_ACT,
    article: { ko: '제14조의2', en: 'Article 14-2' },
    title: { ko: '허위영상물 등의 반포등', en: 'Distribution of False Video Material, etc.' },
    summary: {
      ko: '사람의 얼굴·신체·음성을 의사에 반하여 성적으로 편집·합성·가공하거나 그 편집물을 반포하는 것은 범죄입니다.',
      en: "Editing, synthesising or altering footage of a person's face, body or voice into sexual material against their will, or distributing it, is a crime.",
    },
    source: SEXUAL_CRIMES_SOURCE,
    official: SEXUAL_CRIMES_OFFICIAL,
    checkedOn: CHECKED_ON,
    verified: true,
  },
  {
    id: 'sexual-crimes-act-14-3',
    law: SEXUAL_CRIMES_ACT,
    article: { ko: '제14조의3', en: 'Article 14-3' },
    title: { ko: '촬영물과 편집물 등을 이용한 협박ㆍ강요', en: 'Threats and Coercion Using Footage or Edited Material' },
    summary: {
      ko: '성적 욕망 또는 수치심을 유발할 수 있는 촬영물이나 편집물을 이용하여 사람을 협박하거나 강요하는 것은 범죄입니다.',
      en: 'Threatening or coercing a person with sexual footage or edited material is a crime.',
    },
    source: SEXUAL_CRIMES_SOURCE,
    official: SEXUAL_CRIMES_OFFICIAL,
    checkedOn: CHECKED_ON,
    verified: true,
  },
  {
    id: 'telecom-business-act-22-5',
    law: { ko: '전기통신사업법', en: 'Telecommunications Business Act' },
    article: { ko: '제22조의5', en: 'Article 22-5' },
    title: {
      ko: '부가통신사업자의 불법촬영물 등 유통방지',
      en: 'Prevention of Circulation of Illegally Filmed Material by Value-Added Telecommunications Business Operators',
    },
    summary: {
      ko: '부가통신사업자는 불법촬영물등이 유통되는 사실을 신고나 삭제요청 등으로 알게 되면 지체 없이 삭제·접속차단 등 유통방지에 필요한 조치를 해야 합니다.',
      en: 'An online service operator that learns through a report or deletion request that illegally filmed or sexually edited material is circulating on its service must delete it or block access to it without delay.',
    },
    source: 'https://github.com/9bow/legalize-kr/blob/905e76712a6c5ffbb72cceb46a27c211a300e470/kr/전기통신사업법/법률.md',
    official: 'https://www.law.go.kr/법령/전기통신사업법',
    checkedOn: CHECKED_ON,
    verified: true,
  },
];

export const CONTENT_KINDS = ['illegal-filming', 'non-consensual-sharing', 'manipulated-images', 'threat-material'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * What a letter to a Korean service cites for each kind of content: the right to ask for deletion
 * and the operator's duty to act on it, then the crime the content is evidence of. Article 22-5
 * covers Article 14 and 14-2 material; material used to threaten is not necessarily either, so it
 * is not cited there. Article 44-7 is kept as data but not cited: its first item calls the
 * material "obscene", and the duty to remove is stated plainly by 44-2 and 22-5.
 */
export const CITED_FOR: Readonly<Record<ContentKind, readonly LegalArticleId[]>> = {
  'illegal-filming': ['network-act-44-2', 'telecom-business-act-22-5', 'sexual-crimes-act-14'],
  'non-consensual-sharing': ['network-act-44-2', 'telecom-business-act-22-5', 'sexual-crimes-act-14'],
  'manipulated-images': ['network-act-44-2', 'telecom-business-act-22-5', 'sexual-crimes-act-14-2'],
  'threat-material': ['network-act-44-2', 'sexual-crimes-act-14-3'],
};

/** The verified articles a letter cites: none unless the service is Korean. */
export function citationsFor(
  kind: ContentKind,
  jurisdiction: 'kr' | 'other',
  articles: readonly LegalArticle[] = LEGAL_ARTICLES,
): LegalArticle[] {
  if (jurisdiction !== 'kr') return [];
  return CITED_FOR[kind].flatMap((id) => articles.filter((a) => a.id === id && a.verified));
}
