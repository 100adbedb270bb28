import { defineFigureText } from '../text.ts';

export const scaleUpVsOutText = defineFigureText({
  en: {
    title: 'Scaling up beside scaling out',
    desc: 'Left: scaling up replaces a one-vCPU task or instance with a four-vCPU one; there is still one copy, with a largest size, a restart to resize, and a single point of failure. Right: scaling out adds copies; a load balancer spreads requests over tasks in two Availability Zones, growing from one task per zone to three.',
    caption: 'Scaling up makes one copy bigger; scaling out adds copies behind a load balancer, across zones.',
    upTitle: 'Scale up: a bigger copy',
    small: '1 vCPU',
    big: '4 vCPU',
    upArrow: 'resize',
    upNote: 'Still one copy: a ceiling, a restart, one point of failure',
    outTitle: 'Scale out: more copies',
    lb: 'Load balancer',
    zoneA: 'Zone a',
    zoneB: 'Zone b',
    outNote: 'Added copies (green) spread over zones: capacity and availability together',
  },
  ko: {
    title: '스케일 업과 스케일 아웃 비교',
    desc: '왼쪽: 스케일 업은 vCPU 1개인 태스크나 인스턴스를 vCPU 4개짜리로 바꿉니다. 복사본은 여전히 하나이며, 가장 큰 크기라는 한계가 있고, 크기를 바꾸려면 다시 시작해야 하며, 단일 장애 지점이 됩니다. 오른쪽: 스케일 아웃은 복사본을 추가합니다. 로드 밸런서가 두 가용 영역의 태스크에 요청을 분산하고, 영역마다 태스크가 1개에서 3개로 늘어납니다.',
    caption: '스케일 업은 복사본 하나를 키우고, 스케일 아웃은 로드 밸런서 뒤의 여러 영역에 복사본을 추가합니다.',
    upTitle: '스케일 업: 더 큰 복사본',
    small: 'vCPU 1개',
    big: 'vCPU 4개',
    upArrow: '크기 변경',
    upNote: '여전히 복사본 하나: 크기 한계, 재시작, 단일 장애 지점',
    outTitle: '스케일 아웃: 더 많은 복사본',
    lb: '로드 밸런서',
    zoneA: '영역 a',
    zoneB: '영역 b',
    outNote: '추가된 복사본(초록색)이 여러 영역에 분산: 용량과 가용성을 함께 확보',
  },
});
