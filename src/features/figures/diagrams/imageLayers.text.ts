import { defineFigureText } from '../text.ts';

export const imageLayersText = defineFigureText({
  en: {
    title: 'Image layers and the writable container layer',
    desc: 'A five-line Dockerfile beside the image it builds. Each instruction adds one read-only layer on top of the ones before: the base image, the working directory, the copied package files, the installed dependencies and, last, the copied source code. Two containers started from the image share those layers, and each gets its own thin writable layer on top, which is deleted with the container.',
    caption: 'Each instruction stacks a read-only layer; every container adds its own writable layer, which disappears with the container.',
    dockerfile: 'Dockerfile',
    rarely: 'Lines 1–4 rarely change: reused from the build cache',
    often: 'Line 5 changes on every commit: rebuilt',
    image: 'Image layers: read-only, shared',
    container1: 'Container 1: writable layer',
    container2: 'Container 2: writable layer',
  },
  ko: {
    title: '이미지 계층과 쓰기 가능한 컨테이너 계층',
    desc: '다섯 줄짜리 Dockerfile과 그것으로 빌드한 이미지를 나란히 보여 줍니다. 각 명령어는 이전 계층 위에 읽기 전용 계층을 하나씩 추가합니다. 기본 이미지, 작업 디렉터리, 복사한 패키지 파일, 설치한 의존성, 그리고 마지막으로 복사한 소스 코드입니다. 이 이미지로 시작한 컨테이너 두 개는 그 계층들을 공유하고, 각자 맨 위에 얇은 쓰기 가능 계층을 하나씩 받습니다. 이 계층은 컨테이너와 함께 삭제됩니다.',
    caption: '명령어마다 읽기 전용 계층이 쌓이고, 컨테이너마다 자신만의 쓰기 가능 계층이 더해지며, 이 계층은 컨테이너와 함께 사라집니다.',
    dockerfile: 'Dockerfile',
    rarely: '1–4행은 거의 바뀌지 않음: 빌드 캐시에서 재사용',
    often: '5행은 커밋마다 바뀜: 다시 빌드',
    image: '이미지 계층: 읽기 전용, 공유',
    container1: '컨테이너 1: 쓰기 가능 계층',
    container2: '컨테이너 2: 쓰기 가능 계층',
  },
});
