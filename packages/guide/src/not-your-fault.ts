import type { NotYourFault } from './types.js';

/** Shown beside the directory, and wherever someone may be blaming themselves. */
export const notYourFault: NotYourFault = {
  title: { ko: '당신의 잘못이 아니에요', en: 'It is not your fault' },
  body: {
    ko:
      '성범죄 피해는 결코 피해자의 잘못이 아니에요. 그 일로 마음이 많이 힘들다면 도움을 주는 기관에 연락해 상담을 받아 보세요. ' +
      '몸과 마음을 돌보고 건강한 일상을 되찾을 수 있도록 곁에서 도와줄 거예요.',
    en:
      'What happened is never the victim’s fault. If it has left you shaken or hurting, please reach out to one of the organisations that help. ' +
      'They can support you as you look after yourself and get back to a healthy everyday life.',
  },
  seed: 'Victims of sex crimes are never at fault. However, if you have been mentally shocked by such an incident, please consult with the following organizations to receive treatment to maintain and restore a healthy life.',
};
