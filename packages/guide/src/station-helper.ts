/**
 * The station helper: which police station to report a threat to, by the guide's own rule, with the
 * official pages for finding a station or reporting online and the organisations that can go with
 * the victim. It holds no station data of its own: an address appears only where a cited page
 * confirms it.
 */
import * as z from 'zod';
import { organisations } from './organisations.js';
import { addressHost } from './reporting-channel-schema.js';
import { httpsUrlSchema, noteWhenUnverified, sourcedFields, textSchema, threatStep } from './threat-advice.js';
import type {
  AccompanyingOrganisation, OffenderAddressKnown, OfficialLink, OrganisationId, StationAdvice, Text, ThreatStepId,
} from './types.js';

const CHECKED = '2026-11-28';

/** The guide step that says where to report: the offender's area if known, otherwise your own. */
export const STATION_RULE_STEP: ThreatStepId = 'threat-3';

/** The two halves of the rule, each word for word inside the step's detail. */
const WHERE = {
  'offender-area': { ko: '가해자가 사는 곳의 경찰서', en: 'the police station where they live' },
  'own-area': { ko: '내가 사는 곳의 경찰서', en: 'the police station where you live' },
} as const satisfies Record<StationAdvice['reportTo'], Text>;

const UNSURE: Text = {
  ko: '주소가 확실하지 않다면 모르는 경우처럼 내가 사는 곳의 경찰서에 신고하세요. 가해자가 어디 사는지 아는 만큼은 경찰에게 그대로 말하면 돼요.',
  en: 'If you aren’t sure of the address, treat it as unknown and report to the police station where you live. Tell the police whatever you do know about where they live.',
};

const DATA_GO_KR_SAFEMAP = 'https://data.go.kr/data/15101889/openapi.do';

export const stationLinks: readonly OfficialLink[] = [
  {
    id: 'police-station-finder',
    name: { ko: '경찰청 경찰관서 찾기', en: 'Korean National Police Agency station finder' },
    purpose: {
      ko: '경찰청 누리집에서 경찰서를 찾는 곳이에요.',
      en: 'Where the police’s own website lists its stations.',
    },
    address: null,
    sources: [
      {
        url: 'https://police.go.kr/eng/knpa/greeting/greeting01.jsp;jsessionid=PEKpE4PIBX2inZrz69LNRKBpbXhI6oYkGhM48nZ8PStJD6L1vyjuaB0ipszzjl9H.cypol-was01_servlet_engine6',
        title: 'Greeting – Korean National Police Agency',
        publisher: { ko: '경찰청', en: 'Korean National Police Agency' },
      },
    ],
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '경찰청 누리집(police.go.kr)의 사본은 찾았지만 경찰관서 찾기 페이지는 찾지 못해서 주소를 적지 않았어요. 추측한 주소는 넣지 않아요. 그동안은 생활안전지도에서 가까운 경찰서를 찾을 수 있어요.',
      en: 'We found stored pages of the police website (police.go.kr) but not its station finder, so no address is given; we never guess one. Meanwhile, the Safety Map shows nearby stations.',
    },
  },
  {
    id: 'safemap-police',
    name: { ko: '생활안전지도 (행정안전부)', en: 'Safety Map (Ministry of the Interior and Safety)' },
    purpose: {
      ko: '전국의 경찰서·지구대·파출소 위치를 지도에서 볼 수 있어요.',
      en: 'Shows police stations and local police offices across the country on a map.',
    },
    address: 'https://www.safemap.go.kr',
    addressFrom: DATA_GO_KR_SAFEMAP,
    sources: [
      { url: DATA_GO_KR_SAFEMAP, title: '행정안전부_생활안전지도 치안안전시설', publisher: { ko: '공공데이터포털 (제공기관: 행정안전부)', en: 'Public Data Portal (provided by the Ministry of the Interior and Safety)' } },
      {
        url: 'https://mois.go.kr/mpss/safe/open/press/?boardId=bbs_0000000000000047&cntId=664&mode=view',
        title: '생활안전지도 서비스 전국 공개 (보도자료)',
        publisher: { ko: '국민안전처 (행정안전부 누리집 게재)', en: 'Ministry of Public Safety and Security (on the Ministry of the Interior and Safety website)' },
      },
    ],
    checkedOn: CHECKED,
    status: 'verified',
    note: {
      ko: '경찰청이 아니라 행정안전부가 운영하는 지도예요. 지도에서 가장 가까운 곳이 꼭 그 주소를 맡는 경찰서는 아닐 수 있으니, 가기 전에 경찰서에 전화해 확인해 보세요.',
      en: 'Run by the Ministry of the Interior and Safety, not the police. The nearest station on the map may not be the one responsible for an address, so call the station before you go.',
    },
  },
  {
    id: 'police-ecrm',
    name: {
      ko: '경찰청 사이버범죄 신고시스템(ECRM)',
      en: 'Korean National Police Agency cyber-crime reporting system (ECRM)',
    },
    purpose: {
      ko: '경찰서에 가기 전에 온라인으로 신고하고 증거 파일을 첨부할 수 있어요. 접수된 신고는 맡을 경찰서로 넘겨져요.',
      en: 'Report online before going to a station, and attach evidence files. The report is passed to the station that will handle it.',
    },
    address: 'https://ecrm.police.go.kr/minwon/main',
    sources: [
      { url: 'https://mynews-room.com/591', title: '경찰청 사이버범죄신고시스템(ECRM) 안내', publisher: { ko: 'mynews-room.com (블로그)', en: 'mynews-room.com (blog)' } },
      {
        url: 'https://www.hankyung.com/article/202012225071Y',
        title: 'ECRM 개편: 증거 파일 온라인 첨부 (연합뉴스, 2020-12-22)',
        publisher: { ko: '한국경제 (연합뉴스 기사)', en: 'The Korea Economic Daily (Yonhap News article)' },
      },
      { url: 'https://ant.sinalog.kr/2026/02/ecrm-homepage.html', title: '사이버범죄 신고시스템(ECRM) 안내', publisher: { ko: 'ant.sinalog.kr (블로그)', en: 'ant.sinalog.kr (blog)' } },
    ],
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '경찰청 누리집을 직접 확인하지 못했어요. 주소는 제3자 블로그에서 가져왔고, 신고 채널 목록의 ECRM 항목과 같은 주소예요. 지금 위험하다면 온라인 신고보다 112가 먼저예요.',
      en: 'We could not read the police site itself; the address comes from a third-party blog and matches the ECRM entry in the reporting-channel directory. If you are in danger now, call 112 first.',
    },
  },
];

const helpsWith = (id: OrganisationId): Text => {
  const org = organisations.find((o) => o.id === id);
  if (!org) throw new Error(`Unknown organisation id: ${id}`);
  return org.helpsWith;
};

const lawArticle11 = [
  {
    url: 'https://hdc2023.tistory.com/206',
    title: '성폭력 피해자 지원 (정부24 안내와 성폭력방지법 제11조 인용)',
    publisher: { ko: 'hdc2023.tistory.com (블로그)', en: 'hdc2023.tistory.com (blog)' },
  },
  {
    url: 'https://hdc2023.tistory.com/m/72',
    title: '성폭력방지 및 피해자보호 등에 관한 법률 제10조·제11조 (본문 인용)',
    publisher: { ko: 'hdc2023.tistory.com (블로그)', en: 'hdc2023.tistory.com (blog)' },
  },
];

export const accompanyingOrganisations: readonly AccompanyingOrganisation[] = [
  {
    organisation: 'sexual-violence-counseling',
    support: 'accompany',
    basis: {
      ko: '혼자 가기 어렵다면 상담소에 동행을 부탁할 수도 있어요.',
      en: 'If going alone feels too hard, you can ask a counselling centre to come with you.',
    },
    basisStep: 'dissemination-2',
    sources: lawArticle11,
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '수사기관 조사에 동행하는 일은 성폭력방지법 제11조 제4호가 정한 성폭력피해상담소의 업무예요. 하지만 조문은 블로그에 옮겨진 본문으로만 읽었고, 법제처 원문과 상담소 누리집은 확인하지 못했어요.',
      en: 'Going with victims to police questioning is a duty of sexual-violence counselling centres under Article 11(4) of the Sexual Violence Prevention Act, but we read the article only as quoted on a blog, not on the official law site or the centre’s own site.',
    },
  },
  {
    organisation: 'womenlink',
    support: 'investigation-support',
    basis: helpsWith('womenlink'),
    sources: lawArticle11,
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '성폭력피해상담소라면 법에 따라 수사기관 조사에 동행할 수 있지만, 이 상담소가 그렇게 한다는 것을 누리집에서 확인하지 못했어요.',
      en: 'Sexual-violence counselling centres may go with victims to police questioning under the law, but we could not confirm on this centre’s own site that it does.',
    },
  },
  {
    organisation: 'digital-sex-crime-support',
    support: 'investigation-support',
    basis: helpsWith('digital-sex-crime-support'),
    sources: [
      {
        url: 'https://uwfdi.re.kr/data/data5.jsp?n=822&pg=42&prc=view',
        title: '“디지털 성범죄 피해자 지원 사후 모니터링 강화된다.” (여성가족부 보도자료)',
        publisher: { ko: '여성가족부 (울산여성가족개발원 누리집 게재)', en: 'Ministry of Gender Equality and Family (on the Ulsan Women & Family Development Institute website)' },
      },
      {
        url: 'https://www.servedream.com/announcements/138300000038',
        title: '중앙디지털성범죄피해자지원센터 지원',
        publisher: { ko: '공공서비스 안내 재게시 (소관: 성평등가족부)', en: 'Public service notice, republished (Ministry of Gender Equality and Family)' },
      },
    ],
    checkedOn: CHECKED,
    status: 'verified',
    note: {
      ko: '수사 지원은 2018년 여성가족부 보도자료에 있어요. 다른 공공기관 누리집에 옮겨 둔 사본으로 읽었어요.',
      en: 'Support with the investigation is in a 2018 Ministry of Gender Equality and Family press release, read as a copy on another public body’s site.',
    },
  },
  {
    organisation: 'cyber-sexual-violence',
    support: 'investigation-support',
    basis: helpsWith('cyber-sexual-violence'),
    sources: [{ url: 'https://m.hani.co.kr/arti/society/society_general/809840.html', title: '몰카, 디지털성범죄다 – 1부 피해자 편', publisher: { ko: '한겨레', en: 'The Hankyoreh' } }],
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '증거 수집과 경찰서 신고 접수를 돕는다는 내용은 언론 보도로만 확인했고, 센터 누리집은 확인하지 못했어요.',
      en: 'That it helps collect evidence and file the police report comes from a news report only; we could not read the centre’s own site.',
    },
  },
  {
    organisation: 'women-1366',
    support: 'investigation-support',
    basis: helpsWith('women-1366'),
    sources: [
      {
        url: 'https://www.asiatoday.co.kr/view.php?key=20230924010014409',
        title: '올 추석 연휴에도 ‘여성긴급전화 1366’ 24시간 운영 (2023-09-24)',
        publisher: { ko: '아시아투데이 (여성가족부 발표 보도)', en: 'Asia Today (report of a Ministry of Gender Equality and Family statement)' },
      },
    ],
    checkedOn: CHECKED,
    status: 'unverified',
    note: {
      ko: '긴급할 때 경찰과 함께 현장에 나간다는 내용은 여성가족부 발표를 옮긴 보도로만 확인했어요. 경찰 조사에 동행하는지는 확인하지 못했어요.',
      en: 'That it goes out with the police in emergencies comes from a news report of a ministry statement only; we could not confirm that it goes with victims to police questioning.',
    },
  },
];

/** Where to report a threat, by the guide's rule, given whether the victim knows where the offender lives. */
export function stationAdvice(offenderAddressKnown: OffenderAddressKnown): StationAdvice {
  const reportTo = offenderAddressKnown === true ? 'offender-area' : 'own-area';
  return {
    rule: threatStep(STATION_RULE_STEP).detail,
    ruleStep: STATION_RULE_STEP,
    reportTo,
    where: WHERE[reportTo],
    ...(offenderAddressKnown === 'unsure' ? { unsure: UNSURE } : {}),
    links: stationLinks,
    accompany: accompanyingOrganisations,
  };
}

/** Validates the links: sources, dates, and every verified address traced to a cited page. */
export function stationLinksSchema(today: string) {
  const link = z
    .strictObject({
      id: z.enum(['police-station-finder', 'safemap-police', 'police-ecrm']),
      name: textSchema,
      purpose: textSchema,
      address: httpsUrlSchema.nullable(),
      addressFrom: httpsUrlSchema.optional(),
      ...sourcedFields(today),
    })
    .superRefine((l, ctx) => {
      noteWhenUnverified(l, ctx);
      const { address, addressFrom } = l;
      if (l.status !== 'verified' || address === null) return;
      const traced = l.sources.some((s) => addressHost(s.url) === addressHost(address))
        || (addressFrom !== undefined && l.sources.some((s) => s.url === addressFrom));
      if (!traced) {
        ctx.addIssue({ code: 'custom', path: ['address'], message: `${address} is traced to no cited source` });
      }
    });
  return z.array(link).min(1);
}

/** Validates the organisations that can accompany the victim. */
export function accompanyingOrganisationsSchema(today: string) {
  const ids = organisations.map((o) => o.id) as [OrganisationId, ...OrganisationId[]];
  return z.array(
    z
      .strictObject({
        organisation: z.enum(ids),
        support: z.enum(['accompany', 'investigation-support']),
        basis: textSchema,
        basisStep: z.string().regex(/^[a-z]+(-[a-z]+)*-\d+$/u).optional(),
        ...sourcedFields(today),
      })
      .superRefine(noteWhenUnverified),
  );
}
