import { defineFigureText } from '../text.ts';

export const dockerMountsText = defineFigureText({
  en: {
    title: 'Three kinds of mount for a container',
    desc: 'A container above the host it runs on. Its own writable layer is deleted with the container. A volume maps a directory of the container to an area that Docker manages on the host’s disk; a bind mount maps it to any path you choose on the host; a tmpfs mount maps it to the host’s memory. Volumes and bind mounts outlive the container; a tmpfs mount does not.',
    caption: 'Data the app must keep goes to a mount, not the writable layer: a volume, a bind mount, or (for throwaway data) tmpfs.',
    container: 'Container',
    containerSub: 'its writable layer is deleted with the container',
    host: 'Host',
    volume: 'Volume',
    volumeSub: 'an area Docker manages on the host’s disk; outlives the container',
    bind: 'Bind mount',
    bindSub: 'any path you choose on the host; outlives the container',
    tmpfs: 'tmpfs mount',
    tmpfsSub: 'the host’s memory; gone when the container stops',
  },
  ko: {
    title: '컨테이너에 연결하는 세 가지 마운트',
    desc: '컨테이너와 그 아래의 호스트를 보여 줍니다. 컨테이너 자신의 쓰기 가능 계층은 컨테이너와 함께 삭제됩니다. 볼륨은 컨테이너의 디렉터리를 호스트 디스크에서 Docker가 관리하는 영역에 연결하고, 바인드 마운트는 호스트에서 여러분이 고른 경로에 연결하며, tmpfs 마운트는 호스트의 메모리에 연결합니다. 볼륨과 바인드 마운트는 컨테이너보다 오래 남고, tmpfs 마운트는 그렇지 않습니다.',
    caption: '앱이 보존해야 하는 데이터는 쓰기 가능 계층이 아니라 마운트에 씁니다. 볼륨이나 바인드 마운트, 버려도 되는 데이터라면 tmpfs입니다.',
    container: '컨테이너',
    containerSub: '쓰기 가능 계층은 컨테이너와 함께 삭제',
    host: '호스트',
    volume: '볼륨',
    volumeSub: '호스트 디스크에서 Docker가 관리하는 영역, 컨테이너보다 오래 남음',
    bind: '바인드 마운트',
    bindSub: '호스트에서 직접 고른 경로, 컨테이너보다 오래 남음',
    tmpfs: 'tmpfs 마운트',
    tmpfsSub: '호스트의 메모리, 컨테이너가 멈추면 사라짐',
  },
});
