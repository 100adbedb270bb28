import { defineFigureText } from '../text.ts';

export const binpackMemoryText = defineFigureText({
  en: {
    title: 'Binpack on memory: five 1 GiB tasks on instances with 4, 8 and 2 GiB',
    desc: 'Three empty container instances with 4 GiB, 8 GiB and 2 GiB of memory, drawn as columns of 1 GiB slots. A service places five tasks that each reserve 1 GiB with the binpack strategy on memory. Tasks 1 and 2 go to the 2 GiB instance, which then has no memory left; tasks 3, 4 and 5 go to the 4 GiB instance, leaving 1 GiB free there. The 8 GiB instance keeps all 8 GiB free and runs nothing.',
    caption: 'Binpack picks the instance with the least memory left that still fits the task: the 2 GiB one fills first, then the 4 GiB one, and the 8 GiB one stays empty.',
    small: '4 GiB instance',
    large: '8 GiB instance',
    tiny: '2 GiB instance',
    task: 'Task {n}',
    free: '{n} GiB free',
    empty: 'empty: can be removed',
  },
  ko: {
    title: '메모리 기준 binpack: 4, 8, 2 GiB 인스턴스에 1 GiB 태스크 다섯 개',
    desc: '메모리가 4 GiB, 8 GiB, 2 GiB인 빈 컨테이너 인스턴스 세 대를 1 GiB 칸으로 된 기둥으로 그렸습니다. 서비스가 각각 1 GiB를 예약하는 태스크 다섯 개를 메모리 기준 binpack 전략으로 배치합니다. 태스크 1과 2는 2 GiB 인스턴스로 가고, 그 인스턴스에는 남는 메모리가 없습니다. 태스크 3, 4, 5는 4 GiB 인스턴스로 가서 1 GiB가 남습니다. 8 GiB 인스턴스는 8 GiB가 모두 남고 아무것도 실행하지 않습니다.',
    caption: 'binpack은 태스크가 들어가는 인스턴스 중 남는 메모리가 가장 적은 곳을 고릅니다. 2 GiB 인스턴스가 먼저 차고, 다음은 4 GiB 인스턴스이며, 8 GiB 인스턴스는 비어 있습니다.',
    small: '4 GiB 인스턴스',
    large: '8 GiB 인스턴스',
    tiny: '2 GiB 인스턴스',
    task: '태스크 {n}',
    free: '{n} GiB 남음',
    empty: '비어 있음: 제거 가능',
  },
});
