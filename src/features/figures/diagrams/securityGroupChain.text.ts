import { defineFigureText } from '../text.ts';

export const securityGroupChainText = defineFigureText({
  en: {
    title: 'Security groups that reference security groups',
    desc: 'A chain of four tiers. Clients on the internet reach an Application Load Balancer whose security group admits TCP 443 from anywhere. The tasks’ security group admits TCP 8080 only from the load balancer’s security group. The database’s security group admits TCP 5432 only from the tasks’ security group. Each tier admits only the tier in front of it, whatever their addresses.',
    caption: 'Each rule names the security group of the tier in front, not an address range, so task IP changes never matter.',
    internet: 'Clients',
    internetSub: 'on the internet',
    alb: 'Load balancer',
    albSub: 'sg-alb admits 443 from 0.0.0.0/0',
    tasks: 'ECS tasks',
    tasksSub: 'sg-tasks admits 8080 from sg-alb',
    db: 'Database',
    dbSub: 'sg-db admits 5432 from sg-tasks',
  },
  ko: {
    title: '보안 그룹을 참조하는 보안 그룹',
    desc: '네 계층이 사슬처럼 이어집니다. 인터넷의 클라이언트는 Application Load Balancer에 닿고, 이 로드 밸런서의 보안 그룹은 어디서든 TCP 443을 허용합니다. 태스크의 보안 그룹은 로드 밸런서의 보안 그룹에서 오는 TCP 8080만 허용합니다. 데이터베이스의 보안 그룹은 태스크의 보안 그룹에서 오는 TCP 5432만 허용합니다. 주소와 상관없이 각 계층은 바로 앞 계층만 받아들입니다.',
    caption: '각 규칙은 주소 범위가 아니라 앞 계층의 보안 그룹을 지정하므로, 태스크 IP가 바뀌어도 상관없습니다.',
    internet: '클라이언트',
    internetSub: '인터넷',
    alb: '로드 밸런서',
    albSub: 'sg-alb: 0.0.0.0/0에서 443 허용',
    tasks: 'ECS 태스크',
    tasksSub: 'sg-tasks: sg-alb에서 8080 허용',
    db: '데이터베이스',
    dbSub: 'sg-db: sg-tasks에서 5432 허용',
  },
});
