/**
 * The words of every figure, by id: the build reads the captions from here (remarkFigures.ts) and the tests
 * check every figure's title and description in both languages. Data only, no React, so Node can load it.
 */
import type { FigureId } from './catalogue';
import type { FigureTextDef } from './text';
import { vmVsContainerText } from './diagrams/vmVsContainer.text.ts';
import { ecsRollingWavesText } from './diagrams/ecsRollingWaves.text.ts';
import { containerServicesText } from './diagrams/containerServices.text.ts';
import { monolithToMicroservicesText } from './diagrams/monolithToMicroservices.text.ts';
import { scaleUpVsOutText } from './diagrams/scaleUpVsOut.text.ts';
import { controlLoopText } from './diagrams/controlLoop.text.ts';
import { imageLayersText } from './diagrams/imageLayers.text.ts';
import { tagsAndDigestsText } from './diagrams/tagsAndDigests.text.ts';
import { ecrLoginFlowText } from './diagrams/ecrLoginFlow.text.ts';
import { dockerMountsText } from './diagrams/dockerMounts.text.ts';
import { privateSubnetEndpointsText } from './diagrams/privateSubnetEndpoints.text.ts';
import { ecrCrossAccountText } from './diagrams/ecrCrossAccount.text.ts';
import { ecrLifecycleText } from './diagrams/ecrLifecycle.text.ts';
import { lambdaContainerRuntimeText } from './diagrams/lambdaContainerRuntime.text.ts';
import { ecsObjectModelText } from './diagrams/ecsObjectModel.text.ts';
import { launchTypeResponsibilityText } from './diagrams/launchTypeResponsibility.text.ts';
import { capacityStrategy10Text, capacityStrategy20Text } from './diagrams/capacityStrategy.text.ts';
import { memoryLimitsText } from './diagrams/memoryLimits.text.ts';
import { secretsInjectionText } from './diagrams/secretsInjection.text.ts';
import { ecsIamRolesText } from './diagrams/ecsIamRoles.text.ts';
import { bridgeVsAwsvpcText } from './diagrams/bridgeVsAwsvpc.text.ts';
import { securityGroupChainText } from './diagrams/securityGroupChain.text.ts';
import { albRoutingText } from './diagrams/albRouting.text.ts';
import { efsMountTargetsText } from './diagrams/efsMountTargets.text.ts';
import { binpackMemoryText } from './diagrams/binpackMemory.text.ts';
import { s3EventRunsTaskText } from './diagrams/s3EventRunsTask.text.ts';
import { eksArchitectureText } from './diagrams/eksArchitecture.text.ts';
import { deliveryPipelineText } from './diagrams/deliveryPipeline.text.ts';
import { assumeRoleText } from './diagrams/assumeRole.text.ts';
import { ecsScalingLayersText } from './diagrams/ecsScalingLayers.text.ts';
import { eksRollingWavesText } from './diagrams/eksRollingWaves.text.ts';
import { iamPolicyEvaluationText } from './diagrams/iamPolicyEvaluation.text.ts';
import { eksPodCredentialsText } from './diagrams/eksPodCredentials.text.ts';
import { eksNodeTypesText } from './diagrams/eksNodeTypes.text.ts';
import { ecsTracingSidecarText } from './diagrams/ecsTracingSidecar.text.ts';
import { eksWorkloadObjectsText } from './diagrams/eksWorkloadObjects.text.ts';
import { eksStorageClaimsText } from './diagrams/eksStorageClaims.text.ts';
import { eksPrivateClusterText } from './diagrams/eksPrivateCluster.text.ts';

export const figureTexts: Record<FigureId, FigureTextDef> = {
  'vm-vs-container': vmVsContainerText,
  'ecs-rolling-waves': ecsRollingWavesText,
  'container-services': containerServicesText,
  'monolith-to-microservices': monolithToMicroservicesText,
  'scale-up-vs-out': scaleUpVsOutText,
  'control-loop': controlLoopText,
  'image-layers': imageLayersText,
  'tags-and-digests': tagsAndDigestsText,
  'ecr-login-flow': ecrLoginFlowText,
  'docker-mounts': dockerMountsText,
  'private-subnet-endpoints': privateSubnetEndpointsText,
  'ecr-cross-account': ecrCrossAccountText,
  'ecr-lifecycle': ecrLifecycleText,
  'lambda-container-runtime': lambdaContainerRuntimeText,
  'ecs-object-model': ecsObjectModelText,
  'launch-type-responsibility': launchTypeResponsibilityText,
  'capacity-strategy-10': capacityStrategy10Text,
  'capacity-strategy-20': capacityStrategy20Text,
  'memory-limits': memoryLimitsText,
  'secrets-injection': secretsInjectionText,
  'ecs-iam-roles': ecsIamRolesText,
  'bridge-vs-awsvpc': bridgeVsAwsvpcText,
  'security-group-chain': securityGroupChainText,
  'alb-routing': albRoutingText,
  'efs-mount-targets': efsMountTargetsText,
  'binpack-memory': binpackMemoryText,
  's3-event-runs-task': s3EventRunsTaskText,
  'eks-architecture': eksArchitectureText,
  'delivery-pipeline': deliveryPipelineText,
  'assume-role': assumeRoleText,
  'ecs-scaling-layers': ecsScalingLayersText,
  'eks-rolling-waves': eksRollingWavesText,
  'iam-policy-evaluation': iamPolicyEvaluationText,
  'eks-pod-credentials': eksPodCredentialsText,
  'eks-node-types': eksNodeTypesText,
  'ecs-tracing-sidecar': ecsTracingSidecarText,
  'eks-workload-objects': eksWorkloadObjectsText,
  'eks-storage-claims': eksStorageClaimsText,
  'eks-private-cluster': eksPrivateClusterText,
};
