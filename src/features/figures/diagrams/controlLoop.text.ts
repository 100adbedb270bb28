import { defineFigureText } from '../text.ts';

export const controlLoopText = defineFigureText({
  en: {
    title: 'The orchestrator’s control loop',
    desc: 'You declare the desired state: four copies of web version 2. The orchestrator compares it with the actual state, finds one copy missing, acts by starting one more, and observes the result, over and over. The ECS service scheduler and the Kubernetes controllers work this way.',
    caption: 'You state what you want; a control loop compares it with what runs and closes the gap, again and again.',
    you: 'You declare the desired state',
    youSub: '4 copies of web:v2',
    compare: 'Compare',
    compareSub: 'desired 4, actual 3: one missing',
    act: 'Act',
    actSub: 'start one more copy',
    observe: 'Observe',
    observeSub: 'the actual state: what runs now',
    loop: 'over and over',
  },
  ko: {
    title: '오케스트레이터의 제어 루프',
    desc: '여러분이 원하는 상태를 선언합니다. web 버전 2의 복사본 4개입니다. 오케스트레이터는 이를 실제 상태와 비교해 복사본 하나가 빠진 것을 찾고, 하나를 더 시작해 조치한 다음, 결과를 관찰합니다. 이 과정이 계속 반복됩니다. ECS 서비스 스케줄러와 Kubernetes 컨트롤러가 이렇게 동작합니다.',
    caption: '원하는 것을 선언하면, 제어 루프가 실행 중인 것과 비교해 차이를 계속 메웁니다.',
    you: '원하는 상태를 선언',
    youSub: 'web:v2 복사본 4개',
    compare: '비교',
    compareSub: '원하는 수 4, 실제 3: 하나 부족',
    act: '조치',
    actSub: '복사본 하나 더 시작',
    observe: '관찰',
    observeSub: '실제 상태: 지금 실행 중인 것',
    loop: '계속 반복',
  },
});
