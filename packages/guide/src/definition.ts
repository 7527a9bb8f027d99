import type { Definition } from './types.js';

/** What digital sex crime is, in plain words. */
export const definition: Definition = {
  title: { ko: '디지털 성범죄란?', en: 'What is digital sex crime?' },
  body: {
    ko:
      '디지털 성범죄는 상대방의 동의 없이 신체 부위나 성적인 장면을 사진·영상으로 찍거나, ' +
      '그렇게 찍힌 촬영물을 동의 없이 퍼뜨리는 범죄예요. ' +
      '찍을 때는 동의했더라도, 동의 없이 퍼뜨렸다면 그것도 범죄예요.',
    en:
      'Digital sex crime means photographing or filming someone’s body or sexual acts without ' +
      'their consent, or sharing such images without consent. ' +
      'Even if someone agreed to be filmed at the time, sharing the images without their consent is still a crime.',
  },
  caution: {
    ko:
      '스마트폰과 초소형 카메라 같은 디지털 기기가 흔해지면서 이를 악용한 범죄도 늘고 있어요. ' +
      '불법촬영에 함께 경각심을 가져 주세요. 피해를 입었다면, 그건 결코 당신의 잘못이 아니에요.',
    en:
      'As phones and tiny cameras become more common, so do crimes that use them. ' +
      'Let’s all stay alert to illegal recording. And if it happens to you, it is never your fault.',
  },
  seed:
    'Digital sex crime refers to photographing or videotaping of body parts or sexual scenes without the consent of the person or disseminating illegal recordings without consent. Nowadays, with the development of digital devices, there are more crimes using them, so you should be more careful about illegal shooting!',
};
