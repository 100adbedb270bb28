/** Korean for the texts of the compute and load balancing rules (rulesCompute.ts), keyed by the English text. */
export const COMPUTE_KO: readonly (readonly [string, string])[] = [
  [
    'Clients reach the load balancer listener',
    '클라이언트가 로드 밸런서 리스너에 접속',
  ],
  [
    'An internet-facing load balancer gives clients one stable DNS name and spreads requests over the healthy tasks registered in its target group.',
    '인터넷 연결(internet-facing) 로드 밸런서는 클라이언트에게 고정된 DNS 이름 하나를 주고, 대상 그룹에 등록된 정상 태스크들로 요청을 분산합니다.',
  ],
  [
    'Request',
    '요청',
  ],
  [
    'A client sends a request to load balancer {target}',
    '클라이언트가 로드 밸런서 {target}에 요청을 보냅니다',
  ],
  [
    'Clients call task IP addresses directly',
    '클라이언트가 태스크 IP 주소를 직접 호출',
  ],
  [
    'Task addresses change whenever tasks are replaced or scaled, and there are no health checks in front of them. Put a load balancer between clients and the service.',
    '태스크 주소는 태스크가 교체되거나 조정될 때마다 바뀌고, 앞단에 상태 확인도 없습니다. 클라이언트와 서비스 사이에 로드 밸런서를 두세요.',
  ],
  [
    'A client sends a request straight to a task of {target}',
    '클라이언트가 {target}의 태스크에 요청을 직접 보냅니다',
  ],
  [
    'Service load balancing: ECS registers each task in the target group',
    '서비스 로드 밸런싱: ECS가 각 태스크를 대상 그룹에 등록',
  ],
  [
    'The service registers every task it starts with the target group and deregisters it when it stops. On EC2 with bridge mode the ALB uses dynamic host port mapping, so many copies of a task fit on one instance; with awsvpc (and on Fargate) each task has its own ENI and the target group uses target type ip.',
    '서비스는 시작하는 모든 태스크를 대상 그룹에 등록하고, 태스크가 중지되면 등록을 해제합니다. EC2의 bridge 모드에서는 ALB가 동적 호스트 포트 매핑을 써서 한 인스턴스에 같은 태스크를 여러 개 둘 수 있습니다. awsvpc 모드(그리고 Fargate)에서는 태스크마다 자체 ENI가 있고 대상 그룹은 대상 유형 ip를 씁니다.',
  ],
  [
    'Services whose tasks use the awsvpc network mode (every Fargate task) support only Application and Network Load Balancers; Classic Load Balancers are not supported. Use an ALB with target type ip.',
    'awsvpc 네트워크 모드를 쓰는 태스크(모든 Fargate 태스크)의 서비스는 Application Load Balancer와 Network Load Balancer만 지원하며, Classic Load Balancer는 지원하지 않습니다. 대상 유형이 ip인 ALB를 쓰세요.',
  ],
  [
    'A Classic Load Balancer needs a fixed host port on every instance, so only one copy of the task fits per instance, and it lacks path-based routing. AWS recommends an Application Load Balancer, which supports dynamic host port mapping.',
    'Classic Load Balancer는 모든 인스턴스에 고정 호스트 포트가 필요해 인스턴스마다 태스크를 하나만 둘 수 있고, 경로 기반 라우팅도 없습니다. AWS는 동적 호스트 포트 매핑을 지원하는 Application Load Balancer를 권장합니다.',
  ],
  [
    'Tasks in awsvpc mode (all Fargate tasks) each get their own ENI and IP, so the target group must use target type ip, not instance.',
    'awsvpc 모드의 태스크(모든 Fargate 태스크)는 각자 ENI와 IP를 받으므로 대상 그룹은 instance가 아니라 대상 유형 ip를 써야 합니다.',
  ],
  [
    'Registration fails: awsvpc tasks are registered by IP, but the target group uses target type instance',
    '등록 실패: awsvpc 태스크는 IP로 등록되는데 대상 그룹의 대상 유형이 instance입니다',
  ],
  [
    'In bridge or host mode traffic reaches tasks through the container instance, so the target group uses target type instance.',
    'bridge 또는 host 모드에서는 트래픽이 컨테이너 인스턴스를 거쳐 태스크에 닿으므로 대상 그룹은 대상 유형 instance를 씁니다.',
  ],
  [
    'Registration fails: bridge-mode tasks are registered as instance:port targets, but the target group uses target type ip',
    '등록 실패: bridge 모드 태스크는 instance:port 대상으로 등록되는데 대상 그룹의 대상 유형이 ip입니다',
  ],
  [
    'Set hostPort to 0 (or leave it out) for dynamic host port mapping. A fixed host port allows only one task per instance; the load balancer follows the random host ports for you.',
    '동적 호스트 포트 매핑을 쓰려면 hostPort를 0으로 두거나 생략하세요. 호스트 포트를 고정하면 인스턴스마다 태스크를 하나만 실행할 수 있습니다. 임의로 정해지는 호스트 포트는 로드 밸런서가 알아서 따라갑니다.',
  ],
  [
    'Only one task fits on each instance because the host port is fixed',
    '호스트 포트가 고정되어 인스턴스마다 태스크가 하나만 들어갑니다',
  ],
  [
    'Set the containerPort the load balancer forwards to.',
    '로드 밸런서가 트래픽을 전달할 containerPort를 설정하세요.',
  ],
  [
    'Health checks fail: the service exposes no container port for the load balancer',
    '상태 확인 실패: 서비스가 로드 밸런서에 노출하는 컨테이너 포트가 없습니다',
  ],
  [
    'An Application Load Balancer listens on HTTP or HTTPS; use a Network Load Balancer for TCP, TLS or UDP.',
    'Application Load Balancer는 HTTP 또는 HTTPS로 수신합니다. TCP, TLS, UDP에는 Network Load Balancer를 쓰세요.',
  ],
  [
    'The listener protocol is not supported by an Application Load Balancer',
    'Application Load Balancer가 지원하지 않는 리스너 프로토콜입니다',
  ],
  [
    'A Network Load Balancer listens on TCP, TLS or UDP; use an Application Load Balancer for HTTP or HTTPS.',
    'Network Load Balancer는 TCP, TLS 또는 UDP로 수신합니다. HTTP나 HTTPS에는 Application Load Balancer를 쓰세요.',
  ],
  [
    'The listener protocol is not supported by a Network Load Balancer',
    'Network Load Balancer가 지원하지 않는 리스너 프로토콜입니다',
  ],
  [
    'Forward',
    '전달',
  ],
  [
    'Load balancer {source} forwards the request to a healthy task of {target}',
    '로드 밸런서 {source}에서 {target}의 정상 태스크로 요청을 전달합니다',
  ],
  [
    'Load balancer in front of a standalone task',
    '독립 실행형 태스크 앞의 로드 밸런서',
  ],
  [
    'ECS registers tasks with a target group only when they belong to a service. A standalone task started with RunTask is not registered or replaced when it fails; run it as a service behind the load balancer.',
    'ECS는 서비스에 속한 태스크만 대상 그룹에 등록합니다. RunTask로 시작한 독립 실행형 태스크는 등록되지 않고, 실패해도 교체되지 않습니다. 로드 밸런서 뒤에서는 서비스로 실행하세요.',
  ],
  [
    'Load balancer {source} forwards the request to task {target}',
    '로드 밸런서 {source}에서 태스크 {target}에 요청을 전달합니다',
  ],
  [
    'none: a queue cannot be a load balancer target',
    '없음: 대기열은 로드 밸런서 대상이 될 수 없습니다',
  ],
  [
    'A target group holds instances, IP addresses, a Lambda function or (for a Network Load Balancer) an ALB. An SQS queue cannot be a target: put a service behind the load balancer and have it send messages to the queue.',
    '대상 그룹에는 인스턴스, IP 주소, Lambda 함수, 또는 (Network Load Balancer의 경우) ALB가 들어갑니다. SQS 대기열은 대상이 될 수 없습니다. 로드 밸런서 뒤에 서비스를 두고 그 서비스가 대기열에 메시지를 보내게 하세요.',
  ],
  [
    'task role (assumed by ecs-tasks.amazonaws.com)',
    '태스크 역할(ecs-tasks.amazonaws.com이 수임)',
  ],
  [
    '{source} calls {actions} on {target} with its task role',
    '{source}에서 태스크 역할로 {target}에 대해 {actions} API를 호출합니다',
  ],
  [
    'Queue worker: service tasks poll the queue',
    '대기열 작업자: 서비스 태스크가 대기열을 폴링',
  ],
  [
    'SQS does not push to ECS: the tasks poll with ReceiveMessage and delete each message after processing it, so the task role needs sqs:ReceiveMessage and sqs:DeleteMessage. Scale the service on the backlog so more tasks start as messages pile up.',
    'SQS는 ECS로 메시지를 밀어 넣지 않습니다. 태스크가 ReceiveMessage로 폴링하고 처리한 메시지를 삭제하므로 태스크 역할에 sqs:ReceiveMessage와 sqs:DeleteMessage가 필요합니다. 메시지가 쌓이면 태스크가 더 시작되도록 백로그를 기준으로 서비스를 조정하세요.',
  ],
  [
    'the tasks receive and delete messages',
    '태스크가 메시지를 받고 삭제하기 때문',
  ],
  [
    'Add service auto scaling driven by the queue backlog so the number of workers follows the queue.',
    '작업자 수가 대기열을 따라가도록 대기열 백로그 기반의 서비스 Auto Scaling을 추가하세요.',
  ],
  [
    'The backlog grows: the worker count never changes',
    '백로그 증가: 작업자 수가 전혀 바뀌지 않습니다',
  ],
  [
    'Tasks of {target} poll queue {source} ({actions})',
    '{target}의 태스크들이 대기열 {source}에서 메시지를 폴링합니다({actions})',
  ],
  [
    'A standalone task polling a queue',
    '대기열을 폴링하는 독립 실행형 태스크',
  ],
  [
    'A standalone task runs once and is not restarted. A long-running queue worker belongs in a service, which keeps the desired number of pollers running and can scale on the backlog.',
    '독립 실행형 태스크는 한 번 실행되고 다시 시작되지 않습니다. 오래 실행되는 대기열 작업자는 서비스로 두어야 원하는 수의 폴러가 계속 실행되고 백로그에 따라 조정할 수 있습니다.',
  ],
  [
    'the task receives and deletes messages',
    '태스크가 메시지를 받고 삭제하기 때문',
  ],
  [
    'Task {target} polls queue {source} ({actions})',
    '태스크 {target}에서 대기열 {source}의 메시지를 폴링합니다({actions})',
  ],
];
