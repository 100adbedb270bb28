import { useId } from 'react';
import type { Locale } from '@/content/taxonomy';
import { examHistory } from '@/db/exams';
import { useLiveQuery } from '@/db/useLiveQuery';
import { useLocale } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { useExamMessages } from './examMessages';

/** "12 Mar 2026, 09:40" / "2026. 3. 12. 오전 9:40" */
export function formatDate(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The address of a submitted attempt's result and review. */
export const attemptPath = (id: string) => `/practice?mode=exam&attempt=${encodeURIComponent(id)}`;

/** The submitted mock exams, newest first, each reopenable at its own address; `limit` shows the latest few. */
export function ExamHistory({ limit, headingLevel = 2 }: { limit?: number; headingLevel?: 2 | 3 }) {
  const em = useExamMessages();
  const locale = useLocale();
  const id = useId();
  const exams = useLiveQuery(() => examHistory(), []);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (!exams) return null;
  const shown = limit === undefined ? exams : exams.slice(0, limit);
  return (
    <section className="exam-history" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{em('historyTitle')}</H>
      {exams.length === 0 ? (
        <p className="muted">{em('historyNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{em('historyDate')}</th>
                <th scope="col">{em('historyExam')}</th>
                <th scope="col">{em('historyScore')}</th>
                <th scope="col">{em('historyResult')}</th>
                <th scope="col">
                  <span className="visually-hidden">{em('historyOpen')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const date = formatDate(e.submittedAt ?? e.startedAt, locale);
                return (
                  <tr key={e.id}>
                    <td>{date}</td>
                    <td>{e.exam}</td>
                    <td>{e.result?.scaled ?? '—'}</td>
                    <td>{e.result ? (e.result.passed ? em('historyPass') : em('historyFail')) : '—'}</td>
                    <td>
                      <Link to={attemptPath(e.id)} aria-label={em('historyOpenLabel', { exam: e.exam, date })}>
                        {em('historyOpen')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {limit !== undefined && exams.length > limit && <Link to="/practice?mode=exam">{em('historyAll')}</Link>}
    </section>
  );
}
