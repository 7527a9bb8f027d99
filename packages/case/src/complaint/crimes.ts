/**
 * The crimes a complaint may name, as data with where each provision was read. Articles the
 * letters already cite come from letters/legal-basis.ts (law, heading, source, check date), so one
 * reading serves both. The rest were read in full in the same legalize-kr files on the day below.
 * A crime is offered only if it is verified. See docs/decisions/0011-complaint-draft.md.
 */
import { DomainError } from '../errors/domain-error.js';
import type { Bilingual, LegalArticle, LegalArticleId } from '../letters/legal-basis.js';
import { LEGAL_ARTICLES } from '../letters/legal-basis.js';

export const CRIME_IDS = [
  'illegal-filming',
  'distribution',
  'possession-viewing',
  'manipulated-images',
  'threat',
  'coercion',
  'network-distribution',
  'network-fear-messages',
] as const;
export type CrimeId = (typeof CRIME_IDS)[number];

export interface Crime {
  readonly id: CrimeId;
  /** The letters' entry for the article, where it is already there. */
  readonly basis: LegalArticleId | null;
  readonly law: Bilingual;
  /** Article, paragraph and item, as a complaint cites them. */
  readonly provision: Bilingual;
  readonly title: Bilingual;
  /** What the provision makes a crime, for the person choosing. */
  readonly summary: Bilingual;
  readonly source: string;
  readonly official: string;
  readonly checkedOn: string;
  readonly verified: boolean;
}

function article(id: LegalArticleId): LegalArticle {
  const found = LEGAL_ARTICLES.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown article ${id}`);
  return found;
}

type Own = Pick<Crime, 'id' | 'provision' | 'summary'>;

/** A crime under an article already read for the letters. */
const under = (basis: LegalArticleId, own: Own): Crime => {
  const a = article(basis);
  return { ...own, basis, law: a.law, title: a.title, source: a.source, official: a.official, checkedOn: a.checkedOn, verified: a.verified };
};

/** A crime under the Network Act's penalty article 74, read in the same file as its Article 44-7. */
const networkAct74 = (own: Own): Crime => {
  const a = article('network-act-44-7');
  return { ...own, basis: null, law: a.law, title: { ko: '벌칙', en: 'Penal Provisions' }, source: a.source, official: a.official, checkedOn: '2026-11-28', verified: true };
};

export const CRIMES: readonly Crime[] = [
  under('sexual-crimes-act-14', {
    id: 'illegal-filming',
    provision: { ko: '제14조제1항', en: 'Article 14(1)' },
    summary: {
      ko: '성적 욕망 또는 수치심을 유발할 수 있는 사람의 신체를 촬영대상자의 의사에 반하여 촬영한 경우',
      en: "Filming a person's body in a way that can cause sexual desire or shame, against the person's will",
    },
  }),
  under('sexual-crimes-act-14', {
    id: 'distribution',
    provision: { ko: '제14조제2항', en: 'Article 14(2)' },
    summary: {
      ko: '그 촬영물이나 복제물을 반포·판매·임대·제공하거나 공공연하게 전시·상영한 경우. 촬영 당시에는 동의했더라도(자신이 직접 촬영한 경우 포함) 나중에 의사에 반하여 반포등을 한 경우도 같습니다.',
      en: 'Distributing, selling, renting out, providing or openly showing such footage or copies of it, including footage made with consent (or by the person themselves) and later shared against their will',
    },
  }),
  under('sexual-crimes-act-14', {
    id: 'possession-viewing',
    provision: { ko: '제14조제4항', en: 'Article 14(4)' },
    summary: {
      ko: '제1항 또는 제2항의 촬영물이나 복제물을 소지·구입·저장하거나 시청한 경우',
      en: 'Possessing, buying, storing or watching footage or copies covered by paragraph 1 or 2',
    },
  }),
  under('sexual-crimes-act-14-2', {
    id: 'manipulated-images',
    provision: { ko: '제14조의2제1항·제2항', en: 'Article 14-2(1) and (2)' },
    summary: {
      ko: '사람의 얼굴·신체·음성을 대상으로 한 영상물 등을 대상자의 의사에 반하여 성적 욕망 또는 수치심을 유발할 수 있는 형태로 편집·합성·가공하거나, 그 편집물이나 복제물을 반포등을 한 경우',
      en: "Editing, synthesising or altering footage or audio of a person's face, body or voice into a form that can cause sexual desire or shame against their will, or distributing the result or copies of it",
    },
  }),
  under('sexual-crimes-act-14-3', {
    id: 'threat',
    provision: { ko: '제14조의3제1항', en: 'Article 14-3(1)' },
    summary: {
      ko: '성적 욕망 또는 수치심을 유발할 수 있는 촬영물·편집물이나 그 복제물을 이용하여 사람을 협박한 경우',
      en: 'Threatening a person with footage or edited material that can cause sexual desire or shame, or with copies of it',
    },
  }),
  under('sexual-crimes-act-14-3', {
    id: 'coercion',
    provision: { ko: '제14조의3제2항', en: 'Article 14-3(2)' },
    summary: {
      ko: '그런 협박으로 사람의 권리행사를 방해하거나 의무 없는 일을 하게 한 경우',
      en: 'Using such a threat to stop a person exercising a right or to make them do something they had no duty to do',
    },
  }),
  networkAct74({
    id: 'network-distribution',
    provision: { ko: '제74조제1항제2호, 제44조의7제1항제1호', en: 'Article 74(1)2, with Article 44-7(1)1' },
    summary: {
      ko: '정보통신망을 통하여, 법률이 "음란한 부호ㆍ문언ㆍ음향ㆍ화상 또는 영상"이라고 부르는 정보를 배포·판매·임대하거나 공공연하게 전시한 경우',
      en: 'Distributing, selling, renting out or openly displaying on a network what the law calls "obscene" codes, words, sounds, images or video',
    },
  }),
  networkAct74({
    id: 'network-fear-messages',
    provision: { ko: '제74조제1항제3호, 제44조의7제1항제3호', en: 'Article 74(1)3, with Article 44-7(1)3' },
    summary: {
      ko: '공포심이나 불안감을 유발하는 부호ㆍ문언ㆍ음향ㆍ화상 또는 영상을 정보통신망을 통하여 반복적으로 상대방에게 도달하게 한 경우',
      en: 'Repeatedly sending a person, over a network, words, sounds, images or video that cause fear or anxiety',
    },
  }),
];

/** The chosen crimes that are verified, once each, in the order above. */
export function crimesFor(ids: readonly CrimeId[], crimes: readonly Crime[] = CRIMES): Crime[] {
  for (const id of ids) if (!CRIME_IDS.includes(id)) throw new DomainError('complaint_input_invalid', 'Unknown crime');
  return crimes.filter((c) => ids.includes(c.id) && c.verified);
}
