import { defineFigureText } from '../text.ts';

export const tagsAndDigestsText = defineFigureText({
  en: {
    title: 'Tags point at images; digests are the images',
    desc: 'A repository named web holds two images, identified by the digests sha256:3f1d… and sha256:9b2e…. The tag 1.4.2 points at the first image and the tag 1.5.0 at the second. The tag latest pointed at the first image until the last push moved it to the second. The digests never move.',
    caption: 'A tag is a movable name; a digest is computed from the image’s content and always names the same image.',
    tags: 'Tags: names that can move',
    digests: 'Digests: fixed by content',
    image: 'Image',
    before: 'before the last push',
    ecsNote: 'An ECS deployment resolves each tag to a digest once, so all its tasks run the same image.',
  },
  ko: {
    title: '태그는 이미지를 가리키고, 다이제스트는 이미지 그 자체',
    desc: 'web 리포지토리에 다이제스트 sha256:3f1d…와 sha256:9b2e…로 식별되는 이미지 두 개가 있습니다. 태그 1.4.2는 첫 번째 이미지를, 태그 1.5.0은 두 번째 이미지를 가리킵니다. 태그 latest는 첫 번째 이미지를 가리키다가 마지막 푸시 때 두 번째 이미지로 옮겨졌습니다. 다이제스트는 절대 옮겨지지 않습니다.',
    caption: '태그는 옮길 수 있는 이름이고, 다이제스트는 이미지 내용에서 계산되어 항상 같은 이미지를 가리킵니다.',
    tags: '태그: 옮겨질 수 있는 이름',
    digests: '다이제스트: 내용으로 고정',
    image: '이미지',
    before: '마지막 푸시 전',
    ecsNote: 'ECS 배포는 태그를 한 번 다이제스트로 확인하므로, 그 배포의 모든 태스크가 같은 이미지를 실행합니다.',
  },
});
