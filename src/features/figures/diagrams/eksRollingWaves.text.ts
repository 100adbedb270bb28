import { defineFigureText } from '../text.ts';

export const eksRollingWavesText = defineFigureText({
  en: {
    title: 'Kubernetes rolling update waves: 10 replicas at 25% / 25%',
    desc: 'A Deployment with 10 replicas and the default maxSurge 25% and maxUnavailable 25%, drawn step by step as columns of Pods from the old ReplicaSet (blue) under Pods from the new ReplicaSet (green). maxSurge rounds up to 3, so the ceiling is 13 Pods; maxUnavailable rounds down to 2, so at least 8 Pods stay available. Start: 10 old. Step 1: the new ReplicaSet grows to 3, making 13. Step 2: the old one shrinks to 8, the floor. Step 3: the new one grows to 5, 13 again. Step 4: once the 5 new Pods are ready, the old one drops to 3. Step 5: the new one grows to 10. Done: the last 3 old Pods go as the new ones become ready.',
    caption: 'maxSurge sets the ceiling (10 + 3 = 13 Pods) and maxUnavailable the floor (10 − 2 = 8 available); the Deployment moves both ReplicaSets a few Pods at a time between the two.',
    chart: 'replicas: 10, maxSurge 25%, maxUnavailable 25%',
    floor: 'floor: 8 available',
    ceiling: 'ceiling: 13 Pods',
    start: 'Start',
    done: 'Done',
    oldRevision: 'Old ReplicaSet',
    newRevision: 'New ReplicaSet',
  },
  ko: {
    title: 'Kubernetes 롤링 업데이트의 단계: 레플리카 10개, 25% / 25%',
    desc: '레플리카 10개에 기본값 maxSurge 25%, maxUnavailable 25%인 디플로이먼트를 단계별 열로 그렸습니다. 각 열은 옛 레플리카셋의 파드(파란색) 위에 새 레플리카셋의 파드(초록색)를 쌓습니다. maxSurge는 올림해서 3이므로 상한은 파드 13개이고, maxUnavailable은 내림해서 2이므로 적어도 파드 8개는 사용 가능한 상태로 남습니다. 시작: 옛 파드 10개. 1단계: 새 레플리카셋이 3개로 늘어 13개가 됩니다. 2단계: 옛 레플리카셋이 하한인 8개로 줄어듭니다. 3단계: 새 레플리카셋이 5개로 늘어 다시 13개가 됩니다. 4단계: 새 파드 5개가 준비되면 옛 레플리카셋이 3개로 줄어듭니다. 5단계: 새 레플리카셋이 10개로 늘어납니다. 완료: 새 파드가 준비되는 대로 마지막 옛 파드 3개가 사라집니다.',
    caption: 'maxSurge는 상한(10 + 3 = 파드 13개)을, maxUnavailable은 하한(10 − 2 = 사용 가능 8개)을 정합니다. 디플로이먼트는 두 레플리카셋을 그 사이에서 몇 개씩 옮깁니다.',
    chart: 'replicas: 10, maxSurge 25%, maxUnavailable 25%',
    floor: '하한: 사용 가능 8개',
    ceiling: '상한: 파드 13개',
    start: '시작',
    done: '완료',
    oldRevision: '옛 레플리카셋',
    newRevision: '새 레플리카셋',
  },
});
