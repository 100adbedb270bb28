import { defineFigureText } from '../text.ts';

export const efsMountTargetsText = defineFigureText({
  en: {
    title: 'Amazon EFS shared by tasks in two Availability Zones',
    desc: 'A VPC with a private subnet in each of two Availability Zones. In each zone a Fargate task connects over NFS, TCP port 2049, to the EFS mount target in its own zone; the mount targets’ security group admits port 2049 from the tasks’ security group, and with IAM authorization the task role allows ClientMount and ClientWrite. Both mount targets lead to one Regional EFS file system, so every task reads and writes the same files.',
    caption: 'One mount target per zone, NFS 2049 open from the tasks, and the task role allowed to mount: every task sees the same files.',
    vpc: 'VPC',
    zoneA: 'Availability Zone a, private subnet',
    zoneB: 'Availability Zone b, private subnet',
    task: 'Fargate task',
    taskSub: 'task role: ClientMount, ClientWrite',
    mountTarget: 'Mount target',
    mountTargetSub: 'its security group admits 2049 from the tasks',
    nfs: 'NFS 2049',
    efs: 'Amazon EFS file system',
    efsSub: 'Regional: the same files for every task in every zone',
  },
  ko: {
    title: '두 가용 영역의 태스크가 공유하는 Amazon EFS',
    desc: '두 가용 영역에 프라이빗 서브넷이 하나씩 있는 VPC입니다. 각 영역의 Fargate 태스크는 자기 영역의 EFS 마운트 대상에 NFS(TCP 포트 2049)로 연결합니다. 마운트 대상의 보안 그룹은 태스크 보안 그룹에서 오는 포트 2049를 허용하고, IAM 권한 부여를 켜면 태스크 역할이 ClientMount와 ClientWrite를 허용합니다. 두 마운트 대상은 리전 EFS 파일 시스템 하나로 이어지므로, 모든 태스크가 같은 파일을 읽고 씁니다.',
    caption: '영역마다 마운트 대상 하나, 태스크에서 NFS 2049 허용, 태스크 역할의 마운트 권한. 그러면 모든 태스크가 같은 파일을 봅니다.',
    vpc: 'VPC',
    zoneA: '가용 영역 a, 프라이빗 서브넷',
    zoneB: '가용 영역 b, 프라이빗 서브넷',
    task: 'Fargate 태스크',
    taskSub: '태스크 역할: ClientMount, ClientWrite',
    mountTarget: '마운트 대상',
    mountTargetSub: '보안 그룹이 태스크에서 오는 2049 허용',
    nfs: 'NFS 2049',
    efs: 'Amazon EFS 파일 시스템',
    efsSub: '리전 단위: 모든 영역의 모든 태스크에 같은 파일',
  },
});
