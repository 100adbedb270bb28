/**
 * The simulator in Kubernetes words. A Kubernetes scenario runs on the same engine as an ECS one (a
 * pod is a task, a node an instance, a revision a ReplicaSet), but the screen speaks of pods, nodes,
 * ReplicaSets, readiness, maxSurge and maxUnavailable, as the EKS lessons do. These messages replace
 * their ECS counterparts of the same key when the scenario's mode is "kubernetes".
 */
import { useMemo } from 'react';
import { defineMessages, type Params } from '@/ui/i18n';
import { useMessages, type Msg } from './messages';

type Key = Parameters<Msg>[0];

const en = {
  noTasks: 'No pods',
  chipLabel: 'Pod {task}, ReplicaSet of revision {rev}, {status}. Show why it was scheduled here.',
  chipLabelPlain: 'Pod {task}, ReplicaSet of revision {rev}, {status}',
  statusPending: 'Pending',
  statusRunning: 'Running',
  statusHealthy: 'Ready',
  statusUnhealthy: 'failed its readiness probe',
  statusStopping: 'Terminating',
  statusStopped: 'deleted',
  revision: 'ReplicaSet of revision {rev}',
  running: 'Running pods: {list}',
  evTaskPlaced: 'Pod {task} (ReplicaSet of revision {rev}) scheduled on node {instance}',
  evTaskUnplaceable: 'A pod of revision {rev} could not be scheduled: {reason}',
  evTaskRunning: 'Pod {task} is Running',
  evTaskHealthy: 'Pod {task} is Ready: its readiness probe passed',
  evTaskUnhealthy: 'Pod {task} failed its readiness probe: {reason}',
  evTaskStopping: 'Pod {task} is Terminating: {reason}',
  evTaskStopped: 'Pod {task} is gone: {reason}',
  evInstanceStopped: 'Node {instance} stopped',
  evServiceScaled: 'Deployment set to {n} replicas',
  evDeploymentStarted: 'Rollout of revision {rev} started: {reason}',
  evDeploymentCompleted: 'Rollout of revision {rev} complete: its ReplicaSet has every replica Ready',
  evDeploymentStuck: 'Rollout of revision {rev} is stuck: {reason}',
  whyNone: 'No pod has been scheduled yet at this point of the timeline.',
  whyHeld: 'While it plays, this stays on the pod scheduled when playback started. Pause to see the latest.',
  whyCaption: 'Why pod {task} (revision {rev}) was scheduled on {instance}',
  whyNeeds: 'The pod requests {cpu} CPU units and {memory} MiB{extra}.',
  colInstance: 'Node',
  stepsResources: 'Nodes with enough CPU and memory: {after} of {total}',
  waitingHeading: 'Pods waiting for a node',
  waitingChip: '{count} × r{rev} Pending',
  waitingLabel: '{count} pod(s) of revision {rev} Pending, not scheduled: {reason}',
  packedLabel: '{n} pods of revision {rev}, {status}',
  rollingUpdate: 'RollingUpdate with maxSurge {surge} and maxUnavailable {unavailable} of {replicas} replicas: at most {most} pods, at least {least} Ready',
  scaledDownOld: 'RollingUpdate scaled down the old ReplicaSet',
  recreate: 'Recreate: every old pod goes before revision {rev} starts',
  deploymentBounds: 'maxSurge {surge} · maxUnavailable {unavailable}',
} as const satisfies Partial<Record<Key, string>> & Record<string, string>;

const ko: Record<keyof typeof en, string> = {
  noTasks: '파드 없음',
  chipLabel: '파드 {task}, 리비전 {rev} 레플리카셋, {status}. 이 노드에 스케줄된 이유 보기.',
  chipLabelPlain: '파드 {task}, 리비전 {rev} 레플리카셋, {status}',
  statusPending: 'Pending',
  statusRunning: 'Running',
  statusHealthy: 'Ready',
  statusUnhealthy: '준비성 프로브 실패',
  statusStopping: 'Terminating',
  statusStopped: '삭제됨',
  revision: '리비전 {rev} 레플리카셋',
  running: '실행 중인 파드: {list}',
  evTaskPlaced: '파드 {task}(리비전 {rev} 레플리카셋)을 노드 {instance}에 스케줄함',
  evTaskUnplaceable: '리비전 {rev} 파드를 스케줄하지 못함: {reason}',
  evTaskRunning: '파드 {task}이(가) Running 상태가 됨',
  evTaskHealthy: '파드 {task}이(가) Ready 상태가 됨: 준비성 프로브 통과',
  evTaskUnhealthy: '파드 {task}이(가) 준비성 프로브에 실패함: {reason}',
  evTaskStopping: '파드 {task} 종료 중(Terminating): {reason}',
  evTaskStopped: '파드 {task} 삭제됨: {reason}',
  evInstanceStopped: '노드 {instance} 중지됨',
  evServiceScaled: 'Deployment의 레플리카 수를 {n}(으)로 설정',
  evDeploymentStarted: '리비전 {rev} 롤아웃 시작: {reason}',
  evDeploymentCompleted: '리비전 {rev} 롤아웃 완료: 레플리카셋의 모든 레플리카가 Ready',
  evDeploymentStuck: '리비전 {rev} 롤아웃이 멈춤: {reason}',
  whyNone: '타임라인의 이 시점에는 아직 스케줄된 파드가 없습니다.',
  whyHeld: '재생하는 동안에는 재생을 시작할 때 보이던 파드의 스케줄링을 그대로 보여 줍니다. 일시 정지하면 최근 결과를 볼 수 있습니다.',
  whyCaption: '파드 {task}(리비전 {rev})이(가) {instance}에 스케줄된 이유',
  whyNeeds: '이 파드는 CPU {cpu} 단위와 메모리 {memory} MiB{extra}를 요청합니다.',
  colInstance: '노드',
  stepsResources: 'CPU와 메모리가 충분한 노드: {total}개 중 {after}개',
  waitingHeading: '노드를 기다리는 파드',
  waitingChip: 'r{rev} {count}개 Pending',
  waitingLabel: '리비전 {rev} 파드 {count}개가 스케줄되지 못하고 Pending 상태: {reason}',
  packedLabel: '리비전 {rev} 파드 {n}개, {status}',
  rollingUpdate: 'RollingUpdate, maxSurge {surge}, maxUnavailable {unavailable}(레플리카 {replicas}개 기준): 파드는 최대 {most}개, Ready 파드는 최소 {least}개',
  scaledDownOld: 'RollingUpdate가 이전 레플리카셋을 축소함',
  recreate: 'Recreate: 리비전 {rev}을(를) 시작하기 전에 이전 파드를 모두 종료함',
  deploymentBounds: 'maxSurge {surge} · maxUnavailable {unavailable}',
};

const useK8sMessages = defineMessages({ en, ko });
const KUBERNETES_KEYS = new Set<string>(Object.keys(en));

/** Messages that also put the engine's reasons (English) into the learner's language where they can. */
export type ModeMsg = Msg & { reason: (text: string) => string };

/** The simulator's messages for a scenario: in Kubernetes words when its mode is "kubernetes". */
export function useModeMessages(mode: 'ecs' | 'kubernetes' | undefined): ModeMsg {
  const m = useMessages();
  const k = useK8sMessages();
  return useMemo<ModeMsg>(() => {
    if (mode !== 'kubernetes') return Object.assign((key: Key, params?: Params) => m(key, params), { reason: (text: string) => text });
    const msg = (key: Key, params?: Params) => (KUBERNETES_KEYS.has(key) ? k(key as keyof typeof en, params) : m(key, params));
    return Object.assign(msg, { reason: (text: string) => kubernetesReason(text, k) });
  }, [m, k, mode]);
}

export function kubernetesReason(reason: string, k: (key: keyof typeof en, params?: Params) => string): string {
  const rolling = /^RollingUpdate: maxSurge (\d+), maxUnavailable (\d+) \(of (\d+) replicas\)$/.exec(reason);
  if (rolling) {
    const [surge, unavailable, replicas] = rolling.slice(1).map(Number) as [number, number, number];
    return k('rollingUpdate', { surge, unavailable, replicas, most: replicas + surge, least: replicas - unavailable });
  }
  if (reason === 'RollingUpdate: scaled down the old ReplicaSet') return k('scaledDownOld');
  const recreate = /^Recreate: replaced by revision (\d+)$/.exec(reason);
  if (recreate) return k('recreate', { rev: recreate[1] ?? '' });
  return reason;
}
