import { installKoreanTexts } from '../text.ts';
import { COMPUTE_KO } from './compute.ts';
import { EVENTS_KO } from './events.ts';
import { SETUP_KO } from './setup.ts';

/** The services an ECS task calls through the SDK (rulesCompute.ts builds one rule per service). */
const API_SERVICES = ['Amazon S3', 'Amazon DynamoDB', 'Amazon SQS', 'Amazon SNS'] as const;

/** The same three sentences for every service the containers call with the task role. */
const API_CALL_KO = API_SERVICES.flatMap((what): (readonly [string, string])[] => [
  [`Application code calls ${what} with the task role`, `애플리케이션 코드가 태스크 역할로 ${what}를 호출`],
  [
    `Code in the containers calls ${what} with the AWS SDK. The SDK picks up the task role's temporary credentials, so the task role (not the execution role) must allow the actions on this resource.`,
    `컨테이너의 코드가 AWS SDK로 ${what}를 호출합니다. SDK는 태스크 역할의 임시 자격 증명을 가져오므로, 이 리소스에 대한 작업은 태스크 실행 역할이 아니라 태스크 역할이 허용해야 합니다.`,
  ],
  [`the containers call ${what}`, `컨테이너가 ${what}를 호출하기 때문`],
]);

/** Texts the flow uses for connections that have no rule of their own. */
const FLOW_KO: readonly (readonly [string, string])[] = [['Connect', '연결']];

/**
 * Korean for every sentence the connection rules write, keyed by the English sentence. API actions,
 * event names ("Object Created") and service principals are not in it: they read the same in Korean.
 */
export const KO_TEXTS: ReadonlyMap<string, string> = new Map([...EVENTS_KO, ...COMPUTE_KO, ...SETUP_KO, ...API_CALL_KO, ...FLOW_KO]);

installKoreanTexts(KO_TEXTS);
