/** The auditor page's words, in Korean and English. */
export interface AuditMessages {
  readonly title: string;
  readonly lead: string;
  readonly filters: string;
  readonly from: string;
  readonly to: string;
  readonly datesHint: string;
  readonly actorKind: string;
  readonly anyActorKind: string;
  readonly actorKinds: Readonly<Record<'staff' | 'victim' | 'platform' | 'cli' | 'system', string>>;
  readonly actor: string;
  readonly actorHint: string;
  readonly action: string;
  readonly actionHint: string;
  readonly caseId: string;
  readonly apply: string;
  readonly clear: string;
  readonly downloadCsv: string;
  readonly csvHint: string;
  readonly loading: string;
  readonly empty: string;
  readonly older: string;
  readonly shown: (n: number) => string;
  readonly columns: { readonly seq: string; readonly at: string; readonly actor: string; readonly action: string; readonly caseId: string; readonly subject: string; readonly reason: string; readonly detail: string };
  readonly session: string;
  readonly integrity: string;
  readonly verify: string;
  readonly verifying: string;
  readonly verified: (rows: number, anchors: number) => string;
  readonly noAnchorFile: string;
  readonly tampered: (seq: number) => string;
  readonly anchorNow: string;
  readonly anchored: (seq: number) => string;
  readonly errors: { readonly unauthorized: string; readonly forbidden: string; readonly validation: string; readonly other: (requestId: string) => string; readonly network: string };
  readonly timeZone: string;
}

export const ko: AuditMessages = {
  title: '감사 기록',
  lead: '직원이 사례 자료를 열람하거나 바꾼 일, 관리자 작업, 피해자의 철회가 모두 여기에 기록됩니다. 기록은 고칠 수 없고, 각 행이 앞 행의 해시를 담고 있어 바뀌거나 빠진 행이 있으면 드러납니다. 이 화면을 보는 일도 기록됩니다.',
  filters: '찾기',
  from: '시작일',
  to: '종료일',
  datesHint: '한국 시간 기준, 종료일 포함',
  actorKind: '행위자 종류',
  anyActorKind: '모두',
  actorKinds: { staff: '직원', victim: '피해자', platform: '플랫폼', cli: '서버 명령', system: '시스템' },
  actor: '행위자 ID',
  actorHint: '직원 ID 또는 플랫폼 키 ID',
  action: '작업',
  actionHint: '예: case.read, 또는 case. 로 시작하는 모든 작업',
  caseId: '사례 ID',
  apply: '찾기',
  clear: '조건 지우기',
  downloadCsv: 'CSV로 내려받기',
  csvHint: '지금 조건에 맞는 모든 행(오래된 순). 엑셀에서 한글이 깨지지 않게 저장되며, 수식으로 실행될 수 있는 칸은 앞에 작은따옴표(\')를 붙였습니다.',
  loading: '불러오는 중…',
  empty: '조건에 맞는 기록이 없습니다.',
  older: '이전 기록 더 보기',
  shown: (n) => `${n}건 표시`,
  columns: { seq: '번호', at: '시각', actor: '행위자', action: '작업', caseId: '사례', subject: '대상 직원', reason: '사유', detail: '세부' },
  session: '세션',
  integrity: '기록 무결성',
  verify: '전체 기록 검증',
  verifying: '검증하는 중…',
  verified: (rows, anchors) => `이상 없음: ${rows}개 행의 해시 사슬과 외부 앵커 ${anchors}개가 모두 맞습니다.`,
  noAnchorFile: '앵커 파일이 없습니다. 끝부분이 잘려 나간 행은 앵커 없이 알아낼 수 없습니다.',
  tampered: (seq) => `변조 발견: ${seq}번 행부터 기록이 맞지 않습니다.`,
  anchorNow: '지금 앵커 남기기',
  anchored: (seq) => `${seq}번 행까지를 데이터베이스 밖에 앵커로 남겼습니다.`,
  errors: {
    unauthorized: '로그인이 끝났습니다. 다시 로그인해 주세요.',
    forbidden: '감사 담당자만 감사 기록을 볼 수 있습니다.',
    validation: '찾기 조건을 확인해 주세요.',
    other: (id) => `기록을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요. (요청 번호 ${id})`,
    network: '서버에 연결하지 못했습니다. 연결을 확인하고 다시 시도해 주세요.',
  },
  timeZone: '한국 시간',
};

export const en: AuditMessages = {
  title: 'Audit log',
  lead: 'Every staff read or change of case data, every admin action and every victim withdrawal is recorded here. Rows cannot be edited, and each holds the hash of the one before, so a changed or missing row shows. Viewing this page is recorded too.',
  filters: 'Search',
  from: 'From',
  to: 'To',
  datesHint: 'Korea time, both days included',
  actorKind: 'Actor kind',
  anyActorKind: 'Any',
  actorKinds: { staff: 'Staff', victim: 'Victim', platform: 'Platform', cli: 'Server command', system: 'System' },
  actor: 'Actor id',
  actorHint: 'A staff id or a platform key id',
  action: 'Action',
  actionHint: 'e.g. case.read, or case. for every action starting so',
  caseId: 'Case id',
  apply: 'Search',
  clear: 'Clear',
  downloadCsv: 'Download as CSV',
  csvHint: 'Every row matching these filters, oldest first. Saved so Excel shows Korean correctly; cells that could run as a formula start with an apostrophe (\').',
  loading: 'Loading…',
  empty: 'No rows match.',
  older: 'Show older rows',
  shown: (n) => `${n} shown`,
  columns: { seq: 'No.', at: 'Time', actor: 'Actor', action: 'Action', caseId: 'Case', subject: 'Staff acted on', reason: 'Reason', detail: 'Detail' },
  session: 'session',
  integrity: 'Integrity',
  verify: 'Verify the whole log',
  verifying: 'Verifying…',
  verified: (rows, anchors) => `Intact: the hash chain of ${rows} rows and ${anchors} anchors outside the database all match.`,
  noAnchorFile: 'There is no anchor file: rows cut off the end cannot be detected without anchors.',
  tampered: (seq) => `Tampering found: the log does not match from row ${seq}.`,
  anchorNow: 'Anchor now',
  anchored: (seq) => `Anchored outside the database up to row ${seq}.`,
  errors: {
    unauthorized: 'Your session has ended. Please sign in again.',
    forbidden: 'Only auditors can read the audit log.',
    validation: 'Please check the search fields.',
    other: (id) => `The log could not be loaded. Please try again shortly. (Request ${id})`,
    network: 'Could not reach the server. Check the connection and try again.',
  },
  timeZone: 'Korea time',
};

export const auditMessages = { ko, en } as const;
