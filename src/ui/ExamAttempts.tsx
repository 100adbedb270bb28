/**
 * The table of submitted mock exams, newest first, each with a link that reopens it. Drawn the same on
 * the practice screen and on /progress; each screen passes its rows and its own words.
 */
import type { Locale } from '@/content/taxonomy';
import { Link } from './router';

export interface ExamAttemptRow {
  id: string;
  exam: string;
  startedAt: number;
  submittedAt?: number | undefined;
  result?: { scaled: number; passed: boolean } | undefined;
}

export interface ExamAttemptLabels {
  date: string;
  exam: string;
  score: string;
  result: string;
  open: string;
  pass: string;
  fail: string;
  openLabel: (exam: string, date: string) => string;
}

/** When an attempt was taken: "12 Mar 2026, 09:40" / "2026. 3. 12. 오전 9:40". */
export function formatAttemptDate(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The address of a submitted attempt's result and review (with "retake the wrong ones"). */
export const attemptPath = (id: string) => `/practice?mode=exam&attempt=${encodeURIComponent(id)}`;

export function ExamAttempts({ rows, labels, locale }: { rows: readonly ExamAttemptRow[]; labels: ExamAttemptLabels; locale: Locale }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{labels.date}</th>
            <th scope="col">{labels.exam}</th>
            <th scope="col">{labels.score}</th>
            <th scope="col">{labels.result}</th>
            <th scope="col">
              <span className="visually-hidden">{labels.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const date = formatAttemptDate(e.submittedAt ?? e.startedAt, locale);
            return (
              <tr key={e.id}>
                <td>{date}</td>
                <td>{e.exam}</td>
                <td>{e.result?.scaled ?? '—'}</td>
                <td>{e.result ? (e.result.passed ? labels.pass : labels.fail) : '—'}</td>
                <td>
                  <Link className="open-link" to={attemptPath(e.id)} aria-label={labels.openLabel(e.exam, date)}>
                    {labels.open}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
