/** Korean for the texts of the role, image and volume rules (rulesSetup.ts), keyed by the English text. */
export const SETUP_KO: readonly (readonly [string, string])[] = [
  [
    'The task definition names this role (task role or task execution role)',
    '태스크 정의가 이 역할을 지정(태스크 역할 또는 태스크 실행 역할)',
  ],
  [
    'A task definition names at most one task role (used by your code through the SDK) and one task execution role (used by the ECS and Fargate agents to pull images, write logs and fetch secrets). Both trust ecs-tasks.amazonaws.com.',
    '태스크 정의에는 태스크 역할(코드가 SDK로 사용)과 태스크 실행 역할(ECS·Fargate 에이전트가 이미지 풀, 로그 기록, 시크릿 조회에 사용)을 각각 하나까지 지정합니다. 두 역할 모두 ecs-tasks.amazonaws.com을 신뢰합니다.',
  ],
  [
    'This role is meant for EventBridge, EventBridge Scheduler or CodeBuild and trusts that service, not ecs-tasks.amazonaws.com. A task can only use roles made for ECS tasks: set the purpose to task or execution.',
    '이 역할은 EventBridge, EventBridge Scheduler 또는 CodeBuild용이라 ecs-tasks.amazonaws.com이 아닌 해당 서비스를 신뢰합니다. 태스크는 ECS 태스크용 역할만 쓸 수 있으니 용도를 task 또는 execution으로 설정하세요.',
  ],
  [
    'The rule target\'s IAM role',
    '규칙 대상의 IAM 역할',
  ],
  [
    'EventBridge assumes this role to invoke targets that need one, such as an ECS task (ecs:RunTask). It must trust events.amazonaws.com.',
    'EventBridge는 ECS 태스크(ecs:RunTask)처럼 역할이 필요한 대상을 호출할 때 이 역할을 수임합니다. 역할은 events.amazonaws.com을 신뢰해야 합니다.',
  ],
  [
    'EventBridge can only assume a role that trusts events.amazonaws.com: set the role purpose to eventbridge.',
    'EventBridge는 events.amazonaws.com을 신뢰하는 역할만 수임할 수 있습니다. 역할 용도를 eventbridge로 설정하세요.',
  ],
  [
    'The schedule\'s execution role',
    '일정의 실행 역할',
  ],
  [
    'scheduler.amazonaws.com (EventBridge Scheduler) or events.amazonaws.com (scheduled rule)',
    'scheduler.amazonaws.com(EventBridge Scheduler) 또는 events.amazonaws.com(예약된 규칙)',
  ],
  [
    'EventBridge Scheduler assumes an execution role that trusts scheduler.amazonaws.com to call the target API; a legacy scheduled rule assumes a role that trusts events.amazonaws.com.',
    'EventBridge Scheduler는 scheduler.amazonaws.com을 신뢰하는 실행 역할을 수임해 대상 API를 호출합니다. 기존 방식의 예약된 규칙은 events.amazonaws.com을 신뢰하는 역할을 수임합니다.',
  ],
  [
    'A schedule can only assume a role that trusts scheduler.amazonaws.com (or events.amazonaws.com for a scheduled rule).',
    '일정은 scheduler.amazonaws.com(예약된 규칙이면 events.amazonaws.com)을 신뢰하는 역할만 수임할 수 있습니다.',
  ],
  [
    'EventBridge Scheduler assumes roles that trust scheduler.amazonaws.com; this role trusts events.amazonaws.com. Set its purpose to scheduler.',
    'EventBridge Scheduler는 scheduler.amazonaws.com을 신뢰하는 역할을 수임하는데, 이 역할은 events.amazonaws.com을 신뢰합니다. 용도를 scheduler로 설정하세요.',
  ],
  [
    'A scheduled EventBridge rule assumes roles that trust events.amazonaws.com; this role trusts scheduler.amazonaws.com. Set its purpose to eventbridge.',
    '예약된 EventBridge 규칙은 events.amazonaws.com을 신뢰하는 역할을 수임하는데, 이 역할은 scheduler.amazonaws.com을 신뢰합니다. 용도를 eventbridge로 설정하세요.',
  ],
  [
    'A CodeBuild project (with this service role) pushes images to the repository',
    'CodeBuild 프로젝트(이 서비스 역할 사용)가 리포지토리에 이미지를 푸시',
  ],
  [
    'The build logs in with ecr:GetAuthorizationToken (resource *) and pushes layers and the manifest with ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository.',
    '빌드는 ecr:GetAuthorizationToken(리소스 *)으로 로그인하고, 리포지토리에 대한 ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage로 레이어와 매니페스트를 푸시합니다.',
  ],
  [
    'Task and execution roles are not connected to a repository. To pull an image, draw ECR → the task or service and give its execution role the pull actions; a role → ECR edge stands for a CodeBuild project pushing images.',
    '태스크 역할과 태스크 실행 역할은 리포지토리에 연결하지 않습니다. 이미지를 풀하려면 ECR → 태스크 또는 서비스를 그리고 그 태스크 실행 역할에 풀 작업을 허용하세요. 역할 → ECR 연결은 이미지를 푸시하는 CodeBuild 프로젝트를 뜻합니다.',
  ],
  [
    'docker login needs an authorization token',
    'docker login에 인증 토큰이 필요하기 때문',
  ],
  [
    'docker push uploads layers and the image manifest',
    'docker push가 레이어와 이미지 매니페스트를 업로드하기 때문',
  ],
  [
    'The CodeBuild build using role {source} logs in and pushes an image to {target}',
    '{source} 역할을 쓰는 CodeBuild 빌드가 로그인해 {target}에 이미지를 푸시합니다',
  ],
  [
    'The task pulls its container image from the repository',
    '태스크가 리포지토리에서 컨테이너 이미지를 풀',
  ],
  [
    'task execution role (used by the ECS / Fargate agent)',
    '태스크 실행 역할(ECS/Fargate 에이전트가 사용)',
  ],
  [
    'Before the containers start, the agent pulls the image: ecr:GetAuthorizationToken, then ecr:BatchGetImage and ecr:GetDownloadUrlForLayer. On Fargate these come from the task execution role, which is required; on EC2 instances the container instance role can provide them instead.',
    '컨테이너가 시작되기 전에 에이전트가 ecr:GetAuthorizationToken, 이어서 ecr:BatchGetImage와 ecr:GetDownloadUrlForLayer로 이미지를 풉니다. Fargate에서는 이 권한이 반드시 필요한 태스크 실행 역할에서 나오고, EC2 인스턴스에서는 컨테이너 인스턴스 역할이 대신 제공할 수 있습니다.',
  ],
  [
    'the Fargate agent logs in to the registry',
    'Fargate 에이전트가 레지스트리에 로그인하기 때문',
  ],
  [
    'the Fargate agent downloads the image layers',
    'Fargate 에이전트가 이미지 레이어를 내려받기 때문',
  ],
  [
    'the agent logs in to the registry (the container instance role can cover this on EC2)',
    'EC2에서는 컨테이너 인스턴스 역할이 대신할 수도 있지만, 에이전트가 레지스트리에 로그인하기 때문',
  ],
  [
    'the agent downloads the image layers (the container instance role can cover this on EC2)',
    'EC2에서는 컨테이너 인스턴스 역할이 대신할 수도 있지만, 에이전트가 이미지 레이어를 내려받기 때문',
  ],
  [
    'Pull image',
    '이미지 풀',
  ],
  [
    '{target} pulls its image from {source} with the task execution role',
    '{target}에서 태스크 실행 역할로 {source}의 이미지를 풉니다',
  ],
  [
    'Amazon EFS volume mounted into the task',
    '태스크에 마운트한 Amazon EFS 볼륨',
  ],
  [
    'task role, when EFS IAM authorization is on',
    'EFS IAM 권한 부여가 켜져 있을 때의 태스크 역할',
  ],
  [
    'The task definition declares an EFS volume and each container mounts it, so tasks on any instance, in any Availability Zone, on EC2 or Fargate (platform version 1.4.0 or later) share the same persistent files. The file system\'s security group must allow NFS (port 2049) from the tasks. With IAM authorization the task role needs elasticfilesystem:ClientMount (and ClientWrite to write), and transit encryption must be on.',
    '태스크 정의에 EFS 볼륨을 선언하고 각 컨테이너가 이를 마운트하므로, 어느 인스턴스나 가용 영역에서든, EC2든 Fargate(플랫폼 버전 1.4.0 이상)든 태스크들이 같은 영구 파일을 공유합니다. 파일 시스템의 보안 그룹은 태스크에서 오는 NFS(포트 2049)를 허용해야 합니다. IAM 권한 부여를 쓰면 태스크 역할에 elasticfilesystem:ClientMount(쓰려면 ClientWrite도)가 필요하고 전송 중 암호화를 켜야 합니다.',
  ],
  [
    'EFS IAM authorization checks the task role when the volume is mounted',
    'EFS IAM 권한 부여가 볼륨을 마운트할 때 태스크 역할을 확인하기 때문',
  ],
  [
    'Mount',
    '마운트',
  ],
  [
    '{target} mounts file system {source} over NFS (port 2049)',
    '{target}에서 {source} 파일 시스템을 NFS(포트 2049)로 마운트합니다',
  ],
  [
    'An S3 bucket used as a task volume',
    '태스크 볼륨으로 쓰는 S3 버킷',
  ],
  [
    'A bucket is object storage, not a file system: a task definition cannot mount a plain bucket as a volume. Read and write objects through the SDK (draw the task → S3 with s3:GetObject), use EFS for shared files, or create an Amazon S3 Files file system on the bucket, which Fargate tasks can mount.',
    '버킷은 파일 시스템이 아니라 객체 스토리지입니다. 태스크 정의에서 일반 버킷을 볼륨으로 마운트할 수는 없습니다. SDK로 객체를 읽고 쓰거나(태스크 → S3를 s3:GetObject로 그리기), 공유 파일에는 EFS를 쓰거나, 버킷에 Amazon S3 Files 파일 시스템을 만들어 Fargate 태스크가 마운트하게 하세요.',
  ],
  [
    'Amazon S3 Files gives the bucket a shared file system that stays in sync with its objects. Fargate tasks mount it with an s3filesVolumeConfiguration; transit encryption is always on and a task role is mandatory, with s3files:ClientMount (and s3files:ClientWrite to write).',
    'Amazon S3 Files는 버킷에 객체와 계속 동기화되는 공유 파일 시스템을 제공합니다. Fargate 태스크는 s3filesVolumeConfiguration으로 이를 마운트합니다. 전송 중 암호화는 항상 켜져 있고 태스크 역할이 필수이며, 역할에 s3files:ClientMount(쓰려면 s3files:ClientWrite도)가 필요합니다.',
  ],
  [
    'Amazon S3 Files volumes work on Fargate and ECS Managed Instances but are not supported on the EC2 launch type yet: the task fails at launch. Run the task on Fargate or use EFS.',
    'Amazon S3 Files 볼륨은 Fargate와 ECS Managed Instances에서 동작하지만 EC2 시작 유형에서는 아직 지원되지 않아 태스크가 시작할 때 실패합니다. 태스크를 Fargate에서 실행하거나 EFS를 쓰세요.',
  ],
  [
    'a task role is mandatory for S3 Files volumes and must allow mounting (and writing to) the file system',
    'S3 Files 볼륨에는 태스크 역할이 필수이며, 그 역할이 파일 시스템 마운트(와 쓰기)를 허용해야 하기 때문',
  ],
  [
    '{target} mounts the S3 Files file system of bucket {source}',
    '{target}에서 버킷 {source}의 S3 Files 파일 시스템을 마운트합니다',
  ],
  [
    'Images are pulled before your code runs, by the ECS or Fargate agent using the task execution role. ECR pull permissions on the task role are never used for the pull; move them to the execution role.',
    '이미지는 코드가 실행되기 전에 ECS 또는 Fargate 에이전트가 태스크 실행 역할로 풉니다. 태스크 역할에 둔 ECR 풀 권한은 이미지 풀에 전혀 쓰이지 않으니 태스크 실행 역할로 옮기세요.',
  ],
];
