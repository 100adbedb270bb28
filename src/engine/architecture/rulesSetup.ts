import { DOC } from './docs.ts';
import type { ConnectionRule, MisplacementRule } from './types.ts';

const ECS = ['ecs-task', 'ecs-service'] as const;

export const ECR_PULL_ACTIONS = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] as const;
export const ECR_PUSH_ACTIONS = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
] as const;

const onFargate = [{ on: 'target' as const, path: 'launchType', op: 'eq' as const, value: 'FARGATE' }];
const onEc2 = [{ on: 'target' as const, path: 'launchType', op: 'eq' as const, value: 'EC2' }];

export const SETUP_RULES: readonly ConnectionRule[] = [
  ...ECS.map(
    (k): ConnectionRule => ({
      id: `role-used-by-${k}`,
      source: 'iam-role',
      target: k,
      integration: 'The task definition names this role (task role or task execution role)',
      verdict: 'valid',
      principal: 'ecs-tasks.amazonaws.com',
      explanation:
        'A task definition names at most one task role (used by your code through the SDK) and one task execution role (used by the ECS and Fargate agents to pull images, write logs and fetch secrets). Both trust ecs-tasks.amazonaws.com.',
      docUrl: DOC.taskRole,
      requires: [],
      variants: [
        {
          when: [{ on: 'source', path: 'purpose', op: 'notIn', value: ['task', 'execution'] }],
          verdict: 'invalid',
          explanation:
            'This role is meant for EventBridge, EventBridge Scheduler or CodeBuild and trusts that service, not ecs-tasks.amazonaws.com. A task can only use roles made for ECS tasks: set the purpose to task or execution.',
          docUrl: DOC.taskRole,
        },
      ],
      setup: 'attach',
    }),
  ),
  {
    id: 'role-used-by-rule',
    source: 'iam-role',
    target: 'eventbridge-rule',
    integration: 'The rule target\'s IAM role',
    verdict: 'valid',
    principal: 'events.amazonaws.com',
    explanation:
      'EventBridge assumes this role to invoke targets that need one, such as an ECS task (ecs:RunTask). It must trust events.amazonaws.com.',
    docUrl: DOC.ecsEventsRole,
    requires: [],
    variants: [
      {
        when: [{ on: 'source', path: 'purpose', op: 'ne', value: 'eventbridge' }],
        verdict: 'invalid',
        explanation: 'EventBridge can only assume a role that trusts events.amazonaws.com: set the role purpose to eventbridge.',
        docUrl: DOC.ecsEventsRole,
      },
    ],
    setup: 'attach',
  },
  {
    id: 'role-used-by-schedule',
    source: 'iam-role',
    target: 'eventbridge-schedule',
    integration: 'The schedule\'s execution role',
    verdict: 'valid',
    principal: 'scheduler.amazonaws.com (EventBridge Scheduler) or events.amazonaws.com (scheduled rule)',
    explanation:
      'EventBridge Scheduler assumes an execution role that trusts scheduler.amazonaws.com to call the target API; a legacy scheduled rule assumes a role that trusts events.amazonaws.com.',
    docUrl: DOC.schedulerRole,
    requires: [],
    variants: [
      {
        when: [{ on: 'source', path: 'purpose', op: 'notIn', value: ['scheduler', 'eventbridge'] }],
        verdict: 'invalid',
        explanation: 'A schedule can only assume a role that trusts scheduler.amazonaws.com (or events.amazonaws.com for a scheduled rule).',
        docUrl: DOC.schedulerRole,
      },
      {
        when: [
          { on: 'source', path: 'purpose', op: 'eq', value: 'eventbridge' },
          { on: 'target', path: 'service', op: 'eq', value: 'scheduler' },
        ],
        verdict: 'invalid',
        explanation: 'EventBridge Scheduler assumes roles that trust scheduler.amazonaws.com; this role trusts events.amazonaws.com. Set its purpose to scheduler.',
        docUrl: DOC.schedulerRole,
      },
      {
        when: [
          { on: 'source', path: 'purpose', op: 'eq', value: 'scheduler' },
          { on: 'target', path: 'service', op: 'eq', value: 'scheduled-rule' },
        ],
        verdict: 'invalid',
        explanation: 'A scheduled EventBridge rule assumes roles that trust events.amazonaws.com; this role trusts scheduler.amazonaws.com. Set its purpose to eventbridge.',
        docUrl: DOC.ecsEventsRole,
      },
    ],
    setup: 'attach',
  },
  {
    id: 'build-pushes-image',
    source: 'iam-role',
    target: 'ecr',
    integration: 'A CodeBuild project (with this service role) pushes images to the repository',
    verdict: 'valid',
    principal: 'codebuild.amazonaws.com',
    explanation:
      'The build logs in with ecr:GetAuthorizationToken (resource *) and pushes layers and the manifest with ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository.',
    docUrl: DOC.ecrPush,
    requires: [
      { type: 'permission', holder: 'source', role: 'codebuild', actions: ['ecr:GetAuthorizationToken'], resource: '*', severity: 'error', why: 'docker login needs an authorization token' },
      { type: 'permission', holder: 'source', role: 'codebuild', actions: ECR_PUSH_ACTIONS, resource: 'target', severity: 'error', why: 'docker push uploads layers and the image manifest' },
    ],
    variants: [
      {
        when: [{ on: 'source', path: 'purpose', op: 'ne', value: 'codebuild' }],
        verdict: 'invalid',
        explanation:
          'Task and execution roles are not connected to a repository. To pull an image, draw ECR → the task or service and give its execution role the pull actions; a role → ECR edge stands for a CodeBuild project pushing images.',
        docUrl: DOC.executionRole,
      },
    ],
    flow: { action: 'docker push', caption: 'The CodeBuild build using role {source} logs in and pushes an image to {target}' },
  },
  ...ECS.map(
    (k): ConnectionRule => ({
      id: `image-pulled-by-${k}`,
      source: 'ecr',
      target: k,
      integration: 'The task pulls its container image from the repository',
      verdict: 'valid',
      principal: 'task execution role (used by the ECS / Fargate agent)',
      explanation:
        'Before the containers start, the agent pulls the image: ecr:GetAuthorizationToken, then ecr:BatchGetImage and ecr:GetDownloadUrlForLayer. On Fargate these come from the task execution role, which is required; on EC2 instances the container instance role can provide them instead.',
      docUrl: DOC.ecrOnEcs,
      requires: [
        { type: 'permission', when: onFargate, holder: 'target', role: 'execution', actions: ['ecr:GetAuthorizationToken'], resource: '*', severity: 'error', why: 'the Fargate agent logs in to the registry' },
        { type: 'permission', when: onFargate, holder: 'target', role: 'execution', actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], resource: 'source', severity: 'error', why: 'the Fargate agent downloads the image layers' },
        { type: 'permission', when: onEc2, holder: 'target', role: 'execution', actions: ['ecr:GetAuthorizationToken'], resource: '*', severity: 'warning', why: 'the agent logs in to the registry (the container instance role can cover this on EC2)' },
        { type: 'permission', when: onEc2, holder: 'target', role: 'execution', actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], resource: 'source', severity: 'warning', why: 'the agent downloads the image layers (the container instance role can cover this on EC2)' },
      ],
      flow: { action: 'Pull image', caption: '{target} pulls its image from {source} with the task execution role' },
      setup: 'startup',
    }),
  ),
  ...ECS.map(
    (k): ConnectionRule => ({
      id: `efs-mounted-by-${k}`,
      source: 'efs',
      target: k,
      integration: 'Amazon EFS volume mounted into the task',
      verdict: 'valid',
      principal: 'task role, when EFS IAM authorization is on',
      explanation:
        'The task definition declares an EFS volume and each container mounts it, so tasks on any instance, in any Availability Zone, on EC2 or Fargate (platform version 1.4.0 or later) share the same persistent files. The file system\'s security group must allow NFS (port 2049) from the tasks. With IAM authorization the task role needs elasticfilesystem:ClientMount (and ClientWrite to write), and transit encryption must be on.',
      docUrl: DOC.efsVolumes,
      defaultActions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      requires: [
        {
          type: 'permission',
          when: [{ on: 'source', path: 'iamAuthorization', op: 'truthy' }],
          holder: 'target',
          role: 'task',
          actions: 'edge',
          resource: 'source',
          severity: 'error',
          why: 'EFS IAM authorization checks the task role when the volume is mounted',
        },
      ],
      flow: { action: 'Mount', caption: '{target} mounts file system {source} over NFS (port 2049)' },
      setup: 'startup',
    }),
  ),
  ...ECS.map(
    (k): ConnectionRule => ({
      id: `s3-mounted-by-${k}`,
      source: 's3',
      target: k,
      integration: 'An S3 bucket used as a task volume',
      verdict: 'invalid',
      explanation:
        'A bucket is object storage, not a file system: a task definition cannot mount a plain bucket as a volume. Read and write objects through the SDK (draw the task → S3 with s3:GetObject), use EFS for shared files, or create an Amazon S3 Files file system on the bucket, which Fargate tasks can mount.',
      docUrl: DOC.storageOptions,
      defaultActions: ['s3files:ClientMount', 's3files:ClientWrite'],
      requires: [
        { type: 'permission', holder: 'target', role: 'task', actions: 'edge', resource: 'source', severity: 'error', why: 'a task role is mandatory for S3 Files volumes and must allow mounting (and writing to) the file system' },
      ],
      variants: [
        {
          when: [
            { on: 'source', path: 's3FilesFileSystem', op: 'truthy' },
            { on: 'target', path: 'launchType', op: 'eq', value: 'FARGATE' },
          ],
          verdict: 'valid',
          explanation:
            'Amazon S3 Files gives the bucket a shared file system that stays in sync with its objects. Fargate tasks mount it with an s3filesVolumeConfiguration; transit encryption is always on and a task role is mandatory, with s3files:ClientMount (and s3files:ClientWrite to write).',
          docUrl: DOC.s3FilesVolumes,
        },
        {
          when: [{ on: 'source', path: 's3FilesFileSystem', op: 'truthy' }],
          verdict: 'invalid',
          explanation:
            'Amazon S3 Files volumes work on Fargate and ECS Managed Instances but are not supported on the EC2 launch type yet: the task fails at launch. Run the task on Fargate or use EFS.',
          docUrl: DOC.s3FilesVolumes,
        },
      ],
      flow: { action: 'Mount', caption: '{target} mounts the S3 Files file system of bucket {source}' },
      setup: 'startup',
    }),
  ),
];

export const MISPLACEMENT_RULES: readonly MisplacementRule[] = [
  {
    id: 'ecr-pull-on-task-role',
    holderKinds: ['ecs-task', 'ecs-service'],
    foundOn: 'task',
    belongsOn: 'execution',
    actions: ECR_PULL_ACTIONS,
    verdict: 'invalid',
    explanation:
      'Images are pulled before your code runs, by the ECS or Fargate agent using the task execution role. ECR pull permissions on the task role are never used for the pull; move them to the execution role.',
    docUrl: DOC.executionRole,
  },
];
