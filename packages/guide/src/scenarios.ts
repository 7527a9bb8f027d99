import type { Scenario } from './types.js';

/** What to do, step by step, in each situation the guide describes. */
export const scenarios: readonly Scenario[] = [
  {
    id: 'illegal-shooting',
    crimeType: 'illegal-shooting',
    title: { ko: '불법촬영을 알아챘을 때', en: 'If you think you’re being secretly recorded' },
    quote: {
      ko: '“공중화장실에서 누가 몰래 찍고 있는 것 같아요!”',
      en: '“I think someone is secretly filming in a public bathroom!”',
    },
    intro: {
      ko: '알아챈 순간 바로 신고하는 게 가장 중요해요. 먼저 안전한 곳으로 자리를 옮겨도 괜찮아요.',
      en: 'The most important thing is to report it as soon as you notice. It’s okay to get somewhere safe first.',
    },
    seedQuote: '“I think someone is recording illegally in a public bathroom!”',
    steps: [
      {
        id: 'illegal-shooting-1',
        title: { ko: '지금 바로 112에 신고하세요', en: 'Call 112 right away' },
        detail: {
          ko: '불법촬영을 알아챘다면 곧바로 112에 전화하거나 가까운 경찰서에 신고하세요. 말하기 어려운 상황이라면 112에 문자로 신고할 수도 있어요.',
          en: 'As soon as you notice, call 112 or report it at the nearest police station. If you can’t speak safely, you can also text 112.',
        },
        contacts: ['women-1366'],
        callPolice: true,
        seed: 'Report illegal shooting to 112 or the local police station immediately after you recognized.',
      },
      {
        id: 'illegal-shooting-2',
        title: { ko: '발견한 카메라는 증거로 넘기세요', en: 'Hand over any camera you find as evidence' },
        detail: {
          ko: '설치된 카메라를 찾았다면 필요 이상으로 만지거나 부수지 말고, 할 수 있다면 놓인 자리를 사진으로 남겨 두세요. 카메라는 경찰에게 증거로 제출하면 돼요.',
          en: 'If you find a hidden camera, don’t handle it more than you need to and don’t break it. If you can, take a photo of where it is, then give it to the police as evidence.',
        },
        contacts: ['women-1366'],
        callPolice: true,
        seed: 'If you found an installed camera, submit it as evidence.',
      },
      {
        id: 'illegal-shooting-3',
        title: { ko: '가해자의 단서를 적어 두세요', en: 'Write down clues about the offender' },
        detail: {
          ko: '가해자의 휴대전화 기종, 생김새, 옷차림, 시간과 장소, 목격자처럼 가해자를 찾는 데 도움이 될 단서를 되도록 빨리 적어 두세요. 기억은 금방 흐려져요. 직접 쫓아가거나 맞서지는 마세요.',
          en: 'As soon as you can, note anything that could help identify the offender: their phone model, what they looked like and wore, the time and place, and anyone who saw it. Memories fade fast. Don’t follow or confront them yourself.',
        },
        contacts: ['digital-sex-crime-support', 'women-1366'],
        callPolice: false,
        locker: { ko: '증거 보관함에 단서 적어 두기', en: 'Write the clues down in the evidence locker' },
        seed: 'Remember the clues that can be used to identify the offender, such as the cell phone model of the offender and the appearance.',
      },
    ],
  },
  {
    id: 'dissemination',
    crimeType: 'dissemination',
    title: { ko: '내 사진이나 영상이 퍼졌을 때', en: 'If images of you have been shared' },
    quote: {
      ko: '“며칠 전에 친구가 인터넷에서 제 나체 사진을 봤다고 알려 줬어요.”',
      en: '“A few days ago, a friend told me she’d seen a nude photo of me online.”',
    },
    intro: {
      ko: '혼자 찾아보고 감당하지 않아도 돼요. 증거를 모으는 일부터 삭제까지 함께해 줄 곳이 있어요.',
      en: 'You don’t have to search for it or deal with it alone. There are people who can help, from saving evidence to getting it deleted.',
    },
    seedQuote: '“A few days ago, my friend told me that she saw my nude photograph on the Internet.”',
    steps: [
      {
        id: 'dissemination-1',
        title: { ko: '유포 증거를 저장하세요', en: 'Save the evidence' },
        detail: {
          ko: '게시물 주소(URL), 원본 영상, 그리고 주소와 날짜가 함께 보이는 화면 캡처를 저장해 두세요. 직접 보기 힘들다면 믿을 수 있는 사람이나 지원 기관에 도움을 청해도 괜찮아요.',
          en: 'Save the link (URL) of each post, the original video, and screenshots that show the URL and the date. If it’s too painful to look at, it’s okay to ask someone you trust or a support organisation to help.',
        },
        contacts: ['digital-sex-crime-support', 'cyber-sexual-violence'],
        callPolice: false,
        locker: { ko: '증거 보관함에 게시물 주소·캡처·원본 보관하기', en: 'Keep the links, screenshots and originals in the evidence locker' },
        seed: 'Secure the evidence of dissemination such as post links, original videos, and captured copies.',
      },
      {
        id: 'dissemination-2',
        title: { ko: '단면으로 인쇄해 경찰서에 신고하세요', en: 'Print it single-sided and report it' },
        detail: {
          ko: '모은 증거를 종이 한쪽 면에만 인쇄해서 가까운 경찰서에 가져가 신고하세요. 혼자 가기 어렵다면 상담소에 동행을 부탁할 수도 있어요.',
          en: 'Print the evidence on one side of the paper only and take it to your local police station to report. If going alone feels too hard, you can ask a counselling centre to come with you.',
        },
        contacts: ['digital-sex-crime-support', 'sexual-violence-counseling'],
        callPolice: true,
        seed: 'After collecting evidence, print it on a single side and report it to the local police station.',
      },
      {
        id: 'dissemination-3',
        title: { ko: '경찰과 상담한 뒤 고소장을 쓰세요', en: 'Write a complaint after talking to the police' },
        detail: {
          ko: '경찰과 피해 내용을 상담한 뒤 고소장을 작성하세요. 언제, 어디서, 어떤 피해를 입었는지 있는 그대로 적으면 돼요. 법률 지원이 필요하면 지원 기관에서 연결해 줘요.',
          en: 'Talk the harm through with the police, then write your criminal complaint. Just describe what happened, when and where, as it was. If you need legal help, a support organisation can connect you.',
        },
        contacts: ['digital-sex-crime-support', 'sexual-violence-counseling'],
        callPolice: true,
        seed: 'Write a complaint after consulting the police on damages.',
      },
      {
        id: 'dissemination-4',
        title: { ko: '삭제를 요청하세요', en: 'Ask for the images to be deleted' },
        detail: {
          ko: '사이트 운영자에게 직접 삭제를 요청하거나, 디지털성범죄피해자지원센터처럼 삭제를 도와주는 기관에 요청하세요. 삭제를 요청하기 전에 증거부터 저장해 두세요.',
          en: 'Ask the site operator to delete them, or ask an organisation that helps with deletion, such as the Digital Sex Crime Victim Support Center. Save the evidence before you ask for deletion.',
        },
        contacts: ['digital-sex-crime-support', 'cyber-sexual-violence'],
        callPolice: false,
        protect: { ko: '다시 올라오지 않게 막기: 내 사진·영상 지키기', en: 'Stop copies coming back: protect my images' },
        seed: 'Request for deleting distributed images through the site operator or organizations and groups that can assist in deleting them.',
      },
    ],
  },
  {
    id: 'threat',
    crimeType: 'threat',
    title: { ko: '촬영물로 협박을 받고 있을 때', en: 'If someone threatens to share images of you' },
    quote: {
      ko: '“헤어지자고 했더니, 몰래 찍은 성관계 영상을 퍼뜨리겠다고 협박해요.”',
      en: '“After I asked to break up, he started threatening to share a video of us having sex that he secretly filmed.”',
    },
    intro: {
      ko: '협박만으로도 범죄예요. 요구를 들어준다고 협박이 멈춘다는 보장은 없으니, 혼자 해결하려 하지 말고 도움을 받으세요.',
      en: 'The threat alone is a crime. Giving in to demands doesn’t guarantee it will stop, so please don’t try to handle this alone.',
    },
    seedQuote: '“After I asked to break up, he is threatening to disseminate the sex scene he secretly shot”',
    steps: [
      {
        id: 'threat-1',
        title: { ko: '협박 증거를 모아 신고하세요', en: 'Keep the threats as evidence and report them' },
        detail: {
          ko: '협박 문자나 메시지는 보낸 사람의 번호나 아이디가 보이게 캡처하고, 통화는 녹음해 두세요. 대화를 지우거나 대화방을 나가지 말고, 모은 증거를 가지고 경찰에 신고하세요.',
          en: 'Screenshot threatening texts and messages so the sender’s number or ID shows, and keep call recordings. Don’t delete the conversation or leave the chat. Take what you’ve collected to the police.',
        },
        contacts: ['digital-sex-crime-support', 'women-1366'],
        callPolice: true,
        locker: { ko: '증거 보관함에 협박 메시지와 통화 녹음 보관하기', en: 'Keep the messages and call recordings in the evidence locker' },
        seed: 'Collect evidence of threatening acts such as text messages or call recordings, and report them to the police.',
      },
      {
        id: 'threat-2',
        title: { ko: '원본이 있다면 함께 가져가세요', en: 'Bring the original if you have it' },
        detail: {
          ko: '가해자가 퍼뜨리겠다고 하는 사진이나 영상의 원본을 가지고 있다면, 신고할 때 함께 제출하세요.',
          en: 'If you have the original photo or video the offender is threatening to share, bring it with you when you report.',
        },
        contacts: ['digital-sex-crime-support', 'women-1366'],
        callPolice: true,
        protect: { ko: '퍼지기 전에 막아 두기: 내 사진·영상 지키기', en: 'Block it before it spreads: protect my images' },
        seed: 'If there is an original copy that the other party is threatening to disseminate, file a report with it.',
      },
      {
        id: 'threat-3',
        title: { ko: '신고할 경찰서를 정하세요', en: 'Choose which police station to report to' },
        detail: {
          ko: '가해자의 집 주소를 안다면 가해자가 사는 곳의 경찰서에, 모른다면 내가 사는 곳의 경찰서에 신고하세요.',
          en: 'If you know the offender’s home address, report to the police station where they live. If you don’t, report to the police station where you live.',
        },
        contacts: ['digital-sex-crime-support', 'women-1366'],
        callPolice: true,
        seed: "If you know the offender's home address, report it to the police station where the offender lives. If you don't know it, report it to the police station where you reside.",
      },
    ],
  },
];
