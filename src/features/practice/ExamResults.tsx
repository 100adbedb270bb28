import { useLayoutEffect, useRef } from 'react';
import type { ExamDomain } from '@/content/taxonomy';
import type { StoredExam } from '@/db/exams';
import { useLocale, useT } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { formatAttemptDate } from '@/ui/ExamAttempts';
import { useExamMessages } from './examMessages';
import { ExamReview } from './ExamReview';

/**
 * A submitted exam: the scaled score with what it does and does not cover, whether the answers went to
 * the review schedule, the per-domain breakdown, "retake the wrong ones", then the filterable review.
 */
export function ExamResults({ exam }: { exam: StoredExam }) {
  const em = useExamMessages();
  const t = useT();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const r = exam.result;
  // Arriving from the last question (or from the history), focus lands on the result.
  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), [exam.id]);
  if (!r) return null;
  const wrong = r.total - r.correct;
  return (
    <div className="exam-results">
      <h2 tabIndex={-1} ref={heading}>
        {em('resultTitle')}
      </h2>
      <p className="muted">
        {exam.exam} · {em('resultSubmitted', { date: formatAttemptDate(exam.submittedAt ?? exam.startedAt, locale) })}
      </p>
      <p className={`score ${r.passed ? 'pass' : 'fail'}`}>
        <strong>{em('resultScore', { score: r.scaled })}</strong> — {r.passed ? em('resultPass') : em('resultFail')}
      </p>
      <p>{em('resultRaw', { correct: r.correct, total: r.total })}</p>
      <p className="notice scope-note">{em('resultScope', { exam: exam.exam })}</p>
      <p className="muted small">{em('resultScaling')}</p>
      <p>{exam.feedsReviews === false ? em('resultNotFed') : em('resultFed')}</p>
      {wrong > 0 && (
        <p className="retake">
          <Link className="button primary" to={`/practice?mode=retake&exam=${encodeURIComponent(exam.id)}`}>
            {em('retake', { count: wrong })}
          </Link>{' '}
          <span className="muted small">{em('retakeHelp')}</span>
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption>{exam.exam}</caption>
          <thead>
            <tr>
              <th scope="col">{em('resultDomain')}</th>
              <th scope="col">{em('resultCorrect')}</th>
              <th scope="col">{em('resultShare')}</th>
            </tr>
          </thead>
          <tbody>
            {r.byDomain.map((d) => {
              const pct = d.total ? Math.round((d.correct / d.total) * 100) : 0;
              return (
                <tr key={d.domain}>
                  <th scope="row">{t(`domain.${d.domain as ExamDomain}`)}</th>
                  <td>
                    {d.correct} / {d.total}
                  </td>
                  <td>
                    <span className="bar" aria-hidden="true">
                      <span style={{ width: `${pct}%` }} />
                    </span>{' '}
                    {pct} %
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ExamReview exam={exam} />
    </div>
  );
}
