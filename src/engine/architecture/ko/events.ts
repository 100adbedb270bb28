/** Korean for the texts of the event rules (rulesEvents.ts), keyed by the English text. */
export const EVENTS_KO: readonly (readonly [string, string])[] = [
  [
    'Clients upload objects (PutObject)',
    '클라이언트가 객체를 업로드합니다(PutObject)',
  ],
  [
    'Users or applications upload objects with s3:PutObject, using their own credentials or a presigned URL. Each new object is an "Object Created" event the bucket can report.',
    '사용자나 애플리케이션이 자신의 자격 증명이나 미리 서명된 URL로 s3:PutObject를 호출해 객체를 업로드합니다. 새 객체마다 버킷이 알릴 수 있는 "Object Created" 이벤트가 생깁니다.',
  ],
  [
    'A client uploads an object to bucket {target} (PutObject)',
    '클라이언트가 버킷 {target}에 객체를 업로드합니다(PutObject)',
  ],
  [
    'S3 event notifications delivered to EventBridge',
    'S3 이벤트 알림을 EventBridge로 전달',
  ],
  [
    'With "Send notifications to Amazon EventBridge" turned on, the bucket sends all its events (such as "Object Created") to the default event bus, where a rule with source aws.s3 can match them. No resource policy is needed.',
    '"Send notifications to Amazon EventBridge"를 켜면 버킷이 모든 이벤트("Object Created" 등)를 기본 이벤트 버스로 보내고, 소스가 aws.s3인 규칙이 이를 매칭할 수 있습니다. 리소스 기반 정책은 필요하지 않습니다.',
  ],
  [
    'Turn on the bucket setting "Send notifications to Amazon EventBridge for all events in this bucket".',
    '버킷 설정 "Send notifications to Amazon EventBridge for all events in this bucket"을 켜세요.',
  ],
  [
    'No event: the bucket does not send notifications to EventBridge',
    '이벤트 없음: 버킷이 EventBridge로 알림을 보내지 않습니다',
  ],
  [
    'The rule pattern must match events whose source is aws.s3.',
    '규칙 패턴이 소스가 aws.s3인 이벤트와 일치해야 합니다.',
  ],
  [
    'No match: the rule pattern does not include source "aws.s3"',
    '일치 없음: 규칙 패턴에 source "aws.s3"가 없습니다',
  ],
  [
    'The rule pattern must match the detail-type "Object Created" for uploads.',
    '업로드를 잡으려면 규칙 패턴이 detail-type "Object Created"와 일치해야 합니다.',
  ],
  [
    'No match: the rule pattern does not include detail-type "Object Created"',
    '일치 없음: 규칙 패턴에 detail-type "Object Created"가 없습니다',
  ],
  [
    'S3 sends its events to the default event bus; put the rule there.',
    'S3는 이벤트를 기본 이벤트 버스로 보냅니다. 규칙을 기본 이벤트 버스에 만드세요.',
  ],
  [
    'No match: S3 sends its events to the default event bus, not to this rule\'s bus',
    '일치 없음: S3는 이 규칙의 버스가 아니라 기본 이벤트 버스로 이벤트를 보냅니다',
  ],
  [
    'Bucket {source} sends an "Object Created" event to the default event bus; rule {target} matches it',
    '버킷 {source}에서 기본 이벤트 버스로 "Object Created" 이벤트를 보내고, 규칙 {target}에서 이를 매칭합니다',
  ],
  [
    'S3 event notification sent straight to a queue',
    'S3 이벤트 알림을 대기열로 직접 전송',
  ],
  [
    'A bucket notification configuration can send object events directly to an SQS queue. The queue policy must allow s3.amazonaws.com to call sqs:SendMessage for this bucket.',
    '버킷 알림 구성으로 객체 이벤트를 SQS 대기열에 직접 보낼 수 있습니다. 대기열 정책이 이 버킷에 대해 s3.amazonaws.com의 sqs:SendMessage 호출을 허용해야 합니다.',
  ],
  [
    'SQS FIFO queues are not supported as S3 event notification destinations. Turn on EventBridge notifications on the bucket and let an EventBridge rule send the events to the FIFO queue.',
    'SQS FIFO 대기열은 S3 이벤트 알림 대상으로 지원되지 않습니다. 버킷에서 EventBridge 알림을 켜고 EventBridge 규칙이 FIFO 대기열로 이벤트를 보내게 하세요.',
  ],
  [
    'lets the bucket deliver notifications to the queue',
    '버킷이 대기열로 알림을 전달할 수 있게 하기 위해',
  ],
  [
    'Bucket {source} sends an event notification message to queue {target}',
    '버킷 {source}에서 대기열 {target}에 이벤트 알림 메시지를 보냅니다',
  ],
  [
    'S3 event notification published straight to a topic',
    'S3 이벤트 알림을 주제에 직접 게시',
  ],
  [
    'A bucket notification configuration can publish object events directly to a standard SNS topic in the same Region. The topic policy must allow s3.amazonaws.com to call sns:Publish for this bucket.',
    '버킷 알림 구성으로 객체 이벤트를 같은 리전의 표준 SNS 주제에 직접 게시할 수 있습니다. 주제 정책이 이 버킷에 대해 s3.amazonaws.com의 sns:Publish 호출을 허용해야 합니다.',
  ],
  [
    'lets the bucket publish notifications to the topic',
    '버킷이 주제에 알림을 게시할 수 있게 하기 위해',
  ],
  [
    'Bucket {source} publishes an event notification to topic {target}',
    '버킷 {source}에서 주제 {target}에 이벤트 알림을 게시합니다',
  ],
  [
    'EventBridge rule with an Amazon ECS target (RunTask)',
    'Amazon ECS 대상이 있는 EventBridge 규칙(RunTask)',
  ],
  [
    'EventBridge (events.amazonaws.com) using the rule target\'s IAM role',
    '규칙 대상의 IAM 역할을 쓰는 EventBridge(events.amazonaws.com)',
  ],
  [
    'When the rule matches, EventBridge calls ecs:RunTask to start a standalone task from the task definition. The target\'s role (like ecsEventsRole) must allow ecs:RunTask and iam:PassRole for the task role and execution role. Fargate targets pass an awsvpc network configuration.',
    '규칙이 이벤트와 일치하면 EventBridge가 ecs:RunTask를 호출해 태스크 정의로 독립 실행형 태스크를 시작합니다. 대상의 역할(ecsEventsRole 등)은 ecs:RunTask와, 태스크 역할 및 태스크 실행 역할에 대한 iam:PassRole을 허용해야 합니다. Fargate 대상은 awsvpc 네트워크 구성을 함께 넘깁니다.',
  ],
  [
    'EventBridge starts the task by calling ecs:RunTask with this role',
    'EventBridge가 이 역할로 ecs:RunTask를 호출해 태스크를 시작하기 때문',
  ],
  [
    'EventBridge hands the task role and execution role to ECS, which needs iam:PassRole on them',
    'EventBridge가 태스크 역할과 태스크 실행 역할을 ECS에 넘기므로 그 역할들에 대한 iam:PassRole이 필요하기 때문',
  ],
  [
    'Rule {source} calls ecs:RunTask to start task {target}',
    '규칙 {source}에서 ecs:RunTask를 호출해 {target} 태스크를 시작합니다',
  ],
  [
    'none: an EventBridge ECS target starts tasks, it does not drive a service',
    '없음: EventBridge의 ECS 대상은 태스크를 시작할 뿐, 서비스를 제어하지 않습니다',
  ],
  [
    'An EventBridge Amazon ECS target runs new standalone tasks from a task definition (RunTask). It cannot point at a service. Connect the rule to an ecs-task, or let the service scale with Application Auto Scaling.',
    'EventBridge의 Amazon ECS 대상은 태스크 정의로 새 독립 실행형 태스크를 실행합니다(RunTask). 서비스를 대상으로 지정할 수는 없습니다. 규칙을 ecs-task에 연결하거나, 서비스는 Application Auto Scaling으로 조정하세요.',
  ],
  [
    'Scheduled task: a schedule that calls RunTask',
    '예약된 태스크: RunTask를 호출하는 일정',
  ],
  [
    'EventBridge Scheduler (scheduler.amazonaws.com) or EventBridge (events.amazonaws.com) using the schedule\'s role',
    '일정의 역할을 쓰는 EventBridge Scheduler(scheduler.amazonaws.com) 또는 EventBridge(events.amazonaws.com)',
  ],
  [
    'On every rate() or cron() occurrence the schedule calls ecs:RunTask. EventBridge Scheduler assumes an execution role that trusts scheduler.amazonaws.com; a legacy scheduled rule uses a role that trusts events.amazonaws.com. Either role needs ecs:RunTask and iam:PassRole for the task\'s roles.',
    '일정은 rate() 또는 cron() 표현식의 시각마다 ecs:RunTask를 호출합니다. EventBridge Scheduler는 scheduler.amazonaws.com을 신뢰하는 실행 역할을 수임하고, 기존 방식의 예약된 규칙은 events.amazonaws.com을 신뢰하는 역할을 씁니다. 어느 역할이든 ecs:RunTask와 태스크의 역할들에 대한 iam:PassRole이 필요합니다.',
  ],
  [
    'EventBridge Scheduler starts the task by calling ecs:RunTask with this role',
    'EventBridge Scheduler가 이 역할로 ecs:RunTask를 호출해 태스크를 시작하기 때문',
  ],
  [
    'EventBridge Scheduler hands the task role and execution role to ECS, which needs iam:PassRole on them',
    'EventBridge Scheduler가 태스크 역할과 태스크 실행 역할을 ECS에 넘기므로 그 역할들에 대한 iam:PassRole이 필요하기 때문',
  ],
  [
    'The scheduled rule starts the task by calling ecs:RunTask with this role',
    '예약된 규칙이 이 역할로 ecs:RunTask를 호출해 태스크를 시작하기 때문',
  ],
  [
    'The scheduled rule hands the task role and execution role to ECS, which needs iam:PassRole on them',
    '예약된 규칙이 태스크 역할과 태스크 실행 역할을 ECS에 넘기므로 그 역할들에 대한 iam:PassRole이 필요하기 때문',
  ],
  [
    'Schedule {source} fires and calls ecs:RunTask to start task {target}',
    '일정 {source}의 시각이 되어 ecs:RunTask를 호출하고 {target} 태스크를 시작합니다',
  ],
  [
    'Changing a service on a timetable',
    '정해진 시각에 서비스 변경',
  ],
  [
    'A schedule\'s ECS target starts standalone tasks. To run more or fewer service tasks at set times, use Application Auto Scaling scheduled scaling on the service instead of a schedule calling the ECS API.',
    '일정의 ECS 대상은 독립 실행형 태스크를 시작합니다. 정해진 시각에 서비스 태스크 수를 늘리거나 줄이려면 ECS API를 호출하는 일정 대신 서비스에 Application Auto Scaling의 예약 조정을 쓰세요.',
  ],
  [
    'EventBridge rule with an SNS topic target',
    'SNS 주제 대상이 있는 EventBridge 규칙',
  ],
  [
    'events.amazonaws.com, allowed by the topic\'s resource-based policy',
    '주제의 리소스 기반 정책이 허용한 events.amazonaws.com',
  ],
  [
    'EventBridge publishes matched events to the topic. The usual way to authorize it is the topic\'s resource-based policy allowing events.amazonaws.com to call sns:Publish (the console adds it for you); a target role with sns:Publish also works.',
    'EventBridge가 일치한 이벤트를 주제에 게시합니다. 보통은 주제의 리소스 기반 정책에서 events.amazonaws.com의 sns:Publish 호출을 허용해 권한을 줍니다(콘솔이 자동으로 추가합니다). sns:Publish를 허용하는 대상 역할을 써도 됩니다.',
  ],
  [
    'lets the rule publish matched events to the topic',
    '규칙이 일치한 이벤트를 주제에 게시할 수 있게 하기 위해',
  ],
  [
    'Rule {source} publishes the event to topic {target}',
    '규칙 {source}에서 주제 {target}에 이벤트를 게시합니다',
  ],
  [
    'EventBridge rule with an SQS queue target',
    'SQS 대기열 대상이 있는 EventBridge 규칙',
  ],
  [
    'events.amazonaws.com, allowed by the queue policy',
    '대기열 정책이 허용한 events.amazonaws.com',
  ],
  [
    'EventBridge sends matched events to the queue. The usual way to authorize it is the queue policy allowing events.amazonaws.com to call sqs:SendMessage for this rule; a target role with sqs:SendMessage also works.',
    'EventBridge가 일치한 이벤트를 대기열로 보냅니다. 보통은 대기열 정책에서 이 규칙에 대해 events.amazonaws.com의 sqs:SendMessage 호출을 허용해 권한을 줍니다. sqs:SendMessage를 허용하는 대상 역할을 써도 됩니다.',
  ],
  [
    'lets the rule deliver matched events to the queue',
    '규칙이 일치한 이벤트를 대기열로 전달할 수 있게 하기 위해',
  ],
  [
    'Rule {source} sends the event to queue {target}',
    '규칙 {source}에서 대기열 {target}에 이벤트를 보냅니다',
  ],
  [
    'ECS task state change events delivered to EventBridge',
    'ECS 태스크 상태 변경 이벤트를 EventBridge로 전달',
  ],
  [
    'Amazon ECS sends an "ECS Task State Change" event to the default event bus whenever a task starts, stops or changes status; no IAM setup is needed. A rule matching source aws.ecs and that detail-type (for example with detail.lastStatus STOPPED) can route it on.',
    'Amazon ECS는 태스크가 시작되거나 중지되거나 상태가 바뀔 때마다 "ECS Task State Change" 이벤트를 기본 이벤트 버스로 보냅니다. IAM 설정은 필요 없습니다. 소스 aws.ecs와 이 detail-type을 매칭하는 규칙(예: detail.lastStatus가 STOPPED)이 이벤트를 다음 대상으로 보낼 수 있습니다.',
  ],
  [
    'The rule pattern must match events whose source is aws.ecs.',
    '규칙 패턴이 소스가 aws.ecs인 이벤트와 일치해야 합니다.',
  ],
  [
    'No match: the rule pattern does not include source "aws.ecs"',
    '일치 없음: 규칙 패턴에 source "aws.ecs"가 없습니다',
  ],
  [
    'The rule pattern must match the detail-type "ECS Task State Change".',
    '규칙 패턴이 detail-type "ECS Task State Change"와 일치해야 합니다.',
  ],
  [
    'No match: the rule pattern does not include detail-type "ECS Task State Change"',
    '일치 없음: 규칙 패턴에 detail-type "ECS Task State Change"가 없습니다',
  ],
  [
    'AWS service events such as ECS task state changes arrive on the default event bus; put the rule there.',
    'ECS 태스크 상태 변경 같은 AWS 서비스 이벤트는 기본 이벤트 버스로 들어옵니다. 규칙을 기본 이벤트 버스에 만드세요.',
  ],
  [
    'No match: ECS sends its events to the default event bus, not to this rule\'s bus',
    '일치 없음: ECS는 이 규칙의 버스가 아니라 기본 이벤트 버스로 이벤트를 보냅니다',
  ],
  [
    'A task of {source} changes state; ECS sends an "ECS Task State Change" event and rule {target} matches it',
    '{source}의 태스크 상태가 바뀌면 ECS가 "ECS Task State Change" 이벤트를 보내고, 규칙 {target}에서 이를 매칭합니다',
  ],
  [
    'CloudWatch alarm on a queue metric',
    '대기열 지표에 대한 CloudWatch 경보',
  ],
  [
    'SQS publishes queue metrics to CloudWatch automatically, such as ApproximateNumberOfMessagesVisible (the backlog). An alarm on the backlog can drive a step scaling policy.',
    'SQS는 ApproximateNumberOfMessagesVisible(백로그) 같은 대기열 지표를 CloudWatch에 자동으로 게시합니다. 백로그 경보로 단계 조정 정책을 실행할 수 있습니다.',
  ],
  [
    'Alarm on a queue metric such as ApproximateNumberOfMessagesVisible.',
    'ApproximateNumberOfMessagesVisible 같은 대기열 지표에 경보를 거세요.',
  ],
  [
    'The alarm does not watch a queue metric',
    '경보가 대기열 지표를 감시하지 않습니다',
  ],
  [
    'Metric',
    '지표',
  ],
  [
    'Queue {source} reports its backlog to CloudWatch; alarm {target} evaluates it',
    '대기열 {source}에서 CloudWatch에 백로그를 보고하고, 경보 {target}에서 이를 평가합니다',
  ],
  [
    'CloudWatch alarm on a service metric',
    '서비스 지표에 대한 CloudWatch 경보',
  ],
  [
    'ECS publishes service CPUUtilization and MemoryUtilization to CloudWatch; an alarm can watch them.',
    'ECS는 서비스의 CPUUtilization과 MemoryUtilization을 CloudWatch에 게시하며, 경보가 이 지표를 감시할 수 있습니다.',
  ],
  [
    'Service {source} reports its utilization to CloudWatch; alarm {target} evaluates it',
    '서비스 {source}에서 CloudWatch에 사용률을 보고하고, 경보 {target}에서 이를 평가합니다',
  ],
  [
    'Step scaling: an alarm invokes a service scaling policy',
    '단계 조정: 경보가 서비스 조정 정책을 호출',
  ],
  [
    'Service Auto Scaling uses Application Auto Scaling. With a step scaling policy, a CloudWatch alarm in ALARM state makes it change the service\'s desired count by the step adjustments you set. AWS recommends target tracking when a metric falls as tasks are added, such as the backlog per task.',
    'Service Auto Scaling은 Application Auto Scaling을 사용합니다. 단계 조정 정책에서는 CloudWatch 경보가 ALARM 상태가 되면 설정한 단계 조정값만큼 서비스의 원하는 태스크 수를 바꿉니다. 태스크당 백로그처럼 태스크가 늘수록 값이 내려가는 지표라면 AWS는 대상 추적 조정을 권장합니다.',
  ],
  [
    'Give the service a step scaling policy for the alarm to invoke.',
    '경보가 호출할 단계 조정 정책을 서비스에 추가하세요.',
  ],
  [
    'Nothing happens: the service has no step scaling policy for the alarm to invoke',
    '아무 일도 일어나지 않음: 서비스에 경보가 호출할 단계 조정 정책이 없습니다',
  ],
  [
    'Raise the service\'s maximum capacity above 1 so scaling out can add tasks.',
    '스케일 아웃으로 태스크를 늘릴 수 있도록 서비스의 최대 용량을 1보다 크게 설정하세요.',
  ],
  [
    'The service is already at its maximum capacity',
    '서비스가 이미 최대 용량에 도달했습니다',
  ],
  [
    'Scale out',
    '스케일 아웃',
  ],
  [
    'Alarm {source} enters ALARM; its step scaling policy raises the desired count of {target}',
    '{source} 경보가 ALARM 상태가 되고, 단계 조정 정책이 {target}의 원하는 태스크 수를 늘립니다',
  ],
  [
    'none: scaling policies act on services',
    '없음: 조정 정책은 서비스에 적용됩니다',
  ],
  [
    'Application Auto Scaling scales a service\'s desired count. A standalone task has no desired count; connect the alarm to an ecs-service.',
    'Application Auto Scaling은 서비스의 원하는 태스크 수를 조정합니다. 독립 실행형 태스크에는 원하는 태스크 수가 없으니 경보를 ecs-service에 연결하세요.',
  ],
];
