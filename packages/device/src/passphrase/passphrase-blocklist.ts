/**
 * Passphrases nobody should use: the examples Jikim itself ever showed, famous example phrases,
 * the most common long passwords, keyboard runs, and lines everyone in Korea knows (the anthem,
 * well-known poems and sayings). Compared after `normalisePassphrase`, so spacing, case and
 * punctuation do not matter. What a person who hurt them could know (a pet's name, a date, a
 * place) cannot be listed; the create screen says so in words.
 */
export const BLOCKED_PHRASES: readonly string[] = [
  // Examples Jikim showed before, and famous examples from guides on passphrases.
  '우리 집 강아지 이름은 콩이', 'my dog is called kongi', 'correct horse battery staple', 'the quick brown fox jumps over the lazy dog',
  'tr0ub4dor&3', 'mary had a little lamb', 'to be or not to be', 'may the force be with you',
  // Common long passwords and keyboard runs (both layouts).
  'password', 'passw0rd', 'iloveyou', 'letmein', 'welcome', 'sunshine', 'princess', 'football', 'baseball', 'superman',
  'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc', 'qazwsxedc', '1q2w3e4r5t', 'q1w2e3r4t5', 'abcdefghijklmnopqrstuvwxyz',
  '1234567890', '0987654321', '123123123', '111111111', '000000000', 'abc123abc123', 'aaaaaaaaaa',
  'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ', 'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ', 'ㅋㅌㅊㅍㅠㅜㅡ', 'ㅋㅋㅋㅋㅋㅋㅋㅋ', 'ㅎㅎㅎㅎㅎㅎㅎㅎ',
  'i love you forever', 'i love you so much', 'you are my sunshine', 'happy birthday to you', 'god is good all the time',
  // Korean: common phrases, the anthem, poems and sayings.
  '사랑해', '사랑합니다', '사랑해요', '너를 사랑해', '나는 너를 사랑해', '영원히 사랑해', '보고 싶어', '행복하자', '대한민국',
  '대한민국 만세', '동해물과 백두산이 마르고 닳도록', '하느님이 보우하사 우리나라 만세', '무궁화 삼천리 화려 강산',
  '대한 사람 대한으로 길이 보전하세', '남산 위에 저 소나무 철갑을 두른 듯', '가을 하늘 공활한데 높고 구름 없이',
  '죽는 날까지 하늘을 우러러 한 점 부끄럼이 없기를', '나 보기가 역겨워 가실 때에는', '내가 그의 이름을 불러 주기 전에는',
  '가는 말이 고와야 오는 말이 곱다', '천 리 길도 한 걸음부터', '시작이 반이다', '세 살 버릇 여든까지 간다',
  '호랑이에게 물려가도 정신만 차리면 산다', '낮말은 새가 듣고 밤말은 쥐가 듣는다', '티끌 모아 태산',
  '아니 땐 굴뚝에 연기 날까', '원숭이도 나무에서 떨어진다', '하늘이 무너져도 솟아날 구멍이 있다',
  '비밀번호', '비밀번호입니다', '비밀문구', '내 비밀번호', '우리 집', '우리 엄마', '우리 아빠', '강아지 이름',
  '가나다라마바사아자차카타파하', '아야어여오요우유으이', '일이삼사오육칠팔구십',
];
