import { defineFigureText } from '../text.ts';

export const s3EventRunsTaskText = defineFigureText({
  en: {
    title: 'An S3 upload runs an ECS task through EventBridge',
    desc: 'Four steps from left to right. 1: a user uploads a file to the photo-uploads bucket, which has Amazon EventBridge notifications turned on. 2: the bucket’s Object Created event reaches an EventBridge rule that matches the bucket name. 3: the rule’s target calls ECS RunTask with its target role, which allows ecs:RunTask and iam:PassRole for the task’s two roles; an input transformer passes the bucket and key as environment overrides. 4: a Fargate task starts, reads the object with its task role, writes its result to a DynamoDB table and exits.',
    caption: 'Nothing runs while no files arrive: each upload becomes one event, one RunTask call and one task that exits when its file is done.',
    bucket: 'S3 bucket',
    bucketSub: 'EventBridge notifications on',
    rule: 'EventBridge rule',
    ruleSub: 'matches Object Created in photo-uploads',
    ecs: 'Amazon ECS RunTask',
    ecsSub: 'target role: ecs:RunTask, iam:PassRole',
    task: 'Fargate task',
    taskSub: 'BUCKET and KEY from the input transformer',
    table: 'DynamoDB table',
    tableSub: 'task role: dynamodb:PutItem',
  },
  ko: {
    title: 'S3 업로드가 EventBridge를 거쳐 ECS 태스크를 실행합니다',
    desc: '왼쪽에서 오른쪽으로 네 단계입니다. 1: 사용자가 Amazon EventBridge 알림을 켠 photo-uploads 버킷에 파일을 업로드합니다. 2: 버킷의 Object Created 이벤트가 버킷 이름과 일치하는 EventBridge 규칙에 도착합니다. 3: 규칙의 대상이 대상 역할로 ECS RunTask를 호출합니다. 이 역할은 ecs:RunTask와 태스크의 두 역할에 대한 iam:PassRole을 허용하고, 입력 변환기가 버킷과 키를 환경 변수 재정의로 넘깁니다. 4: Fargate 태스크가 시작되어 태스크 역할로 객체를 읽고, 결과를 DynamoDB 테이블에 쓴 뒤 종료합니다.',
    caption: '파일이 오지 않으면 아무것도 실행되지 않습니다. 업로드 하나가 이벤트 하나, RunTask 호출 하나, 파일 처리가 끝나면 종료되는 태스크 하나가 됩니다.',
    bucket: 'S3 버킷',
    bucketSub: 'EventBridge 알림 켜짐',
    rule: 'EventBridge 규칙',
    ruleSub: 'photo-uploads의 Object Created와 일치',
    ecs: 'Amazon ECS RunTask',
    ecsSub: '대상 역할: ecs:RunTask, iam:PassRole',
    task: 'Fargate 태스크',
    taskSub: '입력 변환기가 넘긴 BUCKET과 KEY',
    table: 'DynamoDB 테이블',
    tableSub: '태스크 역할: dynamodb:PutItem',
  },
});
