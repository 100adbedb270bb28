import { defineFigureText } from '../text.ts';

/** Words shared by the two capacity provider strategy figures (10 tasks and 20 tasks). */
const shared = {
  en: {
    fargate: 'FARGATE',
    spot: 'FARGATE_SPOT',
    base: 'base',
    rest: 'the rest, split {w1} : {w2}',
    total: '{n} on FARGATE, {s} on FARGATE_SPOT',
  },
  ko: {
    fargate: 'FARGATE',
    spot: 'FARGATE_SPOT',
    base: 'base',
    rest: '나머지를 {w1} : {w2}로 분배',
    total: 'FARGATE {n}개, FARGATE_SPOT {s}개',
  },
};

export const capacityStrategy10Text = defineFigureText({
  en: {
    title: 'A capacity provider strategy: base 2, weights 1 and 3, ten tasks',
    desc: 'Ten tasks of one service, shown as squares. The first two are the base on FARGATE. The other eight are shared out one to three between FARGATE and FARGATE_SPOT: two more on FARGATE and six on FARGATE_SPOT. In total four tasks run on FARGATE and six on FARGATE_SPOT.',
    caption: 'The base is placed first; the weights then share out the rest, so ten tasks land as four on Fargate and six on Fargate Spot.',
    ...shared.en,
  },
  ko: {
    title: '용량 공급자 전략: base 2, 가중치 1과 3, 태스크 10개',
    desc: '서비스 하나의 태스크 10개를 사각형으로 나타냈습니다. 처음 2개는 FARGATE의 base입니다. 나머지 8개는 FARGATE와 FARGATE_SPOT에 1 대 3으로 나뉘어, FARGATE에 2개, FARGATE_SPOT에 6개가 갑니다. 합치면 FARGATE에서 4개, FARGATE_SPOT에서 6개가 실행됩니다.',
    caption: 'base가 먼저 배치되고, 가중치가 나머지를 나눕니다. 그래서 태스크 10개는 Fargate에 4개, Fargate Spot에 6개가 됩니다.',
    ...shared.ko,
  },
});

export const capacityStrategy20Text = defineFigureText({
  en: {
    title: 'A capacity provider strategy: base 4, weights 1 and 3, twenty tasks',
    desc: 'Twenty tasks of one service, shown as squares. The first four are the base on FARGATE. The other sixteen are shared out one to three between FARGATE and FARGATE_SPOT: four more on FARGATE and twelve on FARGATE_SPOT. In total eight tasks run on FARGATE and twelve on FARGATE_SPOT.',
    caption: 'Four tasks always run on regular Fargate; the rest of the peak is mostly cheap Fargate Spot: eight on Fargate, twelve on Spot.',
    ...shared.en,
  },
  ko: {
    title: '용량 공급자 전략: base 4, 가중치 1과 3, 태스크 20개',
    desc: '서비스 하나의 태스크 20개를 사각형으로 나타냈습니다. 처음 4개는 FARGATE의 base입니다. 나머지 16개는 FARGATE와 FARGATE_SPOT에 1 대 3으로 나뉘어, FARGATE에 4개, FARGATE_SPOT에 12개가 갑니다. 합치면 FARGATE에서 8개, FARGATE_SPOT에서 12개가 실행됩니다.',
    caption: '태스크 4개는 항상 일반 Fargate에서 실행되고, 나머지 피크 용량은 대부분 저렴한 Fargate Spot입니다. Fargate 8개, Spot 12개입니다.',
    ...shared.ko,
  },
});
