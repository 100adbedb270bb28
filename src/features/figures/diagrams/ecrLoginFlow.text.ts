import { defineFigureText } from '../text.ts';

export const ecrLoginFlowText = defineFigureText({
  en: {
    title: 'How Docker logs in to Amazon ECR',
    desc: 'Four steps from left to right. Your IAM identity runs aws ecr get-login-password. The AWS CLI calls the ECR GetAuthorizationToken API, which returns a password valid for 12 hours. The password is piped into docker login with the user name AWS, which stores it for one registry host. Docker can then push and pull images named with that host.',
    caption: 'Docker does not speak IAM: a short-lived password from GetAuthorizationToken bridges the gap, one registry host at a time.',
    identity: 'Your IAM identity',
    identitySub: 'runs aws ecr get-login-password',
    ecr: 'Amazon ECR',
    ecrSub: 'GetAuthorizationToken returns a password valid for 12 hours',
    login: 'docker login',
    loginSub: 'user name AWS, password from standard input; stored for one host',
    registry: 'Registry host',
    registrySub: 'docker push and pull by the full image URI',
  },
  ko: {
    title: 'Docker가 Amazon ECR에 로그인하는 과정',
    desc: '왼쪽에서 오른쪽으로 네 단계입니다. 여러분의 IAM 자격 증명으로 aws ecr get-login-password를 실행합니다. AWS CLI가 ECR GetAuthorizationToken API를 호출하고, 12시간 동안 유효한 암호를 돌려받습니다. 이 암호를 사용자 이름 AWS와 함께 docker login에 파이프로 넘기면, 레지스트리 호스트 하나에 대한 자격 증명으로 저장됩니다. 그러면 Docker가 그 호스트 이름이 붙은 이미지를 푸시하고 풀할 수 있습니다.',
    caption: 'Docker는 IAM을 모릅니다. GetAuthorizationToken이 주는 짧은 수명의 암호가 그 틈을 레지스트리 호스트 하나씩 메웁니다.',
    identity: '여러분의 IAM 자격 증명',
    identitySub: 'aws ecr get-login-password 실행',
    ecr: 'Amazon ECR',
    ecrSub: 'GetAuthorizationToken이 12시간 유효한 암호를 반환',
    login: 'docker login',
    loginSub: '사용자 이름 AWS, 암호는 표준 입력으로, 호스트 하나에 저장',
    registry: '레지스트리 호스트',
    registrySub: '전체 이미지 URI로 docker push와 pull',
  },
});
