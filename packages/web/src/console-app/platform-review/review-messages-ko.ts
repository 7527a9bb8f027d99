/** The review page and platform feedback, in Korean. */
import type { ReviewMessages } from './review-messages.js';

export const reviewKo: ReviewMessages = {
  title: '검토',
  intro: '피해자가 스스로 보낸 해시를 플랫폼 3곳이 오탐(잘못 걸림)이라고 알려 오면 “격리”되어, 여기서 검토할 때까지 맞춰 보지 않아요. 확인된 해시 목록의 해시는 자동으로 격리되지 않아요.',
  loading: '검토할 목록을 불러오는 중이에요…',
  failed: (requestId) => `목록을 불러오지 못했어요. 다시 해 주세요.${requestId ? ` (요청 ${requestId})` : ''}`,
  forbidden: '관리자만 볼 수 있어요.',
  empty: '지금 검토할 콘텐츠가 없어요.',
  content: (id) => `콘텐츠 ${id}번`,
  bank: '목록',
  banks: { JIKIM_CONFIRMED: '확인된 해시 목록', JIKIM_UNREVIEWED: '스스로 보낸 해시 목록(검토 전)' },
  added: '들어온 때',
  quarantinedAt: '격리된 때',
  feedbackTitle: '플랫폼 의견',
  feedback: { blocked: '차단', not_blocked: '차단 안 함', pending_review: '검토 중', false_positive: '오탐' },
  release: '다시 쓰기',
  remove: '지우기',
  releaseConfirm: (id) => `콘텐츠 ${id}번을 다시 맞춰 보게 할까요? 플랫폼들이 이 해시로 다시 막을 수 있어요.`,
  removeConfirm: (id) => `콘텐츠 ${id}번을 목록에서 지울까요? 모든 플랫폼의 맞춰 보기에서 빠지고, 되돌릴 수 없어요.`,
  confirm: '네, 그렇게 할게요',
  cancel: '취소',
  released: (id) => `콘텐츠 ${id}번을 다시 맞춰 보게 했어요.`,
  removed: (id) => `콘텐츠 ${id}번을 목록에서 지웠어요.`,
  gone: (id) => `콘텐츠 ${id}번은 이미 검토되어 목록에 없어요.`,
  more: '더 보기',
  shown: (n) => `${n}개 보는 중`,
};
