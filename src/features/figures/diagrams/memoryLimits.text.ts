import { defineFigureText } from '../text.ts';

export const memoryLimitsText = defineFigureText({
  en: {
    title: 'memoryReservation and memory for one container',
    desc: 'A memory scale from 0 to about 1,100 MiB for a container with memoryReservation 256 and memory 1024. Its usual use, about 200 MiB, and a burst to 600 MiB both run: the reservation of 256 MiB is a soft limit that placement counts, and the container may use more. A leak that passes 1,024 MiB, the hard limit, gets the container killed.',
    caption: 'ECS places the container by its 256 MiB reservation, lets it burst above that, and kills it only past the 1,024 MiB hard limit.',
    reservation: 'memoryReservation 256 MiB: soft, counted for placement',
    hard: 'memory 1024 MiB: hard limit, killed beyond it',
    usual: 'Usual use, about 200 MiB: fine',
    burst: 'A burst to 600 MiB: allowed',
    leak: 'A leak past 1,024 MiB: killed (exit code 137)',
  },
  ko: {
    title: '컨테이너 하나의 memoryReservation과 memory',
    desc: 'memoryReservation 256, memory 1024인 컨테이너의 메모리 눈금을 0부터 약 1,100MiB까지 나타냈습니다. 평소 사용량 약 200MiB와 600MiB까지의 일시적 증가는 모두 실행됩니다. 256MiB 예약은 배치에서 계산하는 소프트 한도이며, 컨테이너는 그보다 더 쓸 수 있습니다. 하드 한도인 1,024MiB를 넘는 누수가 생기면 컨테이너가 종료됩니다.',
    caption: 'ECS는 256MiB 예약으로 컨테이너를 배치하고, 그 이상 일시적으로 쓰는 것은 허용하며, 1,024MiB 하드 한도를 넘을 때만 종료합니다.',
    reservation: 'memoryReservation 256MiB: 소프트 한도, 배치에 사용',
    hard: 'memory 1024MiB: 하드 한도, 넘으면 종료',
    usual: '평소 사용량 약 200MiB: 문제없음',
    burst: '600MiB까지 일시 증가: 허용',
    leak: '1,024MiB를 넘는 누수: 종료(종료 코드 137)',
  },
});
