import { useId, useState, type ReactNode } from 'react';
import type { ExamDomain } from '@/content/taxonomy';
import type { StoredExam } from '@/db/exams';
import { isCorrect } from '@/engine/exam';
import { useLocale, useT } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { optionOrder, useShownQuestionList } from './bank';
import { useExamMessages } from './examMessages';
import { LoadFailed } from './LoadFailed';
import { useMessages } from './messages';
import { QuestionView } from './QuestionView';

type Show = 'all' | 'wrong' | 'flagged';

/** One reviewed question, folded; its explanations are rendered only once it is opened (65 at once are heavy). */
function ReviewItem({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{summary}</summary>
        {open && children}
      </details>
    </li>
  );
}

/**
 * Every question of a submitted exam with the learner's answer and the explanations, filtered by what
 * went wrong (wrong or unanswered), what was flagged, and by domain. Counts follow the domain chosen.
 */
export function ExamReview({ exam }: { exam: StoredExam }) {
  const m = useMessages();
  const em = useExamMessages();
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const questions = useShownQuestionList(
    exam.items.map((i) => i.questionId),
    locale,
  );
  const [show, setShow] = useState<Show>('all');
  const [domain, setDomain] = useState('');
  const list = questions.list;
  const rows = list
    ? exam.items.map((item, i) => {
        const shown = list[i];
        const chosen = exam.answers[item.questionId] ?? [];
        return { item, n: i + 1, shown, chosen, right: shown ? isCorrect(shown.question.answer, chosen) : false, flagged: exam.flagged.includes(item.questionId) };
      })
    : [];
  const inDomain = rows.filter((r) => !domain || r.item.domain === domain);
  const count: Record<Show, number> = { all: inDomain.length, wrong: inDomain.filter((r) => !r.right).length, flagged: inDomain.filter((r) => r.flagged).length };
  const visible = inDomain.filter((r) => show === 'all' || (show === 'wrong' ? !r.right : r.flagged));
  const domains = [...new Set(exam.items.map((i) => i.domain))];
  const label: Record<Show, string> = { all: em('filterAll', { count: count.all }), wrong: em('filterWrong', { count: count.wrong }), flagged: em('filterFlagged', { count: count.flagged }) };
  return (
    <section className="exam-review-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{em('resultReview')}</h2>
      {questions.error !== undefined && <LoadFailed error={questions.error} retry={questions.retry} />}
      {!list && questions.error === undefined && <Loading label={m('loading')} />}
      {list && (
        <>
          <div className="review-filters">
            <fieldset className="filter-show">
              <legend>{em('filterShow')}</legend>
              {(['all', 'wrong', 'flagged'] as const).map((s) => (
                <label key={s} className="inline-field">
                  <input type="radio" name={`${id}-show`} value={s} checked={show === s} onChange={() => setShow(s)} /> {label[s]}
                </label>
              ))}
            </fieldset>
            <p className="filter-domain">
              <label htmlFor={`${id}-domain`}>{em('filterDomain')}</label>{' '}
              <select id={`${id}-domain`} value={domain} onChange={(e) => setDomain(e.target.value)}>
                <option value="">{em('filterAnyDomain')}</option>
                {domains.map((d) => (
                  <option key={d} value={d}>
                    {t(`domain.${d as ExamDomain}`)}
                  </option>
                ))}
              </select>
            </p>
          </div>
          <p role="status" className="muted">
            {visible.length ? em('filterCount', { shown: visible.length, total: rows.length }) : em('filterNone')}
          </p>
          <ul className="exam-review" role="list">
            {visible.map(({ item, n, shown, chosen, right, flagged }) =>
              shown ? (
                <ReviewItem key={item.questionId} summary={
                  <>
                    <span className={right ? 'mark right' : 'mark wrong'} aria-hidden="true">
                      {right ? '✓' : '✗'}
                    </span>{' '}
                    {em('examQuestion', { n })} — {right ? m('correct') : chosen.length ? m('incorrect') : em('resultUnanswered')}{' '}
                    <span className="muted small">({t(`domain.${item.domain as ExamDomain}`)})</span>
                    {flagged && <span className="muted small"> ⚑ {em('examFlagged')}</span>}
                  </>
                }>
                  <QuestionView
                    question={shown.question}
                    titles={shown.titles}
                    options={optionOrder(shown.question, `${exam.id}:${shown.cardId}`)}
                    translated={shown.translated}
                    selected={chosen}
                    onSelect={() => undefined}
                    feedback={{ correct: right }}
                    label={em('examQuestion', { n })}
                    level={3}
                  />
                </ReviewItem>
              ) : null,
            )}
          </ul>
        </>
      )}
    </section>
  );
}
