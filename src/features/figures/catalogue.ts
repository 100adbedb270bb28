/**
 * Every lesson figure, by the id a lesson uses in `<Figure id="…" />`. An entry names the drawing's chunk
 * (loaded only when a lesson shows it) and its coordinate space: `wide` for laptops and projectors, and an
 * optional taller `narrow` variant for phones. The lesson reserves the box from these sizes before the drawing
 * loads. `frames` marks an animated figure; `maxWidth` caps a compact drawing on large screens.
 *
 * To add a figure: draw it in `diagrams/Name.tsx` with its words in `diagrams/name.text.ts`, add the text to
 * `texts.ts` and an entry here, then use it in a lesson. The figure tests render every entry in both languages
 * and themes; the content tests refuse a lesson that names an id missing here.
 */
import type { ComponentType } from 'react';

export interface FigureEntry {
  load: () => Promise<{ default: ComponentType }>;
  wide: readonly [number, number];
  narrow?: readonly [number, number];
  maxWidth?: number;
  frames?: number;
}

export const figureCatalogue = {
  'vm-vs-container': { load: () => import('./diagrams/VmVsContainer'), wide: [720, 310], narrow: [360, 532] },
  'ecs-rolling-waves': { load: () => import('./diagrams/EcsRollingWaves'), wide: [720, 360], narrow: [360, 660], frames: 5 },
  'container-services': { load: () => import('./diagrams/ContainerServices'), wide: [720, 320], narrow: [360, 588] },
  'monolith-to-microservices': { load: () => import('./diagrams/MonolithToMicroservices'), wide: [720, 324], narrow: [360, 748] },
  'scale-up-vs-out': { load: () => import('./diagrams/ScaleUpVsOut'), wide: [720, 290], narrow: [360, 572] },
  'control-loop': { load: () => import('./diagrams/ControlLoop'), wide: [720, 326], narrow: [360, 412] },
  'image-layers': { load: () => import('./diagrams/ImageLayers'), wide: [720, 340], narrow: [360, 636], frames: 6 },
  'tags-and-digests': { load: () => import('./diagrams/TagsAndDigests'), wide: [720, 300], narrow: [360, 420] },
  'ecr-login-flow': { load: () => import('./diagrams/EcrLoginFlow'), wide: [720, 236], narrow: [360, 464] },
  'docker-mounts': { load: () => import('./diagrams/DockerMounts'), wide: [720, 306], narrow: [360, 512] },
  'private-subnet-endpoints': { load: () => import('./diagrams/PrivateSubnetEndpoints'), wide: [720, 356], narrow: [360, 464] },
  'ecr-cross-account': { load: () => import('./diagrams/EcrCrossAccount'), wide: [720, 310], narrow: [360, 576] },
  'ecr-lifecycle': { load: () => import('./diagrams/EcrLifecycle'), wide: [720, 292], narrow: [360, 478] },
  'lambda-container-runtime': { load: () => import('./diagrams/LambdaContainerRuntime'), wide: [720, 304], narrow: [360, 586] },
  'ecs-object-model': { load: () => import('./diagrams/EcsObjectModel'), wide: [720, 424], narrow: [360, 716] },
  'launch-type-responsibility': { load: () => import('./diagrams/LaunchTypeResponsibility'), wide: [720, 390], narrow: [360, 528] },
  'capacity-strategy-10': { load: () => import('./diagrams/CapacityStrategy10'), wide: [720, 210], narrow: [360, 180] },
  'capacity-strategy-20': { load: () => import('./diagrams/CapacityStrategy20'), wide: [720, 280], narrow: [360, 220] },
  'memory-limits': { load: () => import('./diagrams/MemoryLimits'), wide: [720, 270], narrow: [360, 326] },
  'secrets-injection': { load: () => import('./diagrams/SecretsInjection'), wide: [720, 378], narrow: [360, 704] },
  'ecs-iam-roles': { load: () => import('./diagrams/EcsIamRoles'), wide: [720, 420], narrow: [360, 644] },
  'bridge-vs-awsvpc': { load: () => import('./diagrams/BridgeVsAwsvpc'), wide: [720, 440], narrow: [360, 886] },
  'security-group-chain': { load: () => import('./diagrams/SecurityGroupChain'), wide: [720, 182], narrow: [360, 402] },
  'alb-routing': { load: () => import('./diagrams/AlbRouting'), wide: [720, 386], narrow: [360, 610] },
  'efs-mount-targets': { load: () => import('./diagrams/EfsMountTargets'), wide: [720, 360], narrow: [360, 574] },
  'binpack-memory': { load: () => import('./diagrams/BinpackMemory'), wide: [720, 318], narrow: [360, 400], frames: 6 },
  's3-event-runs-task': { load: () => import('./diagrams/S3EventRunsTask'), wide: [720, 336], narrow: [360, 552], frames: 4 },
  'eks-architecture': { load: () => import('./diagrams/EksArchitecture'), wide: [720, 424], narrow: [360, 744] },
  'delivery-pipeline': { load: () => import('./diagrams/DeliveryPipeline'), wide: [720, 306], narrow: [360, 510] },
  'assume-role': { load: () => import('./diagrams/AssumeRole'), wide: [720, 300], narrow: [360, 692] },
  'ecs-scaling-layers': { load: () => import('./diagrams/EcsScalingLayers'), wide: [720, 354], narrow: [360, 610], frames: 5 },
  'eks-rolling-waves': { load: () => import('./diagrams/EksRollingWaves'), wide: [720, 400], narrow: [360, 400], frames: 7 },
  'iam-policy-evaluation': { load: () => import('./diagrams/IamPolicyEvaluation'), wide: [720, 494], narrow: [360, 880] },
  'eks-pod-credentials': { load: () => import('./diagrams/EksPodCredentials'), wide: [720, 494], narrow: [360, 980] },
  'eks-node-types': { load: () => import('./diagrams/EksNodeTypes'), wide: [720, 400], narrow: [360, 652] },
  'ecs-tracing-sidecar': { load: () => import('./diagrams/EcsTracingSidecar'), wide: [720, 388], narrow: [360, 790] },
  'eks-workload-objects': { load: () => import('./diagrams/EksWorkloadObjects'), wide: [720, 430], narrow: [360, 820] },
  'eks-storage-claims': { load: () => import('./diagrams/EksStorageClaims'), wide: [720, 478], narrow: [360, 970] },
  'eks-private-cluster': { load: () => import('./diagrams/EksPrivateCluster'), wide: [720, 521], narrow: [360, 949] },
} satisfies Record<string, FigureEntry>;

export type FigureId = keyof typeof figureCatalogue;

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figureCatalogue, id);
}
