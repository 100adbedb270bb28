/**
 * The official AWS Architecture Icons (the aws-icons package, a copy of AWS's own SVG set), one named
 * export per icon so that a screen bundles only the icons it uses: `import { ecs } from '@/ui/awsIcons'`.
 * Service icons are the coloured squares AWS puts on slides; resource icons (a bucket, a task, a role) are
 * drawn in their category colour on a transparent ground. Icons drawn in AWS's dark "squid ink" are marked
 * `ink`, so dark mode can light them up. Each is imported as a URL (small ones are inlined as data: URLs),
 * which also makes them part of exported images.
 */
import ecsSrc from 'aws-icons/icons/architecture-service/AmazonElasticContainerService.svg?url';
import eksSrc from 'aws-icons/icons/architecture-service/AmazonElasticKubernetesService.svg?url';
import fargateSrc from 'aws-icons/icons/architecture-service/AWSFargate.svg?url';
import ecrSrc from 'aws-icons/icons/architecture-service/AmazonElasticContainerRegistry.svg?url';
import ec2Src from 'aws-icons/icons/architecture-service/AmazonEC2.svg?url';
import lambdaSrc from 'aws-icons/icons/architecture-service/AWSLambda.svg?url';
import codePipelineSrc from 'aws-icons/icons/architecture-service/AWSCodePipeline.svg?url';
import codeBuildSrc from 'aws-icons/icons/architecture-service/AWSCodeBuild.svg?url';
import codeDeploySrc from 'aws-icons/icons/architecture-service/AWSCodeDeploy.svg?url';
import iamSrc from 'aws-icons/icons/architecture-service/AWSIdentityandAccessManagement.svg?url';
import vpcSrc from 'aws-icons/icons/architecture-service/AmazonVirtualPrivateCloud.svg?url';
import cloudWatchSrc from 'aws-icons/icons/architecture-service/AmazonCloudWatch.svg?url';
import apiGatewaySrc from 'aws-icons/icons/architecture-service/AmazonAPIGateway.svg?url';
import elasticLoadBalancingSrc from 'aws-icons/icons/architecture-service/ElasticLoadBalancing.svg?url';
import s3Src from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?url';
import sqsSrc from 'aws-icons/icons/architecture-service/AmazonSimpleQueueService.svg?url';
import snsSrc from 'aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg?url';
import dynamoDbSrc from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg?url';
import efsSrc from 'aws-icons/icons/architecture-service/AmazonEFS.svg?url';
import eventBridgeSrc from 'aws-icons/icons/architecture-service/AmazonEventBridge.svg?url';
import batchSrc from 'aws-icons/icons/architecture-service/AWSBatch.svg?url';
import secretsManagerSrc from 'aws-icons/icons/architecture-service/AWSSecretsManager.svg?url';
import systemsManagerSrc from 'aws-icons/icons/architecture-service/AWSSystemsManager.svg?url';
import kmsSrc from 'aws-icons/icons/architecture-service/AWSKeyManagementService.svg?url';
import usersSrc from 'aws-icons/icons/resource/Users.svg?url';
import s3BucketSrc from 'aws-icons/icons/resource/AmazonSimpleStorageServiceBucket.svg?url';
import eventBridgeRuleSrc from 'aws-icons/icons/resource/AmazonEventBridgeRule.svg?url';
import eventBridgeSchedulerSrc from 'aws-icons/icons/resource/AmazonEventBridgeScheduler.svg?url';
import ecsServiceSrc from 'aws-icons/icons/resource/AmazonElasticContainerServiceService.svg?url';
import ecsTaskSrc from 'aws-icons/icons/resource/AmazonElasticContainerServiceTask.svg?url';
import applicationLoadBalancerSrc from 'aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg?url';
import sqsQueueSrc from 'aws-icons/icons/resource/AmazonSimpleQueueServiceQueue.svg?url';
import snsTopicSrc from 'aws-icons/icons/resource/AmazonSimpleNotificationServiceTopic.svg?url';
import dynamoDbTableSrc from 'aws-icons/icons/resource/AmazonDynamoDBTable.svg?url';
import efsFileSystemSrc from 'aws-icons/icons/resource/AmazonElasticFileSystemFileSystem.svg?url';
import ecrRegistrySrc from 'aws-icons/icons/resource/AmazonElasticContainerRegistryRegistry.svg?url';
import ecrImageSrc from 'aws-icons/icons/resource/AmazonElasticContainerRegistryImage.svg?url';
import cloudWatchAlarmSrc from 'aws-icons/icons/resource/AmazonCloudWatchAlarm.svg?url';
import iamRoleSrc from 'aws-icons/icons/resource/AWSIdentityAccessManagementRole.svg?url';
import natGatewaySrc from 'aws-icons/icons/resource/AmazonVPCNATGateway.svg?url';
import vpcEndpointsSrc from 'aws-icons/icons/resource/AmazonVPCEndpoints.svg?url';
import internetGatewaySrc from 'aws-icons/icons/resource/AmazonVPCInternetGateway.svg?url';
import networkLoadBalancerSrc from 'aws-icons/icons/resource/ElasticLoadBalancingNetworkLoadBalancer.svg?url';
import ec2InstanceSrc from 'aws-icons/icons/resource/AmazonEC2Instance.svg?url';
import ec2AutoScalingSrc from 'aws-icons/icons/resource/AmazonEC2AutoScaling.svg?url';
import ecsContainerSrc from 'aws-icons/icons/resource/AmazonElasticContainerServiceContainer1.svg?url';
import ebsVolumeSrc from 'aws-icons/icons/resource/AmazonElasticBlockStoreVolume.svg?url';
import cloudWatchLogsSrc from 'aws-icons/icons/resource/AmazonCloudWatchLogs.svg?url';
import parameterStoreSrc from 'aws-icons/icons/resource/AWSSystemsManagerParameterStore.svg?url';
import stsSrc from 'aws-icons/icons/resource/AWSIdentityAccessManagementAWSSTS.svg?url';
import temporaryCredentialSrc from 'aws-icons/icons/resource/AWSIdentityAccessManagementTemporarySecurityCredential.svg?url';
import iamPermissionsSrc from 'aws-icons/icons/resource/AWSIdentityAccessManagementPermissions.svg?url';
import clientSrc from 'aws-icons/icons/resource/Client.svg?url';
import internetSrc from 'aws-icons/icons/resource/Internet.svg?url';
import documentSrc from 'aws-icons/icons/resource/Document.svg?url';
import applicationAutoScalingSrc from 'aws-icons/icons/architecture-service/AWSApplicationAutoScaling.svg?url';
import cloudFormationSrc from 'aws-icons/icons/architecture-service/AWSCloudFormation.svg?url';
import appRunnerSrc from 'aws-icons/icons/architecture-service/AWSAppRunner.svg?url';
import xRaySrc from 'aws-icons/icons/architecture-service/AWSXRay.svg?url';
import openSearchSrc from 'aws-icons/icons/architecture-service/AmazonOpenSearchService.svg?url';
import dataFirehoseSrc from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg?url';
import prometheusSrc from 'aws-icons/icons/architecture-service/AmazonManagedServiceforPrometheus.svg?url';
import rdsSrc from 'aws-icons/icons/architecture-service/AmazonRDS.svg?url';
import certificateManagerSrc from 'aws-icons/icons/architecture-service/AWSCertificateManager.svg?url';
import elasticBeanstalkSrc from 'aws-icons/icons/architecture-service/AWSElasticBeanstalk.svg?url';
import cloudShellSrc from 'aws-icons/icons/architecture-service/AWSCloudShell.svg?url';
import inspectorSrc from 'aws-icons/icons/architecture-service/AmazonInspector.svg?url';
import elastiCacheSrc from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg?url';
import kinesisSrc from 'aws-icons/icons/architecture-service/AmazonKinesis.svg?url';

export interface AwsIconDef {
  /** The service or resource, as AWS names it (the icon's text alternative when it stands alone). */
  title: string;
  src: string;
  /** Drawn in AWS's dark ink: needs lightening on a dark background. */
  ink?: true;
}

/* Services */
export const ecs: AwsIconDef = { title: 'Amazon Elastic Container Service', src: ecsSrc };
export const eks: AwsIconDef = { title: 'Amazon Elastic Kubernetes Service', src: eksSrc };
export const fargate: AwsIconDef = { title: 'AWS Fargate', src: fargateSrc };
export const ecr: AwsIconDef = { title: 'Amazon Elastic Container Registry', src: ecrSrc };
export const ec2: AwsIconDef = { title: 'Amazon EC2', src: ec2Src };
export const lambda: AwsIconDef = { title: 'AWS Lambda', src: lambdaSrc };
export const codePipeline: AwsIconDef = { title: 'AWS CodePipeline', src: codePipelineSrc };
export const codeBuild: AwsIconDef = { title: 'AWS CodeBuild', src: codeBuildSrc };
export const codeDeploy: AwsIconDef = { title: 'AWS CodeDeploy', src: codeDeploySrc };
export const iam: AwsIconDef = { title: 'AWS Identity and Access Management', src: iamSrc };
export const vpc: AwsIconDef = { title: 'Amazon Virtual Private Cloud', src: vpcSrc };
export const cloudWatch: AwsIconDef = { title: 'Amazon CloudWatch', src: cloudWatchSrc };
export const apiGateway: AwsIconDef = { title: 'Amazon API Gateway', src: apiGatewaySrc };
export const elasticLoadBalancing: AwsIconDef = { title: 'Elastic Load Balancing', src: elasticLoadBalancingSrc };
export const s3: AwsIconDef = { title: 'Amazon Simple Storage Service', src: s3Src };
export const sqs: AwsIconDef = { title: 'Amazon Simple Queue Service', src: sqsSrc };
export const sns: AwsIconDef = { title: 'Amazon Simple Notification Service', src: snsSrc };
export const dynamoDb: AwsIconDef = { title: 'Amazon DynamoDB', src: dynamoDbSrc };
export const efs: AwsIconDef = { title: 'Amazon Elastic File System', src: efsSrc };
export const eventBridge: AwsIconDef = { title: 'Amazon EventBridge', src: eventBridgeSrc };
export const batch: AwsIconDef = { title: 'AWS Batch', src: batchSrc };
export const secretsManager: AwsIconDef = { title: 'AWS Secrets Manager', src: secretsManagerSrc };
export const systemsManager: AwsIconDef = { title: 'AWS Systems Manager', src: systemsManagerSrc };
export const kms: AwsIconDef = { title: 'AWS Key Management Service', src: kmsSrc };

/* Resources */
export const users: AwsIconDef = { title: 'Users', src: usersSrc, ink: true };
export const s3Bucket: AwsIconDef = { title: 'Amazon S3 bucket', src: s3BucketSrc };
export const eventBridgeRule: AwsIconDef = { title: 'Amazon EventBridge rule', src: eventBridgeRuleSrc };
export const eventBridgeScheduler: AwsIconDef = { title: 'Amazon EventBridge Scheduler', src: eventBridgeSchedulerSrc };
export const ecsService: AwsIconDef = { title: 'Amazon ECS service', src: ecsServiceSrc };
export const ecsTask: AwsIconDef = { title: 'Amazon ECS task', src: ecsTaskSrc };
export const applicationLoadBalancer: AwsIconDef = { title: 'Application Load Balancer', src: applicationLoadBalancerSrc };
export const sqsQueue: AwsIconDef = { title: 'Amazon SQS queue', src: sqsQueueSrc };
export const snsTopic: AwsIconDef = { title: 'Amazon SNS topic', src: snsTopicSrc };
export const dynamoDbTable: AwsIconDef = { title: 'Amazon DynamoDB table', src: dynamoDbTableSrc };
export const efsFileSystem: AwsIconDef = { title: 'Amazon EFS file system', src: efsFileSystemSrc };
export const ecrRegistry: AwsIconDef = { title: 'Amazon ECR registry', src: ecrRegistrySrc };
export const ecrImage: AwsIconDef = { title: 'Amazon ECR image', src: ecrImageSrc };
export const cloudWatchAlarm: AwsIconDef = { title: 'Amazon CloudWatch alarm', src: cloudWatchAlarmSrc };
export const iamRole: AwsIconDef = { title: 'IAM role', src: iamRoleSrc };

/* Added for lesson figures */
export const natGateway: AwsIconDef = { title: 'NAT gateway', src: natGatewaySrc };
export const vpcEndpoints: AwsIconDef = { title: 'VPC endpoints', src: vpcEndpointsSrc };
export const internetGateway: AwsIconDef = { title: 'Internet gateway', src: internetGatewaySrc };
export const networkLoadBalancer: AwsIconDef = { title: 'Network Load Balancer', src: networkLoadBalancerSrc };
export const ec2Instance: AwsIconDef = { title: 'Amazon EC2 instance', src: ec2InstanceSrc };
export const ec2AutoScaling: AwsIconDef = { title: 'Amazon EC2 Auto Scaling', src: ec2AutoScalingSrc };
export const ecsContainer: AwsIconDef = { title: 'Amazon ECS container', src: ecsContainerSrc };
export const ebsVolume: AwsIconDef = { title: 'Amazon EBS volume', src: ebsVolumeSrc };
export const cloudWatchLogs: AwsIconDef = { title: 'Amazon CloudWatch Logs', src: cloudWatchLogsSrc };
export const parameterStore: AwsIconDef = { title: 'AWS Systems Manager Parameter Store', src: parameterStoreSrc };
export const sts: AwsIconDef = { title: 'AWS Security Token Service', src: stsSrc };
export const temporaryCredential: AwsIconDef = { title: 'Temporary security credential', src: temporaryCredentialSrc };
export const iamPermissions: AwsIconDef = { title: 'IAM permissions', src: iamPermissionsSrc };
export const client: AwsIconDef = { title: 'Client', src: clientSrc, ink: true };
export const internet: AwsIconDef = { title: 'Internet', src: internetSrc, ink: true };
export const document: AwsIconDef = { title: 'Document', src: documentSrc, ink: true };
export const applicationAutoScaling: AwsIconDef = { title: 'AWS Application Auto Scaling', src: applicationAutoScalingSrc };
export const cloudFormation: AwsIconDef = { title: 'AWS CloudFormation', src: cloudFormationSrc };
export const appRunner: AwsIconDef = { title: 'AWS App Runner', src: appRunnerSrc };
export const xRay: AwsIconDef = { title: 'AWS X-Ray', src: xRaySrc };
export const openSearch: AwsIconDef = { title: 'Amazon OpenSearch Service', src: openSearchSrc };
export const dataFirehose: AwsIconDef = { title: 'Amazon Data Firehose', src: dataFirehoseSrc };
export const prometheus: AwsIconDef = { title: 'Amazon Managed Service for Prometheus', src: prometheusSrc };
export const rds: AwsIconDef = { title: 'Amazon RDS', src: rdsSrc };
export const certificateManager: AwsIconDef = { title: 'AWS Certificate Manager', src: certificateManagerSrc };
export const elasticBeanstalk: AwsIconDef = { title: 'AWS Elastic Beanstalk', src: elasticBeanstalkSrc };
export const cloudShell: AwsIconDef = { title: 'AWS CloudShell', src: cloudShellSrc };
export const inspector: AwsIconDef = { title: 'Amazon Inspector', src: inspectorSrc };
export const elastiCache: AwsIconDef = { title: 'Amazon ElastiCache', src: elastiCacheSrc };
export const kinesis: AwsIconDef = { title: 'Amazon Kinesis', src: kinesisSrc };
