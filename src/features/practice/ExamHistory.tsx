import { useId } from 'react';
import { examHistory } from '@/db/exams';
import { useLiveQuery } from '@/db/useLiveQuery';
import { useLocale } from '@/ui/i18n';
import { ExamAttempts } from '@/ui/ExamAttempts';
import { Link } from '@/ui/router';
import { useExamMessages } from './examMessages';

/** The submitted mock exams, newest first, each reopenable at its own address; `limit` shows the latest few. */
export function ExamHistory({ limit, headingLevel = 2 }: { limit?: number; headingLevel?: 2 | 3 }) {
  const em = useExamMessages();
  const locale = useLocale();
  const id = useId();
  const exams = useLiveQuery(() => examHistory(), [], () => []);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (!exams) return null;
  const shown = limit === undefined ? exams : exams.slice(0, limit);
  return (
    <section className="exam-history" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{em('historyTitle')}</H>
      {exams.length === 0 ? (
        <p className="muted">{em('historyNone')}</p>
      ) : (
        <ExamAttempts
          rows={shown}
          locale={locale}
          labels={{
            date: em('historyDate'),
            exam: em('historyExam'),
            score: em('historyScore'),
            result: em('historyResult'),
            open: em('historyOpen'),
            pass: em('historyPass'),
            fail: em('historyFail'),
            openLabel: (exam, date) => em('historyOpenLabel', { exam, date }),
          }}
        />
      )}
      {limit !== undefined && exams.length > limit && <Link to="/practice?mode=exam">{em('historyAll')}</Link>}
    </section>
  );
}
