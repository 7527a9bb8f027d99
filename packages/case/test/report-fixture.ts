/**
 * A made-up case for the report's tests, the browser harness and the benchmark: every item kind,
 * decomposed (NFD) Korean, emoji and right-to-left text, a 3,000-character URL, a zero-byte file,
 * and enough exhibits for the index to take more than one page. No real person or site.
 */
import type { EvidenceItem, EvidenceManifest } from '@jikim/evidence';

type Manifest = Omit<EvidenceManifest, 'report'>;

const decode = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** A 160×120 JPEG and a 90×120 PNG of abstract shapes. */
export const FIXTURE_JPEG = decode(
  '/9j/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBD' +
  'AQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAB4AKAD' +
  'ASIAAhEBAxEB/8QAGwABAQEAAwEBAAAAAAAAAAAAAQAGBAUHAgP/xAAyEAACAgECAQkHBAMAAAAAAAAAAQIRAwQFVBIVMTJBUWGi' +
  '0RYhYnGRo8EGE0KhFCJS/8QAGAEAAwEBAAAAAAAAAAAAAAAAAQIEAwD/xAAgEQEAAwACAQUBAAAAAAAAAAAAAQIRA0ESBBMhMVEU' +
  '/9oADAMBAAIRAxEAPwDsKGhoaL0iSGioaF0VQ0VH1QNEUNDQ0LoihSFIUhdEJH1RJCkDRSQ0VDQuiqGioaBoqhSFIUhRCR9UVCkL' +
  'ouro+qKhSLdTpIaKjh7luWPb8Nv/AGyy6sPy/AUXLnOGOLnklGMV0uTpHCyb3t+N1+/yn8MWzMarWZ9Zk5efI5dy7F8kfgN4hrX4' +
  '9727I6/f5L+KLRz8c4ZIKeOcZxfQ4u0YE/fS63UaLJy8GRx712P5oE0/B8m6oUjhbXueLcsLaXIyx68PyvA59GU/B4VDRUNC6Koa' +
  'KhSF0UkKRJH1QNEJDQ0KQuiEhoaGhdM6uhoaGi3Uz5nOOPHLJN1GKbb8DFazVT1mqnnn/J+5dy7EajfJvHtOaumVR+rMgNUJREQw' +
  'IiI5zkaLVz0Wrhnh/F+9d67UbvHOOXHHJB3GaTT70zzw2uwZHl2bBfTG4/Rsy5I+NPT8djQ0KQpGDVJCkSQ0LoqhSJIaF0VQ0VDQ' +
  'NFUNDQpC6Lq6FIUhos1O67fMbybRmrpjUvozHnoE8ccuOWOSuMk014GG1uknotXPBNdV+5967GaUnotofgREOVERHORt/wBP4nj2' +
  'bBfTK5fVujIaDR5NfrMenxrrP3v/AJXaz0DFjjixxxwVRgkku5Ix5Z+MaUjspHC5627iPJL0OfRhCLkvNcxZw8UX3Wt5727iPJL0' +
  'LnvbeJ8kvQyRGPvWUfz0a7nzbeJ8kvQefNt4nyS9DIEd7tnfz1bDn3bOJ8kvQ7Gjz49CSGrebfbHl44pmJIaGhSG1k6uhSFIaLNT' +
  'qjg7ptWLcsNN8jLHqT/D8Dn0NA3BzWB1eh1GhycjPjce59j+TOOeizxwywcMkIzi+mMlaZwcn6f2zK7en5L+GTX9Gkcsdkmn4xBy' +
  'NHodTrsqx6fE5d8uyPzZr8X6e2zG7/xuU/ik3/R2OPFDFBQxwjCK6FFUkdPNHQxx/rhbTtOLbMNJ8vLPrz/C8DsKGhSJ5mZnZaxG' +
  'BIwZvqMCTc3Sz03aIiMFaIiOcj0Sjzs9Go0p2m5+gkNDQ0Pqd1dDQ0NFmpxQ0KQpAEJH0kSQ0LoqhSJIaF0VQ0VDQNFUYA9Bo8+M' +
  'OXpX6ftERGKpERHOR6PR5wekUPVPz9KhokhobU7rKFIkj6SLE4SPqioUhdFUKRUNA0VQ0VDQuiqGiSFIGikjHcwbpwv3I+ps0hSM' +
  '7REtaXmn0xfs/unC/cj6j7P7pwv3I+ptKGhPCGnvWYr2f3ThfuR9S9nt14X7kfU21DQPGB96zEez268L9yPqbhIqGjswtrzb7VDR' +
  'UfVHaV1aQ0RFiYpDREATQ0RCi+qFIiFkTQpEQDFIaIhXGhoiAY0NEQovqhoiFE0NEQJF/9k=',
);
export const FIXTURE_PNG = decode(
  'iVBORw0KGgoAAAANSUhEUgAAAFoAAAB4CAMAAABFEhUNAAAC31BMVEU+VXOws6+xs6+nrrGrsLCpr7CytK+KWkSvsq+tsbCkrLG2' +
  'tq6mrbGssbCztK+lrbGqr7C0ta64t66orrGusq+gqrKjrLG1ta6eqbKiq7K6uK28ua2ssLC7ua29uq3KwavIwKvHv6vDvayMn7XB' +
  'vKyqsLDMwqqKnraap7OcqLOhq7LJwKubp7OZprO3tq65uK7Ow6qInba3t67Au6zGv6u+uq3EvqydqLKusbCVpLS1tq6OoLWNoLWf' +
  'qrKfqbKTo7SPobWYprO/u62or7CGnLbQxKqWpbShqrKzta+Ln7bSxamEm7fLwarCvKzFvqvCvayXpbOQobWSorSJnrbNwqrPxKqH' +
  'nLbNw6qJnbbRxamFm7ejq7HTxqmDmrfFvqyusrC5t66Bmbewsq+UpLTUxqmCmreUo7SxtK+dqbLVx6mRorXPw6qHnbbLwqqLnram' +
  'rrG+u63Evay0ta+lrLHAvKy/u6zGvquRorSAmbiYpbOiq7GXpbS5uK1DWXeWpLSdqLOgiHmliniSo7SQorW7uK2eh3mqjXeiiXjW' +
  'x6mjiXjXyKibqLN/mLiojHeLn7XJwavLwatAV3SNn7WhiXlkV1t+mLjZyaiGnLfQxKmmi3jWyKhSZoCIk52KnbOFnLfRxKlabYZc' +
  'co11iZ9leI55jaTTxamBjpqDm7dYa4OchnmOmKB+jZxOY39FW3dhdIqorq/Ux6mElqyQoLNSaIR8kKZwhJxzhptgdY95ip6FkZxo' +
  'eIuao6h9j6NtfY9UaIGXpLGaprBufI2KlqJVaoRxhp9Ua4ZgcYWMmKSssK6WpLGcp7Gprq2XoauFlKRjdo9kWFx4aGZbcIuUorOX' +
  'gXdYbYmdpKirsK9fdIyJmauQmqRdboRse458jZ+NnrSMnrOEkp6Yo6uRnqyOna2Ck6aWnqNgcIWgqa+TnKJ0iKGeqbFdcImLlZ6F' +
  'ma9md4yhp6qjq6+El66BkqSkrLBNYn95i6BH5x3nAAAACXBIWXMAAAsTAAALEwEAmpwYAAAF4klEQVRo3rXYiV9UVRTA8TOoNCOC' +
  'gijKODPAEAooIKsihRKYIriQYBiYJVBEC5Xax2raS5xoQcOKJUGITEASzV0zNbe0fd/3bF//gM6bgbl3WO57Z+LeP+D7eZ/fvJm5' +
  '50BtbW119TV4SouLFyxYvjwzs+DG6dOvvGLy5JvnW61pabNmzZ695MEb7sh7ID29bNXMmXPnLl43Z9q0KVOmTo2MTEmZMOHSS8aN' +
  'uzxq4sTx40eOHD161Khhw8ZeNmLEmIuHg0suLX4B6aczCwr6yUvc5MVznPSjkfdy8lV9ZaSrHXSp86GfYw+N8kYm5znle+be1Ssr' +
  'D329k46Kcsi3O+WxTnkSuMlcjvmPczl4eV0/GR/6zp4ctyCN8hiUfUFS6OG+SMsJPcnXAJJC+xoMICm0wTADJIU2GAJBUmjD1UjL' +
  'CT0jUA+SQgfqkZYTWq+/FiSF1ut1ICm0Xoe0nNA6nRdICq3zctAyQuu8rgNJob28vEFSaC9vpOWE9vb2g4FDd+88tHXPnn2HPnrH' +
  'w9AK3T/0Fxf2dtRAz6npaPnsjAehvf3mQd/Qu5tt0OfYdpwnh/bz8wf30K27YMBz/DwxtN9tSHPyr2/DoKfpa1Loef5BwIU+YQPB' +
  'sbVTQvsj7Qrd2Awqp+Ws9tD+QanQm6PxNVA9245qDh2U6gO9cj1oOEfOag0d5OOktT2z47l/0hg6FWln6GbQeFo0hvbxiQFHjhOg' +
  '+bRrC+0TEw+K/KdNO237SlPomPgAUN7o94BwdmgKrdAYuhVI55SW0PEBSFutu2h0k5bQAQErwWrdDcTzsYbQAStjwbqxmUof0BA6' +
  'IPZusDbaqLTtD/XQsbHBkHYByKdBPXRsMNJ76fRh9dDBwSaY9Q+drlcPHfyQCT6vodM1Xaqhg00m2AkenIOqoU0mI7R6Qm9XDW0y' +
  'GmGrJ3SDamij0Qwve0K3qYb+H7RaaKPZ7GEQ1dBmc5KHH6NqaHNSkmcv3/uqoc1JldDtyVfmA9XQSZUZkNfhwRddPXRSxhrIe4Po' +
  'PnXRoGcTC52RkQDp/w4hzeVIQLrbNmT0eiavSVgN6WUfDh3NQiesDoeyVd8OIe0KnRAeDji+HR9iutIh5yr0XyT6TQHNQiu0MnP+' +
  'TKHfGpzewEKH5y4CZVD+hvCSdL4roFno3EVh4BjB9xF+9F4U05W9chg4R3DNX8lX9ULaFdpBO0bwV5q0ySdPC2kWOiwsGXp2HWeO' +
  'aBplXteL6PtZ6LBbk6F3I6Hlub9HWSeiKzl5Bbh2HUdbVDufVn6jRTSXI3khcLuOduE72Nng/I0W0Zy8Amlu13Fux+B/OSd/7/nL' +
  'EtFcjoWJ4L5FObZtYPiTH11/hg+LaCavRbrPUunUb/2ydB74jrt1iGgWem1iKPRfKv3w5af1bEFUf/iXLrdbh4hmoRORHnip9Pe5' +
  'Y/vb2vZvP9jV7x4tpF2hE0ORpi6VRDQLHRoaAtTtnSrtDB0agjRxezdPQD/LQjto4vbOX0Sz0CEh0UDd3olpV+iQaKSJ27ug+0S0' +
  'K3R0tAWo2zshzUJHP2GBFOL2LlVIu+RoiwVoofG2K6AfY6EtlhyghcZ7tIjm5CeRJoXGe7SQdoW25EQALbQKzULn3BQBtNB4+d8k' +
  'ojk5AmihcawQ0Sx0RMRSoIXGgUWVdoSOWLoMaKHVaJZDoUmhcTIU0bwcB7TQOL+tH5x+hIVeFhcHtNA4GYrp3tBxcRVAC40juIjm' +
  'csTlAy00jrNCmskVSJNC48wpolnoivwsoIXGmXODkGZyFtBC4wgupF2h87OeAVpok5hmobOyCoEWGmdOIc3JSJNC48wpopm8pTAb' +
  'aKGNbpMhf+vg32gMXZidDbTQRrfJkL918G+0kkOhSaHNbpMhf+vg32iHXAS00Ga3yZC/dfBv9BZFRlpO6OeLSkBS6CKkJYUuKkFa' +
  'TuiSknKQFLqkHGk5oV9CWlLo8vIqkBS6vKoOJIWuqrKDpNBVdUjLCV1nt4Ok0HakJYW22zeDpNB2++b/ADWOfnEugHdxAAAAAElF' +
  'TkSuQmCC',
);

export const FIXTURE_NOW = new Date('2026-11-28T12:00:00Z');
export const FIXTURE_CASE_REFERENCE = 'JK-261128-KMXR';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const LONG_URL = `https://board.example.net/view?id=48213&ref=${'a1b2c3d4e5'.repeat(296)}`;

/** A distinct, valid (made-up) SHA-256 per number. */
export function fakeSha256(n: number): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i += 1) hex += (Math.imul(n * 97 + i, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return hex.slice(0, 64);
}

const added = (at: string, summary = '보관함에 추가함'): EvidenceItem['history'] => [{ at, action: 'added', summary }];

const LONG_NOTE = Array.from({ length: 40 }, (_, i) =>
  `${i + 1}. 그날 있었던 일을 기억나는 대로 적습니다. 시간과 장소, 들은 말을 빠짐없이 적으려고 했습니다. ` +
  'I am writing down what happened as well as I remember it.').join('\n');

const HAND_MADE: readonly EvidenceItem[] = [
  {
    id: 'note-1', exhibitNumber: 8, kind: 'note', title: '경찰서에 가기 전에 정리한 메모',
    description: `마음이 힘들었지만 정리했습니다 😢❤️\nHebrew: שלום עולם\nArabic: مرحبا بالعالم\n\n${LONG_NOTE}`,
    addedAt: '2026-11-20T05:00:00Z', history: added('2026-11-20T05:00:00Z'),
  },
  {
    id: 'photo-1', exhibitNumber: 1, kind: 'file', title: '단체 대화방에 올라온 사진 캡처'.normalize('NFD'),
    description: '참여자 약 300명인 단체 대화방에 제 사진이 올라온 것을 캡처했습니다.\n처음 본 날은 10월 3일입니다.'.normalize('NFD'),
    occurredAt: '2026-10-03', addedAt: '2026-10-04T01:12:09Z',
    file: {
      path: 'files/001-대화방 캡처.jpg', sha256: fakeSha256(1), bytes: 1_482_331, mediaType: 'image/jpeg',
      originalName: 'Screenshot_20261004-101209.jpg', modifiedAt: '2026-10-04T01:12:09Z',
    },
    history: [...added('2026-10-04T01:12:09Z'), { at: '2026-10-05T03:00:00Z', action: 'described', summary: '설명을 덧붙임' }],
  },
  {
    id: 'empty-1', exhibitNumber: 2, kind: 'file', title: '내용이 없는 파일 (0바이트)', addedAt: '2026-10-04T01:15:00Z',
    file: { path: 'files/002-빈 파일.txt', sha256: EMPTY_SHA256, bytes: 0, mediaType: 'text/plain', originalName: '메모.txt' },
    history: added('2026-10-04T01:15:00Z'),
  },
  {
    id: 'web-1', exhibitNumber: 3, kind: 'web', title: '게시판에 올라온 게시물', occurredAt: '2026-10-05T22:14:00+09:00',
    addedAt: '2026-10-06T00:31:00Z',
    web: { url: LONG_URL, site: '예시 게시판', posterId: 'anon_4821', postedAt: '2026-10-05T22:14:00+09:00', seenAt: '2026-10-06T08:30:00+09:00' },
    file: { path: 'files/003-게시물 화면.png', sha256: fakeSha256(3), bytes: 734_002, mediaType: 'image/png', originalName: 'capture.png' },
    history: added('2026-10-06T00:31:00Z'),
  },
  {
    id: 'web-2', exhibitNumber: 4, kind: 'web', title: 'Video posted on a sharing site', addedAt: '2026-10-07T09:00:00Z',
    web: { url: 'https://video.example.com/v/9f3k2', site: 'video.example.com', posterId: '@uploader_77', postedAt: '2026-10-07' },
    history: added('2026-10-07T09:00:00Z', 'Added to the locker'),
  },
  {
    id: 'msg-1', exhibitNumber: 5, kind: 'message', title: '모르는 번호에서 온 문자', addedAt: '2026-10-08T15:00:00Z',
    message: { senderNumber: '010-1234-5678', text: '사진 지워 줄 테니 연락해. 안 하면 다른 데도 올린다.', sentAt: '2026-10-08T23:41:00+09:00' },
    file: { path: 'files/005-문자 화면.jpg', sha256: fakeSha256(5), bytes: 98_411, mediaType: 'image/jpeg', originalName: 'IMG_2231.jpg' },
    history: [...added('2026-10-08T15:00:00Z'), { at: '2026-10-09T01:00:00Z', action: 'corrected', summary: '보낸 시각을 바로잡음' }],
  },
  {
    id: 'msg-2', exhibitNumber: 6, kind: 'message', title: 'Message from an overseas number', addedAt: '2026-10-09T03:00:00Z',
    message: { senderNumber: '+82 10-9876-5432', text: 'Answer me or everyone will see it.', sentAt: '2026-10-09T02:03:11Z' },
    history: added('2026-10-09T03:00:00Z', 'Added to the locker'),
  },
  {
    id: 'clue-1', exhibitNumber: 7, kind: 'clue', title: '지하철 계단에서 촬영한 사람', occurredAt: '2026-09-29T18:20:00+09:00',
    addedAt: '2026-09-30T02:00:00Z',
    clue: { phoneModel: '검은색 케이스의 아이폰으로 보였습니다', appearance: '30대 남성, 키 175cm 정도, 회색 후드티', place: '지하철 2호선 강남역 계단', witnesses: '없음' },
    history: added('2026-09-30T02:00:00Z'),
  },
];

const MORE_KINDS = ['file', 'web', 'message'] as const;

/** Exhibit 9 is a video and 15 a call recording, with the durations the device measured. */
const MEDIA: Readonly<Record<number, Omit<NonNullable<EvidenceItem['file']>, 'sha256'>>> = {
  9: { path: 'files/009-영상.mp4', bytes: 8_388_608, mediaType: 'video/mp4', originalName: 'VID_20261019.mp4', durationSeconds: 83.4 },
  15: { path: 'files/015-통화 녹음.m4a', bytes: 412_160, mediaType: 'audio/mp4', originalName: '통화 녹음 010-5555-1015.m4a', durationSeconds: 3725.2 },
};

/** Exhibits 9 and up, in turn a photo, a web post and a message, each with a file (9 a video, 15 a recording). */
function moreItem(n: number): EvidenceItem {
  const kind = MORE_KINDS[n % 3] ?? 'file';
  const day = String(10 + (n % 18)).padStart(2, '0');
  const addedAt = `2026-10-${day}T0${n % 10}:00:00Z`;
  const long = n === 12 ? ' — 같은 사진이 여러 사이트에 다시 올라와 주소와 화면을 모두 모았습니다. '.repeat(6) : '';
  return {
    id: `item-${n}`, exhibitNumber: n, kind, title: `추가 증거 ${n}${long}`, occurredAt: `2026-10-${day}`, addedAt,
    ...(kind === 'web' ? { web: { url: `https://forum.example.org/t/${n}`, seenAt: addedAt } } : {}),
    ...(kind === 'message' ? { message: { senderNumber: `010-5555-${String(1000 + n)}`, text: `메시지 ${n}` } } : {}),
    file: MEDIA[n] ? { ...MEDIA[n], sha256: fakeSha256(n) } : {
      path: `files/${String(n).padStart(3, '0')}-evidence.jpg`, sha256: fakeSha256(n), bytes: 50_000 + n * 1_000,
      mediaType: 'image/jpeg', originalName: `IMG_${1000 + n}.jpg`,
    },
    history: added(addedAt),
  };
}

/** The made-up case with `exhibits` exhibits (at least the 8 hand-made ones), listed out of order. */
export function fixtureManifest(locale: 'ko' | 'en', exhibits = 20): Manifest {
  const more = Array.from({ length: Math.max(0, exhibits - HAND_MADE.length) }, (_, i) => moreItem(HAND_MADE.length + 1 + i));
  return {
    schema: 'jikim.evidence-bundle', version: 1, createdAt: FIXTURE_NOW.toISOString(), caseReference: FIXTURE_CASE_REFERENCE,
    locale, generator: { name: 'Jikim', version: '0.1.0' }, items: [...more.reverse(), ...HAND_MADE],
  };
}

/** A preview for every item whose file is a JPEG or PNG image. */
export function fixtureThumbnails(manifest: Manifest): Map<string, Uint8Array> {
  return new Map(manifest.items.flatMap((item) => {
    if (item.file?.mediaType === 'image/jpeg') return [[item.id, FIXTURE_JPEG] as const];
    if (item.file?.mediaType === 'image/png') return [[item.id, FIXTURE_PNG] as const];
    return [];
  }));
}
