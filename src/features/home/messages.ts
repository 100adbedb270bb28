import { defineMessages } from '@/ui/i18n';

export const useMessages = defineMessages({
  en: {
    due: '{count} reviews due',
    fresh: '{count} new today',
    startReview: 'Start daily review',
    continueExam: 'Continue your {exam} mock exam',
    practice: 'Practice by topic or sit a mock exam',
  },
  ko: {
    due: '복습할 문제 {count}개',
    fresh: '오늘의 새 문제 {count}개',
    startReview: '오늘의 복습 시작',
    continueExam: '진행 중인 {exam} 모의고사 계속하기',
    practice: '주제별 연습 또는 모의고사',
  },
});
