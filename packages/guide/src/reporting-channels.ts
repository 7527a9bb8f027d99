import type { ReportingChannel } from './types.js';

/**
 * Where to report intimate images shared without consent, and what each channel asks for.
 * Every fact comes from a page we read (see `verification.sources`); what only third parties say
 * is marked `unverified`. An address is never filled in from memory.
 */
const CHECKED = '2026-11-28';

const kr: readonly ReportingChannel[] = [
  {
    id: 'kcsc',
    name: { ko: '방송통신심의위원회 디지털성범죄 신고', en: 'Korea Communications Standards Commission (KCSC) report line' },
    category: 'official-kr',
    scope: 'kr',
    how: [
      {
        kind: 'phone',
        phone: { display: '1377', tel: '1377' },
        steps: {
          ko: '국번 없이 1377로 전화해 디지털성범죄 민원(3번)을 고르면, 삭제·차단 요청이나 수사 요청을 도와줄 기관으로 바로 연결해 줘요.',
          en: 'Call 1377 (no area code) and choose digital sex crime (option 3). It connects you to the body that can request removal or blocking, or an investigation.',
        },
      },
    ],
    asksFor: {
      ko: '피해 게시물의 주소(URL)를 준비해 두면 좋아요. 정확히 어떤 자료를 요구하는지는 위원회 쪽 안내를 확인하지 못했어요.',
      en: 'Have the addresses (URLs) of the posts ready. We could not confirm from the commission itself exactly what it asks for.',
    },
    languages: ['ko'],
    typicalResponse: {
      ko: '1377 ARS는 24시간 365일 운영한다고 보도됐어요. 처리 기간은 확인하지 못했어요.',
      en: 'The 1377 line was reported to run 24 hours a day, every day. We could not confirm how long requests take.',
    },
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://m.ajunews.com/amp/20231005110112048', title: '"국번없이 1377" 방심위, 디지털 성범죄 원스톱 신고 ARS 서비스 (아주경제, 2023-10-05)' },
        { url: 'https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20231005057200017', title: '방심위, 디지털 성범죄 원스톱 신고 ARS 서비스 개시 (연합뉴스, 2023-10-05)' },
        { url: 'https://zdnet.co.kr/view/?no=20190128181802', title: '방심위 홈페이지 디지털성범죄정보 전용 신고창구 (ZDNet Korea, 2019-01-28)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '위원회 누리집을 직접 확인하지 못했어요. 1377 번호는 2023년 보도로만 확인했고, 누리집의 디지털성범죄 신고창구(2019년 보도)는 주소를 확인하지 못해 적지 않았어요.',
        en: 'We could not read the commission’s own site. The 1377 number comes from 2023 news reports only; its website report window (2019 news) is left out because we could not confirm its address.',
      },
    },
  },
  {
    id: 'digital-sex-crime-support',
    name: { ko: '디지털성범죄피해자지원센터', en: 'Digital Sex Crime Victim Support Center' },
    category: 'official-kr',
    scope: 'kr',
    how: [
      { kind: 'phone', phone: { display: '02-735-8994', tel: '027358994' } },
      { kind: 'phone', phone: { display: '1366', tel: '1366' } },
      {
        kind: 'form',
        address: 'https://d4u.stop.or.kr/',
        steps: {
          ko: '누리집의 상담 게시판에 상담을 요청해요.',
          en: 'Ask for help on the website’s counselling board.',
        },
      },
    ],
    asksFor: {
      ko: '삭제 지원을 받으려면 신분을 증명하는 서류와, 본인임을 알 수 있는 영상·사진, 게시물 제목, 주소(URL) 같은 증거가 필요해요.',
      en: 'For help with removal: proof of identity, and evidence such as the images or video showing it is you, the post titles and their addresses (URLs).',
    },
    languages: ['ko'],
    typicalResponse: {
      ko: '센터가 삭제를 요청하고, 결과를 모니터링하고 알려주며, 다시 올라오는지 사후 모니터링도 해요. 걸리는 시간은 확인하지 못했어요.',
      en: 'The centre requests removal, follows up and tells you the result, and keeps watching for re-uploads. We could not confirm how long this takes.',
    },
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://www.servedream.com/announcements/138300000038', title: '중앙디지털성범죄피해자지원센터 지원 (공공서비스 안내 재게시)' },
        { url: 'https://yuki35.com/entry/%EC%A7%80%ED%84%B8%EC%84%B1%EB%B2%94%EC%A3%84-%EC%83%81%EB%8B%B4%EC%9D%80-%E2%98%8E1366%EC%9C%BC%EB%A1%9C-%EC%A4%91%EC%95%99%EC%84%BC%ED%84%B0-%ED%99%95%EB%8C%80-%EC%B6%9C%EB%B2%94', title: '디지털성범죄 상담은 1366으로 (2025-04-17 중앙·지역 센터 출범 안내)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '센터 누리집을 직접 확인하지 못했어요. 누리집 주소가 출처마다 달라요(d4u.stop.or.kr, www.d4u.or.kr, 그리고 organisations.ts의 www.women1366.kr/stopds). 전화 02-735-8994는 organisations.ts와 같아요.',
        en: 'We could not read the centre’s own site. Sources disagree on its web address (d4u.stop.or.kr, www.d4u.or.kr, and www.women1366.kr/stopds in organisations.ts). The phone number 02-735-8994 matches organisations.ts.',
      },
    },
  },
  {
    id: 'police-ecrm',
    name: { ko: '경찰청 사이버범죄 신고시스템(ECRM)', en: 'Korean National Police Agency cyber-crime reporting system (ECRM)' },
    category: 'official-kr',
    scope: 'kr',
    how: [
      {
        kind: 'form',
        address: 'https://ecrm.police.go.kr/minwon/main',
        steps: {
          ko: '‘신고하기’를 누르고 휴대폰이나 아이핀으로 본인인증을 한 뒤 범죄 유형을 골라 내용을 적어요. 지금 위험하다면 먼저 112에 전화하세요.',
          en: 'Choose “report”, verify your identity by phone or i-PIN, pick the type of crime and describe it. If you are in danger now, call 112 first.',
        },
      },
    ],
    asksFor: {
      ko: '본인인증, 그리고 일어난 일과 증거 파일(화면 캡처, 대화 내용 등)이에요. 증거는 온라인으로 첨부할 수 있어요.',
      en: 'Identity verification, an account of what happened, and evidence files (screenshots, chat logs and so on), which can be attached online.',
    },
    languages: ['ko'],
    typicalResponse: {
      ko: '접수하면 관할 경찰서로 배당되고 진행 상황을 조회할 수 있다고 해요. 경찰서 방문이 필요할 수 있어요.',
      en: 'Reports are assigned to the local police station and you can check progress online. You may be asked to visit the station.',
    },
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://mynews-room.com/591', title: '경찰청 사이버범죄신고시스템(ECRM) 안내 (블로그)' },
        { url: 'https://www.hankyung.com/article/202012225071Y', title: 'ECRM 개편: 파일 첨부·제보 기능 (연합뉴스, 2020-12-22)' },
        { url: 'https://donga.com/news/amp/all/20201231/104714142/1', title: '디지털 성범죄물 신고·삭제 요청 방법 (뉴스1, 2020-12-31)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '경찰청 누리집을 직접 확인하지 못했어요. 주소는 제3자 블로그에서 가져왔어요. 사적인 대화방에서 퍼진 경우는 삭제 요청이 아니라 수사기관 신고 대상이라고 방송통신위원회가 안내했어요(2020년 보도).',
        en: 'We could not read the police site itself; the address comes from a third-party blog. The Korea Communications Commission said (2020 news) that sharing in private chat rooms is a matter for a police report rather than a removal request.',
      },
    },
  },
  {
    id: 'naver',
    name: { ko: '네이버 신고센터', en: 'Naver report centre' },
    category: 'portal-kr',
    scope: 'kr',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '게시물이 있는 서비스 화면의 ‘신고’ 버튼을 눌러요.',
          en: 'Use the “신고” (report) button on the page where the post appears.',
        },
      },
      {
        kind: 'form',
        address: 'https://help.naver.com/inquiry/input.help?categoryNo=5748&serviceNo=30001&lang=ko',
        steps: {
          ko: '카페·블로그·지식iN이 아닌 서비스의 유해 게시물을 신고하는 양식이에요. 알맞은 신고 사유를 골라요.',
          en: 'The form for harmful posts on services other than Café, Blog and KnowledgeiN. Pick the matching reason.',
        },
      },
    ],
    asksFor: {
      ko: '게시물 주소(URL)와 신고 사유예요. 댓글은 작성자 ID와 작성 시간을 적어요.',
      en: 'The post’s address (URL) and the reason. For a comment, the author’s ID and the time it was posted.',
    },
    languages: ['ko'],
    typicalResponse: {
      ko: '담당자가 확인해 조치하지만, 결과를 따로 알려주지 않을 수도 있다고 해요.',
      en: 'Staff review and act on reports, but Naver says you may not be told the outcome.',
    },
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://help.naver.com/inquiry/input.help?categoryNo=5748&serviceNo=30001&lang=ko', title: '네이버 고객센터 – 유해게시물 신고' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '이 양식은 일반 유해 게시물 신고예요. 2020년 보도에 따르면 신고센터에 ‘불법촬영물 등 신고 접수란’이 따로 있지만, 그 주소는 확인하지 못했어요.',
        en: 'This form is for harmful posts in general. 2020 news reports describe a separate “illegal recordings” section in the report centre, but we could not confirm its address.',
      },
    },
  },
  {
    id: 'kakao',
    name: { ko: '카카오(카카오톡·다음) 신고', en: 'Kakao (KakaoTalk, Daum) reporting' },
    category: 'messenger',
    scope: 'kr',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '각 서비스의 ‘신고하기’ 기능으로 메시지나 게시물을 신고해요. 카카오 고객센터에도 불법촬영물 신고센터가 있어요.',
          en: 'Report the message or post with each service’s “신고하기” (report) function. Kakao’s help centre also has a report centre for illegal recordings.',
        },
      },
    ],
    asksFor: {
      ko: '카카오 쪽 안내를 확인하지 못했어요.',
      en: 'We could not confirm what Kakao asks for.',
    },
    languages: ['ko'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://biz.chosun.com/it-science/ict/2024/08/29/XLOFPMOG7FBJBFPMI72AGIJ3BE/?outputType=amp', title: '카카오, 딥페이크 신고 방법 안내 (조선비즈, 2024-08-29)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '카카오 고객센터 페이지를 깨끗한 주소로 확인하지 못해서 보도만 인용했어요. 신고센터 양식 주소는 적지 않았어요. ‘신고하기’ 기능과 24시간 신고센터는 2020년 부산일보 보도(http 주소만 있음)에도 나와요.',
        en: 'We could not read a clean copy of Kakao’s help centre, so only news reports are cited, and no form address is given. The “신고하기” function and the 24-hour report centre also appear in a 2020 Busan Ilbo report (http address only).',
      },
    },
  },
  {
    id: 'webhard-kr',
    name: { ko: '웹하드 등 국내 인터넷 서비스', en: 'Korean webhards and other online services' },
    category: 'cloud-webhard',
    scope: 'kr',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '사이트의 신고 메뉴나 고객센터에 ‘불법촬영물등 유통 신고·삭제요청서’를 내요. 직접 하기 어렵다면 디지털성범죄피해자지원센터에 대신 요청해 달라고 할 수 있어요.',
          en: 'Send the site an “illegal recordings removal request” through its report menu or help desk. If that is too hard, the Digital Sex Crime Victim Support Center can request it for you.',
        },
      },
    ],
    asksFor: {
      ko: '‘불법촬영물등 유통 신고·삭제요청서’예요. 우편·팩스·온라인 등 사업자가 정한 방법으로 내요.',
      en: 'The statutory “illegal recordings removal request” form, sent by whatever route the operator offers (post, fax or online).',
    },
    languages: ['ko'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://donga.com/news/amp/all/20201231/104714142/1', title: '디지털 성범죄물 신고·삭제 요청 방법 (뉴스1, 2020-12-31)' },
        { url: 'https://www.fnnews.com/ampNews/202411271739219535', title: '방심위 “웹하드 음란정보 집중 모니터링” (뉴시스, 2024-11-27)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '개별 웹하드의 신고 페이지는 확인하지 않았어요. 2020년 개정 전기통신사업법에 따라 사업자는 신고·삭제 요청을 받으면 삭제·접속차단 조치를 해야 한다고 보도됐어요.',
        en: 'No individual webhard’s report page was checked. News reports say that since the 2020 amendment of the Telecommunications Business Act, operators must remove or block reported illegal recordings.',
      },
    },
  },
];

const international: readonly ReportingChannel[] = [
  {
    id: 'stopncii',
    name: { ko: 'StopNCII.org(친밀한 이미지 유포 방지 서비스)', en: 'StopNCII.org' },
    category: 'hash-service',
    scope: 'global',
    how: [
      {
        kind: 'form',
        address: 'https://stopncii.org/',
        steps: {
          ko: '기기에서 사진·영상을 고르면 기기 안에서 디지털 지문(해시)만 만들어 보내요. 사진·영상 자체는 올라가지 않아요. 받은 사건 번호와 PIN은 다시 찾을 수 없으니 꼭 적어 두세요.',
          en: 'Choose the images or videos on your device; only a digital fingerprint (hash) made on the device is sent, never the images. Write down the case number and PIN: they cannot be recovered.',
        },
      },
      { kind: 'email', address: 'stopncii@swgfl.org.uk', addressFrom: 'https://stopncii.org/faq/?lang=ar-sa%2F' },
    ],
    asksFor: {
      ko: '내가 나오는 친밀한 사진·영상이 내 기기에 있어야 해요. 이미 퍼졌다면 먼저 각 플랫폼에 신고하라고 안내해요.',
      en: 'The intimate images or videos of you must be on your device. If they are already online, StopNCII says to report them to the platforms first.',
    },
    languages: ['en', 'sv', 'hi', 'bn'],
    typicalResponse: {
      ko: '참여 기업이 해시와 일치하는 콘텐츠를 찾아 자기 정책에 어긋나면 삭제해요. 사건 번호로 언제든 진행 상황을 보거나 철회할 수 있어요. 기간은 안내돼 있지 않아요.',
      en: 'Participating companies look for matches and remove them if they break their policies. You can check progress or withdraw at any time with your case number. No timescale is given.',
    },
    ageScope: 'adult',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://stopncii.org/faq/?lang=ar-sa%2F', title: 'StopNCII.org – FAQ' },
        { url: 'https://stopncii.org/how-it-works/?lang=sv-se', title: 'StopNCII.org – Hur StopNCII.org fungerar (How it works, Swedish)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '18세 미만일 때 찍힌 사진·영상은 Take It Down을 쓰라고 안내해요. 한국어 안내 페이지는 스테이징 도메인(stopnciistaging.site)에서만 봐서 한국어는 목록에 넣지 않았어요. 이메일은 FAQ에 나온 문의용 주소예요.',
        en: 'For images taken under 18, StopNCII points to Take It Down. A Korean page was seen only on a staging domain (stopnciistaging.site), so Korean is not listed. The e-mail is the FAQ’s contact address for questions.',
      },
    },
  },
  {
    id: 'take-it-down',
    name: { ko: 'Take It Down(미국 실종·착취아동센터)', en: 'Take It Down (NCMEC)' },
    category: 'hash-service',
    scope: 'global',
    how: [
      {
        kind: 'form',
        address: 'https://takeitdown.ncmec.org/',
        steps: {
          ko: '사진·영상이 찍힌 기기에서 바로 이용해요. 제출하려고 사진·영상을 내려받거나 공유하지 마세요.',
          en: 'Use it on the device the images were taken on. Do not download or share the images in order to submit them.',
        },
      },
    ],
    asksFor: {
      ko: '18세 미만일 때 찍힌 사진·영상이 기기에 있어야 해요. 개인정보는 필요 없어요. 지금 18세가 넘었어도, 세계 어디에 살아도 쓸 수 있어요.',
      en: 'The images or videos, taken when you were under 18, must be on your device. No personal details are needed. It works even if you are now over 18, and from anywhere in the world.',
    },
    languages: ['en'],
    typicalResponse: null,
    ageScope: 'under-18',
    verification: {
      status: 'verified',
      sources: [{ url: 'https://takeitdown.ncmec.org/faq/', title: 'Take It Down – FAQ' }],
      checkedOn: CHECKED,
      note: {
        ko: '암호화된 서비스에서는 작동하지 않아요. 기기에 사진·영상이 없다면 NCMEC의 CyberTipline으로 신고하라고 안내해요.',
        en: 'It does not work on encrypted services. Without the images on your device, NCMEC points to a CyberTipline report.',
      },
    },
  },
  {
    id: 'google-search',
    name: { ko: '구글 검색 – 선정적이거나 은밀한 개인 이미지 삭제 요청', en: 'Google Search – removal of explicit or intimate personal images' },
    category: 'search',
    scope: 'global',
    how: [
      {
        kind: 'form',
        address: 'https://support.google.com/websearch/answer/6302812',
        steps: {
          ko: '도움말에서 삭제 요청 양식을 열어요. 검토하길 원하는 이미지와 페이지 주소(URL)를 모두 적어요.',
          en: 'Open the removal request form from the help page and list every image and page URL you want reviewed.',
        },
      },
      {
        kind: 'form',
        address: 'https://support.google.com/legal/answer/12628080',
        steps: {
          ko: '전기통신사업법에 따른 신고예요. 거주 국가를 ‘대한민국’으로 고르고, 비동의 성적 이미지 관련 항목에 체크한 뒤 본인(또는 법정대리인)임을 확인하고 신고 사유를 골라요.',
          en: 'The Korean Telecommunications Business Act route: choose South Korea as country of residence, tick the non-consensual explicit imagery box, confirm you are the person shown (or their legal representative), and pick the reason.',
        },
      },
    ],
    asksFor: {
      ko: '이미지에 내가(또는 내가 대리하는 사람이) 나오고, 동의 없이 공개됐으며, 그 콘텐츠로 돈을 받고 있지 않아야 해요. 대리인은 권한을 설명해야 해요.',
      en: 'You (or the person you represent) are shown, it was made public without consent, and you are not being paid for it. A representative must explain their authority.',
    },
    languages: ['ko', 'en'],
    typicalResponse: {
      ko: '자동 확인 이메일을 받고, 검토 중 추가 정보를 요청받을 수 있으며, 조치 결과를 알려줘요. 걸리는 시간은 안내돼 있지 않아요.',
      en: 'You get an automated confirmation e-mail; Google may ask for more information, and tells you what it did. No timescale is given.',
    },
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://support.google.com/websearch/answer/6302812?authuser=4&hl=ko', title: 'Google에서 선정적이거나 은밀한 개인 이미지 삭제 요청하기' },
        { url: 'https://support.google.com/websearch/answer/6302812?sjid=17858645737207273718-NA', title: 'Remove explicit or intimate personal images from Google' },
        { url: 'https://support.google.com/legal/answer/12628080?hl=ro&ref_topic=4556931', title: 'South Korean Telecommunications Business Act (Google Legal Help)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '검색 결과에서만 빠지고 원래 사이트에서는 지워지지 않아요. 2026년 2월 보도에 따르면 이미지의 점 세 개 메뉴에서 바로 신고하는 방법도 생겼지만, Google 쪽 안내로는 확인하지 못했어요.',
        en: 'This removes results from Search only, not from the site itself. February 2026 news reports describe reporting straight from an image’s three-dot menu; we could not confirm that on Google’s own pages.',
      },
    },
  },
  {
    id: 'youtube',
    name: { ko: '유튜브 개인정보 침해 신고', en: 'YouTube privacy complaint' },
    category: 'video',
    scope: 'global',
    how: [
      {
        kind: 'form',
        address: 'https://support.google.com/youtube/answer/142443',
        steps: {
          ko: '개인정보 침해 신고 절차 페이지에서 ‘계속’을 눌러 신고해요. 업로더와 합의가 안 되거나 연락하기 불편하면 바로 신고해도 돼요.',
          en: 'Start from the Privacy Complaint Process page. If you cannot agree with the uploader, or do not want to contact them, go straight to the complaint.',
        },
      },
    ],
    asksFor: {
      ko: '영상 속 내가 분명히 알아볼 수 있어야 하고, 본인이나 법정대리인이 신고해야 해요.',
      en: 'You must be uniquely identifiable, and the complaint must come from you or your legal representative.',
    },
    languages: ['en'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://support.google.com/youtube/answer/2801895?hl=en&ref_topic=9386940', title: 'YouTube Help – Protecting your identity' },
        { url: 'https://support.google.com/youtube/answer/142443?hl=ja', title: 'YouTube ヘルプ – プライバシー侵害の申し立て手続き (Privacy Complaint Process)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '한국어 도움말 페이지는 확인하지 못했어요.',
        en: 'We did not see the Korean version of these help pages.',
      },
    },
  },
  {
    id: 'x-twitter',
    name: { ko: 'X(옛 트위터)', en: 'X (formerly Twitter)' },
    category: 'social',
    scope: 'global',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '게시물의 점 세 개(⋯) 메뉴에서 ‘Private or Non-Consensual Content(비공개 또는 비동의 콘텐츠)’를 골라요.',
          en: 'From the post’s three-dot (⋯) menu choose “Private or Non-Consensual Content”.',
        },
      },
      {
        kind: 'form',
        address: 'https://help.x.com/forms/safety-and-sensitive-content/take-it-down',
        steps: {
          ko: '미국 Take It Down Act에 따른 신고 양식이에요. X 계정이 없어도 낼 수 있어요.',
          en: 'The form for reports under the US Take It Down Act; no X account is needed.',
        },
      },
    ],
    asksFor: {
      ko: '사진·영상 속 본인이나 대리인의 신고가 필요할 수 있고, 이메일로 신원 확인 서류를 요청할 수 있어요. 서류는 검토 뒤 폐기하고 제3자와 공유하지 않는다고 해요.',
      en: 'X may require the report to come from the person shown or their representative, and may ask by e-mail for documents to verify identity; it says these are destroyed after review and not shared.',
    },
    languages: ['en'],
    typicalResponse: {
      ko: '미국 Take It Down Act 신고는 유효한 요청을 받은 뒤 늦어도 48시간 안에 삭제하고 결과를 알려준다고 해요. 다른 신고의 처리 기간은 안내돼 있지 않아요.',
      en: 'For US Take It Down Act reports, X says it removes the content within 48 hours of a valid request and tells you the outcome. No timescale is given for other reports.',
    },
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://help.x.com/en/rules-and-policies/us-tida', title: 'X Help Center – US Take It Down Act' },
        { url: 'https://help.twitter.com/kn/rules-and-policies/intimate-media', title: 'Twitter Help Center – Non-consensual nudity policy' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '양식 페이지는 미국 이용자를 위한 것이라고 안내해요. 한국에서는 게시물 메뉴의 신고가 더 확실해요. 신원 확인 관련 내용은 옛 트위터 도움말에서 가져왔어요.',
        en: 'The form page says it is for users in the US; from Korea, reporting from the post menu is the surer route. The identity-check details come from the older Twitter help page.',
      },
    },
  },
  {
    id: 'meta',
    name: { ko: '메타(인스타그램·페이스북·메신저)', en: 'Meta (Instagram, Facebook, Messenger)' },
    category: 'social',
    scope: 'global',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '사진·영상이나 협박 메시지를 앱에서 바로 신고해요. 공유하겠다는 협박도 신고할 수 있어요.',
          en: 'Report the image, video or threatening message in the app. Threats to share can be reported too.',
        },
      },
    ],
    asksFor: {
      ko: '게시물에서 직접 신고해요. Meta 안내 페이지에는 따로 필요한 자료가 적혀 있지 않아요.',
      en: 'Report from the content itself; Meta’s page lists nothing else you need to provide.',
    },
    languages: ['en'],
    typicalResponse: {
      ko: '신고는 24시간, 70개 이상 언어로 검토하고, 동의 없이 공유된 사진·영상을 삭제하며 대부분 올린 계정을 정지한다고 해요. 걸리는 시간은 안내돼 있지 않아요.',
      en: 'Meta says reports are reviewed around the clock in more than 70 languages, that it removes the images and in most cases disables the account. No timescale is given.',
    },
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii', title: 'Meta – Non-consensual intimate images' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '70개 이상 언어로 검토한다고 하지만 한국어가 포함되는지는 명시돼 있지 않아요. 퍼질까 걱정되는 사진·영상은 StopNCII.org를 쓰라고 안내해요.',
        en: 'Meta says it reviews in more than 70 languages but does not name Korean. For images you fear will be shared, it points to StopNCII.org.',
      },
    },
  },
  {
    id: 'tiktok',
    name: { ko: '틱톡', en: 'TikTok' },
    category: 'social',
    scope: 'global',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '‘폭력, 학대 및 범죄적 착취(Violence, abuse, and criminal exploitation)’로 신고하고, 성인은 ‘성적 착취 및 학대’, 18세 미만은 ‘18세 미만에 대한 착취 및 학대’를 골라요. 댓글을 달거나 내려받거나 공유하지 마세요.',
          en: 'Report under “Violence, abuse, and criminal exploitation”, then “Sexual exploitation and abuse” for adults or “Exploitation and abuse of people under 18”. Do not comment on, download or share it.',
        },
      },
    ],
    asksFor: {
      ko: '앱의 신고 기능으로 해당 콘텐츠를 신고해요. 신고자 신원은 상대에게 알리지 않는다고 해요.',
      en: 'Report the content with the in-app tools. TikTok says it does not reveal your identity to the person you report.',
    },
    languages: ['en'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'verified',
      sources: [
        { url: 'https://tiktok.com/safety/resources/sexual-assault-resources?appLaunch=web&lang=en', title: 'TikTok Safety Center – Sexual abuse support' },
        { url: 'https://support.tiktok.com/it/safety-hc/report-a-problem/report-sexual-abuse', title: 'TikTok Support – Segnala abusi sessuali (Report sexual abuse, Italian)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '아동 성착취물이나 성적 딥페이크에 나온 본인·자녀는 고객지원 페이지의 웹 양식으로도 신고할 수 있고, SMS나 이메일로 진행 상황을 알려준다고 해요. 그 양식의 한국어·영어 주소는 확인하지 못해 적지 않았어요.',
        en: 'If you or your child appear in child sexual abuse material or a sexual deepfake, a web form on the support page can be used, with updates by SMS or e-mail. We did not see the Korean or English address of that form, so it is not given.',
      },
    },
  },
  {
    id: 'telegram',
    name: { ko: '텔레그램', en: 'Telegram' },
    category: 'messenger',
    scope: 'global',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '안드로이드는 메시지를 눌러서, iOS는 길게 눌러서 ‘신고(Report)’를 골라요.',
          en: 'Tap the message (Android) or press and hold it (iOS), then choose Report.',
        },
      },
    ],
    asksFor: {
      ko: '텔레그램 쪽 안내를 확인하지 못했어요.',
      en: 'We could not confirm what Telegram asks for.',
    },
    languages: ['en'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://www.thehindu.com/sci-tech/technology/telegram-has-changed-its-faq-page-language-relating-to-chat-and-group-chat-privacy/article68612641.ece/amp/', title: 'Telegram has changed its FAQ page language (The Hindu, 2024-09-06)' },
        { url: 'https://truthvoices.com/?p=61065', title: 'Telegram Updates FAQ to Allow Users to Report Illegal Content' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: 'telegram.org의 FAQ를 직접 읽지 못했어요. 제3자 글에 신고용 이메일 주소가 나오지만 텔레그램 쪽에서 확인하지 못해 적지 않았어요. 비밀 대화 등 사적인 대화방 안의 유포는 경찰에 신고하는 게 좋아요.',
        en: 'We could not read telegram.org’s FAQ itself. Third-party pages quote a takedown e-mail address, left out because we could not confirm it with Telegram. Sharing inside private chats is better reported to the police.',
      },
    },
  },
  {
    id: 'reddit',
    name: { ko: '레딧', en: 'Reddit' },
    category: 'social',
    scope: 'global',
    how: [
      {
        kind: 'in-app',
        steps: {
          ko: '게시물이나 메시지의 ‘신고(Report)’에서 비동의 친밀한 미디어(non-consensual intimate media) 항목을 골라요.',
          en: 'Use Report on the post or message and choose “non-consensual intimate media”.',
        },
      },
    ],
    asksFor: {
      ko: '레딧 쪽 최신 안내를 확인하지 못했어요.',
      en: 'We could not confirm Reddit’s current guidance on what it asks for.',
    },
    languages: ['en'],
    typicalResponse: null,
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://reddit.zendesk.com/hc/en-us/articles/205704725', title: 'Reddit Help – What is involuntary pornography (older help article)' },
        { url: 'https://redlib.yazo.ink/r/RedditSafety/comments/t8zloo/evolving_our_rule_on_nonconsensual_intimate_media', title: 'r/RedditSafety – Evolving our Rule on Non-Consensual Intimate Media Sharing (2022, via a mirror)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: '레딧의 옛 도움말은 이메일 신고를 안내하지만, 2022년 규칙이 바뀐 뒤의 안내는 확인하지 못해 이메일 주소는 적지 않았어요. 신고 항목 이름은 2022년 공지와 이용자 글에서 가져왔어요.',
        en: 'Reddit’s older help article gives an e-mail address, but we could not confirm the guidance since the 2022 rule change, so no address is given. The report reason name comes from the 2022 announcement and user posts.',
      },
    },
  },
  {
    id: 'pornhub-aylo',
    name: { ko: 'Pornhub(폰허브, 운영사 에일로)', en: 'Pornhub (Aylo)' },
    category: 'adult',
    scope: 'global',
    how: [
      {
        kind: 'form',
        address: 'https://pornhub.com/content-removal',
        steps: {
          ko: '콘텐츠 삭제 요청(Content Removal Request) 양식을 쓰거나, 각 콘텐츠 아래의 ‘Report’ 버튼을 눌러요.',
          en: 'Use the Content Removal Request form, or the “Report” button under each piece of content.',
        },
      },
    ],
    asksFor: {
      ko: 'Aylo 쪽 안내를 직접 확인하지 못했어요.',
      en: 'We could not read Aylo’s own guidance on what it asks for.',
    },
    languages: ['en'],
    typicalResponse: {
      ko: '미국 FTC 합의에 따라 신고된 콘텐츠를 일단 내리고, 불법이면 삭제해야 하며, 요청하면 담당 사례 관리자를 배정해야 한다고 해요.',
      en: 'Under a US FTC settlement, Aylo must suspend reported content, take it down if illegal, and assign a case manager if you ask.',
    },
    ageScope: 'any',
    verification: {
      status: 'unverified',
      sources: [
        { url: 'https://consumer.ftc.gov/consumer-alerts/2025/09/protecting-kids-and-adults-online', title: 'FTC Consumer Alert – Protecting kids and adults online (2025-09)' },
        { url: 'https://github.com/chaynHQ/tools/blob/09266000de4ff70a6b135e1cd308520ebd448340/lib/platform-policies/pornhub.ts', title: 'Chayn tools – Pornhub policy extract (quotes the Pornhub Terms of Service)' },
      ],
      checkedOn: CHECKED,
      note: {
        ko: 'Pornhub 누리집을 직접 읽지 못했어요. 양식 주소는 Chayn이 인용한 이용약관 문장에서 가져왔고, FTC 안내가 이 양식의 존재를 뒷받침해요. 같은 회사의 다른 사이트에도 같은 양식이 있다고 해요.',
        en: 'We could not read Pornhub’s site itself. The form address comes from its Terms of Service as quoted by Chayn, and the FTC alert confirms the form exists; it says Aylo’s other sites have one too.',
      },
    },
  },
];

export const reportingChannels: readonly ReportingChannel[] = [...kr, ...international];
