import type { AwarenessPoint } from './types.js';

/** What everyone can do, and the words we use. */
export const awarenessPoints: readonly AwarenessPoint[] = [
  {
    id: 'do-not-click',
    title: { ko: '불법촬영물은 클릭하지 마세요', en: 'Don’t click on illegal recordings' },
    body: {
      ko:
        '호기심에 한 번 보는 것만으로도 디지털 성범죄의 가해자가 될 수 있어요. ' +
        '누군가 클릭할 때마다 가해자는 돈을 벌고, 피해자의 고통은 길어져요. ' +
        '링크를 받았다면 열지 말고, 다른 사람에게 전달하지도 마세요.',
      en:
        'Watching an illegal recording even once, out of curiosity, can make you part of a digital sex crime. ' +
        'Every click earns the offenders money and prolongs the harm to the person in it. ' +
        'If someone sends you a link, don’t open it and don’t pass it on.',
    },
    seed: 'First, do not click illegally shot materials. You can become a digital sex crime offender just by viewing illegal recordings out of curiosity. Never click on illegal recordings so that criminals cannot earn financial gain from them!',
  },
  {
    id: 'not-pornography',
    title: { ko: '‘리벤지 포르노’가 아니에요', en: 'It is not “revenge porn”' },
    body: {
      ko:
        '‘리벤지 포르노’는 헤어진 연인의 성적인 사진이나 영상을 보복하려고 퍼뜨리는 것을 가리킬 때 흔히 쓰이는 말이에요. ' +
        '하지만 포르노는 상업적으로 만들어 유통하는 영상물이고, 불법촬영물은 결코 포르노가 될 수 없어요. ' +
        '‘비동의 유포’, ‘디지털 성범죄’, ‘불법촬영물’이라고 불러 주세요. ' +
        '누구도 다른 사람을 불법으로 촬영하거나 유포에 가담해서는 안 돼요.',
      en:
        '“Revenge porn” is a phrase often used for sharing sexual photos or videos of an ex-partner to get back at them. ' +
        'But pornography is material made and distributed commercially, and an illegal recording can never be called that. ' +
        'Call it what it is: “non-consensual sharing”, “digital sex crime”, “illegal recording”. ' +
        'No one should ever record someone illegally or take part in spreading such images.',
    },
    seed: 'Second, revenge porn is not a commercially distributed material. Revenge porn is a term often used to refer to distributing sexual pictures or videos of an ex-boyfriend or girlfriend in retaliation. Pornography means commercial porn, and illegal recordings cannot be called pornography. Keep in mind that you should never record someone illegally or take part in the distribution of such materials!',
  },
];
