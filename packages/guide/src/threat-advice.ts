/**
 * Advice for the threat view, beside the guide's three threat steps: what support bodies and
 * governments widely tell people threatened with their images. Each item names the pages that say
 * it; an item is `verified` only when an official or recognised support body says it.
 */
import * as z from 'zod';
import { scenarios } from './scenarios.js';
import type { ScenarioStep, ThreatAdviceItem, ThreatStepId } from './types.js';

const CHECKED = '2026-11-28';

/** The guide's three steps for threats to share images, in order (see scenarios.ts). */
export const THREAT_STEP_IDS: readonly ThreatStepId[] = ['threat-1', 'threat-2', 'threat-3'];

/** The guide's threat step with this id; throws if scenarios.ts no longer has it. */
export function threatStep(id: ThreatStepId): ScenarioStep {
  const step = scenarios.find((s) => s.id === 'threat')?.steps.find((st) => st.id === id);
  if (!step) throw new Error(`The guide has no threat step ${id}`);
  return step;
}

const src = {
  gwff: {
    url: 'https://gwff.kr/031cut/sub04/sub04_03.html',
    title: '이 경우 어떻게 할까요? (자주 묻는 질문)',
    publisher: { ko: '경기도디지털성범죄피해자원스톱지원센터', en: 'Gyeonggi Digital Sex Crime Victim One-Stop Support Center' },
  },
  esafetySextortion: {
    url: 'https://www.esafety.gov.au/key-issues/image-based-abuse/take-action/deal-with-sextortion',
    title: 'Deal with sextortion',
    publisher: { ko: 'eSafety(호주 온라인안전위원회)', en: 'eSafety Commissioner (Australian Government)' },
  },
  esafetyUnwantedContact: {
    url: 'https://esafety.gov.au/esafety-information/esafety-issues/unwanted-contact',
    title: 'Unwanted contact',
    publisher: { ko: 'eSafety(호주 온라인안전위원회)', en: 'eSafety Commissioner (Australian Government)' },
  },
  scamwatch: {
    url: 'https://www.scamwatch.gov.au/types-of-scams/threat-scams',
    title: 'Threat scams',
    publisher: { ko: 'Scamwatch(호주 정부의 사기 피해 예방 누리집)', en: 'Scamwatch (Australian Government)' },
  },
  reportHarmfulContent: {
    url: 'https://reportharmfulcontent.com/cygnor/cynnwys-niweidiol-arall/blacmelio-rhywiol/?lang=cy',
    title: 'Sextortion',
    publisher: { ko: 'Report Harmful Content(영국 유해 콘텐츠 신고 센터)', en: 'Report Harmful Content (UK)' },
  },
  jtbc: {
    url: 'https://news.v.daum.net/v/20200326214617024',
    title: '"영상 뿌리겠다" 협박당했을 땐 이렇게..대처방안 Q&A (2020-03-26)',
    publisher: { ko: 'JTBC(다음 뉴스 게재)', en: 'JTBC (via Daum News)' },
  },
  hani: {
    url: 'https://m.hani.co.kr/arti/society/society_general/809840.html',
    title: '몰카, 디지털성범죄다 – 1부 피해자 편',
    publisher: { ko: '한겨레', en: 'The Hankyoreh' },
  },
} as const;

export const threatAdvice: readonly ThreatAdviceItem[] = [
  {
    id: 'do-not-pay',
    title: { ko: '돈을 보내거나 요구를 들어주지 마세요', en: 'Don’t pay or give in to demands' },
    body: {
      ko: '돈이나 사진·영상을 더 보내도 협박이 멈추지 않는 경우가 대부분이고, 더 큰 요구로 이어지기 쉬워요. 상대와 협상하지 말고, 만나자는 요구에도 응하지 마세요. 혼자 감당하지 않아도 돼요.',
      en: 'Sending money or more images rarely ends the threats; it usually leads to bigger demands. Don’t negotiate, and don’t agree to meet them. You don’t have to handle this alone.',
    },
    sources: [src.gwff, src.esafetySextortion, src.scamwatch, src.reportHarmfulContent],
    checkedOn: CHECKED,
    status: 'verified',
  },
  {
    id: 'save-before-blocking',
    title: { ko: '지우거나 차단하기 전에 먼저 저장하세요', en: 'Save the messages before you delete or block anything' },
    body: {
      ko: '협박 문자나 메시지는 지우지 말고 먼저 화면을 캡처해 두세요. 보낸 사람의 전화번호나 아이디, 받은 날짜와 시간이 함께 보이게 찍어 두면 좋아요. 상대를 차단하거나 신고하는 건 저장한 다음에 해도 늦지 않아요.',
      en: 'Don’t delete threatening texts or messages. Screenshot them first, so the sender’s number or ID and the date and time show. Blocking or reporting the account can wait until you’ve saved them.',
    },
    sources: [src.esafetyUnwantedContact, src.reportHarmfulContent, src.jtbc],
    checkedOn: CHECKED,
    status: 'verified',
  },
  {
    id: 'keep-evidence',
    title: { ko: '대화와 통화 녹음을 증거로 남겨 두세요', en: 'Keep the conversation and call recordings as evidence' },
    body: {
      ko: '협박한 메시지만이 아니라 대화 전체를 남겨 두세요. 대화를 지우거나 대화방을 나가지 말고, 메신저에 대화 내보내기 기능이 있다면 파일로도 저장해 두세요. 통화는 녹음해 두고, 상대의 계정 아이디와 프로필도 캡처해 두면 도움이 돼요.',
      en: 'Keep the whole conversation, not just the threats. Don’t delete it or leave the chat, and if the app can export a chat, save that file too. Record calls, and screenshot the account ID and profile.',
    },
    sources: [src.gwff, src.reportHarmfulContent, src.jtbc],
    checkedOn: CHECKED,
    status: 'verified',
    note: {
      ko: '통화 녹음을 남기라는 내용은 이 안내서의 원문(법제처·서울시여성가족재단 자료)과 JTBC 보도에 있어요. 대화 내보내기는 JTBC 보도에만 있어요.',
      en: 'Keeping call recordings comes from this guide’s own sources (Ministry of Government Legislation, Seoul Foundation of Women & Family) and the JTBC report; exporting the chat comes from the JTBC report only.',
    },
  },
  {
    id: 'report-and-get-support',
    title: { ko: '신고하고 도움을 받으세요', en: 'Report it and get support' },
    body: {
      ko: '지금 위험하다면 바로 112에 전화하세요. 말하기 어려우면 문자로도 신고할 수 있어요. 급하지 않다면 모은 증거를 가지고 경찰에 신고하면 돼요. 증거가 많지 않아도 신고할 수 있어요. 디지털성범죄피해자지원센터에서 상담과 삭제 지원을, 여성긴급전화 1366에서 24시간 상담을 받을 수 있고, 믿을 수 있는 사람에게 털어놓는 것도 도움이 돼요.',
      en: 'If you are in danger now, call 112; if you can’t speak, you can text 112. Otherwise, take what you’ve saved to the police. You can report even without much evidence. The Digital Sex Crime Victim Support Center offers counselling and help with removal, the 1366 line offers counselling around the clock, and telling someone you trust can help too.',
    },
    sources: [src.gwff, src.esafetySextortion, src.reportHarmfulContent, src.hani],
    checkedOn: CHECKED,
    status: 'verified',
    note: {
      ko: '112 문자 신고와 1366 운영 시간은 이 안내서의 연락처 자료(organisations.ts)에서 가져왔어요. 증거가 없어도 신고할 수 있다는 말은 한겨레 보도에 실린 경찰청 관계자의 말이에요.',
      en: 'Texting 112 and the 1366 hours come from this guide’s contact data (organisations.ts). That you can report without evidence is a police official quoted by the Hankyoreh.',
    },
  },
];

const nonEmpty = z.string().trim().min(1);
const BANNED = /porn|포르노|음란물|야동/iu;

/** A `Text` of ours: both languages written, and never calling the images "porn". */
export const textSchema = z.strictObject({
  ko: nonEmpty.refine((s) => !BANNED.test(s), 'do not call the images porn'),
  en: nonEmpty.refine((s) => !BANNED.test(s), 'do not call the images porn'),
});
export const httpsUrlSchema = z.url({ protocol: /^https$/u });

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** The fields every sourced item shares; `today` (YYYY-MM-DD) bounds `checkedOn`. */
export function sourcedFields(today: string) {
  return {
    sources: z
      .array(z.strictObject({ url: httpsUrlSchema, title: nonEmpty, publisher: textSchema }))
      .min(1, 'at least one source'),
    checkedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, 'checkedOn is YYYY-MM-DD')
      .refine(isRealDate, 'checkedOn is not a real date')
      .refine((d) => d <= today, 'checkedOn is in the future'),
    status: z.enum(['verified', 'unverified']),
    note: textSchema.optional(),
  };
}

/** An unverified item must say what is uncertain. */
export function noteWhenUnverified(item: { status: string; note?: unknown }, ctx: z.RefinementCtx): void {
  if (item.status === 'unverified' && item.note === undefined) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'say what is unverified' });
  }
}

/** Validates the advice list: each item, and ids unique. */
export function threatAdviceSchema(today: string) {
  const item = z
    .strictObject({
      id: z.enum(['do-not-pay', 'save-before-blocking', 'keep-evidence', 'report-and-get-support']),
      title: textSchema,
      body: textSchema,
      ...sourcedFields(today),
    })
    .superRefine(noteWhenUnverified);
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${a.id}` });
      seen.add(a.id);
    });
  });
}
