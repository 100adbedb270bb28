import type { ExamDomain } from '@/content/taxonomy';
import type { StoredExam } from '@/db/exams';
import { useLocale, useT } from '@/ui/i18n';
import { optionOrder, useShownQuestionList } from './bank';
import { LoadFailed } from './LoadFailed';
import { Loading } from '@/ui/Page';
import { useMessages } from './messages';
import { QuestionView } from './QuestionView';
import { isCorrect } from '@/engine/exam';

/** The scaled score, the per-domain breakdown, then every question with its explanations. */
export function ExamResults({ exam }: { exam: StoredExam }) {
  const m = useMessages();
  const t = useT();
  const locale = useLocale();
  const r = exam.result;
  const questions = useShownQuestionList(
    exam.items.map((i) => i.questionId),
    locale,
  );
  if (!r) return null;
  return (
    <div className="exam-results">
      <h2>{m('resultTitle')}</h2>
      <p className={`score ${r.passed ? 'pass' : 'fail'}`}>
        <strong>{m('resultScore', { score: r.scaled })}</strong> — {r.passed ? m('resultPass') : m('resultFail')}
      </p>
      <p>{m('resultRaw', { correct: r.correct, total: r.total })}</p>
      <p className="muted small">{m('resultScaling')}</p>
      <table className="data-table">
        <caption>{exam.exam}</caption>
        <thead>
          <tr>
            <th scope="col">{m('resultDomain')}</th>
            <th scope="col">{m('resultCorrect')}</th>
            <th scope="col">{m('resultShare')}</th>
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
      <h2>{m('resultReview')}</h2>
      {questions.error !== undefined && <LoadFailed error={questions.error} retry={questions.retry} />}
      {!questions.list && questions.error === undefined && <Loading label={m('loading')} />}
      <ol className="exam-review">
        {exam.items.map((item, i) => {
          const shown = questions.list?.[i];
          if (!shown) return null;
          const chosen = exam.answers[item.questionId] ?? [];
          const right = isCorrect(shown.question.answer, chosen);
          return (
            <li key={item.questionId}>
              <details>
                <summary>
                  <span className={right ? 'mark right' : 'mark wrong'} aria-hidden="true">{right ? '✓' : '✗'}</span> {m('examQuestion', { n: i + 1 })} —{' '}
                  {right ? m('correct') : chosen.length ? m('incorrect') : m('resultUnanswered')} <span className="muted small">({t(`domain.${item.domain as ExamDomain}`)})</span>
                  {exam.flagged.includes(item.questionId) && <span className="muted small"> ⚑ {m('examFlagged')}</span>}
                </summary>
                <QuestionView
                  question={shown.question}
                  titles={shown.titles}
                  options={optionOrder(shown.question, `${exam.id}:${shown.cardId}`)}
                  translated={shown.translated}
                  selected={chosen}
                  onSelect={() => undefined}
                  feedback={{ correct: right }}
                  label={m('examQuestion', { n: i + 1 })}
                  level={3}
                />
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
