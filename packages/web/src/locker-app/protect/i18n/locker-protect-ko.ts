import type { LockerProtectMessages } from './locker-protect-messages.js';

const counts = (photos: number, videos: number) =>
  [photos > 0 ? `사진 ${photos}장` : '', videos > 0 ? `영상 ${videos}개` : ''].filter(Boolean).join(', ');

export const lockerProtectKo: LockerProtectMessages = {
  title: '내 사진·영상 지키기',
  lead: '보관함에 있는 사진과 영상의 ‘지문’을 이 기기에서 만들어 보내요. 사진과 영상 파일은 이 기기를 떠나지 않아요. 함께하는 플랫폼이 같거나 비슷한 사본이 올라오는 것을 막을 수 있어요.',
  legend: '지킬 사진과 영상',
  empty: '보관함에 아직 사진이나 영상이 없어요. ‘증거 추가’에서 먼저 보관해 주세요.',
  none: '아직 고르지 않았어요.',
  chosen: (n) => `${n}개 골랐어요.`,
  photo: '사진',
  video: '영상',
  make: '지문 만들기',
  nothingChosen: '지킬 사진이나 영상을 하나 이상 골라 주세요.',
  opening: '보관함에서 여는 중이에요. 이 기기 안에서만 열어요.',
  openFailed: '보관함에서 열지 못한 것이 있어요. 다시 해 주세요.',
  unsupported: '이 브라우저에서는 지문을 만들 수 없어요. 최신 크롬, 사파리, 파이어폭스, 삼성 인터넷에서 열어 주세요.',
  hashingTitle: '지문 만들기',
  hashingLead: '이 기기에서만 만들어요. 아직 아무것도 보내지 않았어요.',
  startOver: '다시 고르기',
  sentOn: (date) => `지문을 보냈어요 · ${date}`,
  keep: '이 번호와 PIN을 보관함에 함께 보관하기',
  keepHint: '보관함은 내 비밀문구로 잠겨 있어요. 보관해 두면 나중에 이 보관함에서 바로 상태를 보거나 거둘 수 있어요.',
  kept: '번호와 PIN을 보관함에 보관했어요.',
  notKept: '번호와 PIN을 보관함에 두지 않았어요. 꼭 따로 적어 두세요.',
  keepFailed: '보관함에 보관하지 못했어요. 꼭 따로 적어 두세요.',
  done: '다 했어요',
  keptTitle: '보낸 지문 확인하거나 거두기',
  keptLead: '보관함에 보관한 번호로 상태를 보거나, 더는 막지 않도록 거둘 수 있어요.',
  keptEntry: (date, photos, videos) => `${date}에 보냈어요 · ${counts(photos, videos)}`,
  withdrawnOn: (date) => `${date}에 거두었어요`,
  noCode: '번호와 PIN을 보관함에 두지 않았어요. 적어 둔 번호가 있으면 ‘내 사진·영상 지키기’ 페이지에서 확인할 수 있어요.',
  checkOrWithdraw: '확인하거나 거두기',
  checking: '확인하는 중이에요.',
  forget: '보관함에서 번호 지우기',
  forgotten: '보관함에서 번호와 PIN을 지웠어요.',
};
