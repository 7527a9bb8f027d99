import type { CrimeType } from './types.js';

/** The four kinds of digital sex crime, in the guide's order. */
export const crimeTypes: readonly CrimeType[] = [
  {
    id: 'illegal-shooting',
    name: { ko: '불법촬영', en: 'Illegal recording' },
    summary: {
      ko: '동의 없이 신체나 성적인 장면을 찍는 것',
      en: 'Photographing or filming someone’s body or sexual acts without consent',
    },
    description: {
      ko:
        '신체 부위나 특정 행위를 몰래, 또는 상대가 원하지 않는데도 사진이나 영상으로 찍는 범죄예요. ' +
        '성적 욕망이나 수치심을 일으킬 수 있는 촬영이라면, 어디에도 퍼뜨리지 않았더라도 찍은 것 자체가 범죄예요.',
      en:
        'Secretly photographing or filming someone’s body or certain acts, or doing it against their will. ' +
        'If the images are sexual in nature, taking them is already a crime, even if they are never shared.',
    },
    seed:
      'Illegal shooting: Illegal photographing or videotaping of body parts or certain acts. If someone took a photo or video that could sexually harass someone, the shooting itself considers a crime, regardless of the consent of the person.',
  },
  {
    id: 'dissemination',
    name: { ko: '유포·재유포', en: 'Sharing and re-sharing without consent' },
    summary: {
      ko: '촬영물을 동의 없이 퍼뜨리거나 다시 퍼뜨리는 것',
      en: 'Sharing intimate images without consent, or sharing them again',
    },
    description: {
      ko:
        '단체 대화방, SNS, 성인 사이트, 온라인 커뮤니티 등에 불법촬영물을 올리는 행위예요. ' +
        '헤어진 연인에게 상처를 주려고 보복하듯 퍼뜨리는 것도 여기에 해당해요. ' +
        '찍을 때 동의했더라도 동의 없이 퍼뜨리면 범죄이고, 이미 퍼진 것을 다시 올리는 것도 범죄예요.',
      en:
        'Posting illegal recordings in group chats, on social media, adult sites or online communities, ' +
        'including sharing them to hurt a former partner after a breakup. ' +
        'Sharing without consent is a crime even if the person agreed to be filmed, and so is re-posting images that are already out there.',
    },
    seed: 'Dissemination/redistribution: Uploading illegal materials on group chats, social media, porn sites, online communities or retaliatory dissemination for the purpose of harming romantic partners after a breakup, etc.',
  },
  {
    id: 'threat',
    name: { ko: '유포 협박', en: 'Threats to share images' },
    summary: {
      ko: '성적인 촬영물을 퍼뜨리겠다고 위협하는 것',
      en: 'Threatening to share sexual images of someone',
    },
    description: {
      ko:
        '성적인 사진이나 영상을 가족이나 지인에게 퍼뜨리겠다고 위협하거나, 퍼뜨리겠다며 돈을 요구하는 행위예요. ' +
        '실제로 퍼뜨리지 않았더라도 협박한 것만으로 범죄예요.',
      en:
        'Threatening to send sexual images to someone’s family or friends, or demanding money under the threat of sharing them. ' +
        'The threat alone is a crime, even if nothing has been shared.',
    },
    seed: 'Threatening to disseminate images: Threatening to disseminate sexual images to family and acquaintances, or demanding money while threatening to disseminate such materials.',
  },
  {
    id: 'distribution',
    name: { ko: '유통·소비', en: 'Distribution and consumption' },
    summary: {
      ko: '불법촬영물을 유통하는 플랫폼과 이를 내려받거나 보는 이용자',
      en: 'Platforms that circulate illegal recordings, and the people who download or watch them',
    },
    description: {
      ko:
        '불법촬영물이 오가는 웹하드나 성인 사이트 같은 플랫폼 사업자, 그리고 그곳에서 불법촬영물을 내려받거나 보는 ' +
        '이용자도 디지털 성범죄에 가담하는 거예요. 불법촬영물을 사거나 저장하거나 보는 것도 처벌받을 수 있어요.',
      en:
        'Webhards and adult sites that let illegal recordings circulate, and the people who download or watch them there, ' +
        'are all taking part in digital sex crime. Buying, keeping or watching illegal recordings can itself be punished.',
    },
    seed: 'Distribution/consumption: Platform providers, such as webhards and porn sites and their users.',
  },
];
