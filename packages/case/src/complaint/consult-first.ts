/**
 * What the person reads before anything else, as the guide says: talk to the police or a support
 * organisation before filing. A note to the person, never part of the complaint. Names, numbers
 * and hours come from the guide's organisations, so they stay the same everywhere.
 */
import { organisationById } from '@jikim/guide';
import type { ComplaintLocale } from './complaint-text.js';

export function consultFirstNotice(locale: ComplaintLocale): string {
  const centre = organisationById('digital-sex-crime-support');
  const hotline = organisationById('women-1366');
  const phone = centre.phones[0]?.display ?? '';
  const hours = hotline.hours?.[locale];
  if (locale === 'ko') {
    return [
      '고소장을 내기 전에 경찰이나 지원 기관과 먼저 상담하세요.',
      `${centre.name.ko}(${phone})나 ${hotline.name.ko}${hours ? `(${hours})` : ''}에서 고소 절차를 안내받고, 법률 지원이나 경찰서 동행을 연결받을 수 있어요.`,
      '이 초안은 참고용이며 법률 자문이 아니에요. 내용을 확인하고 고친 뒤, 한국어 고소장을 제출하세요.',
    ].join(' ');
  }
  return [
    'Before you file, talk to the police or a support organisation first.',
    `The ${centre.name.en} (${phone}) or the ${hotline.name.en} (${hotline.phones[0]?.display ?? ''}${hours ? `, ${hours}` : ''}) can explain the process and connect you with legal help or someone to go to the police with you.`,
    'This draft is for reference and is not legal advice. Check and correct it, then file the Korean version.',
  ].join(' ');
}
