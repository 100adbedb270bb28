import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Question } from '@/content/questionSchema';
import { referenceLabel } from '@/content/referenceLabel';
import { useMessages } from './messages';

export interface Feedback {
  correct: boolean;
  /** "Next review in 3 days." — absent where nothing is scheduled yet (the exam). */
  next?: string;
}

interface Props {
  question: Question;
  options: Question['options'];
  translated: boolean;
  generated?: boolean;
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  /** Shown after the answer is checked: right or wrong, each option's explanation. */
  feedback?: Feedback | undefined;
  /** Heading level of the stem (2 on practice screens, 3 inside a lesson). */
  level?: 2 | 3;
  label?: string;
  /** Moves focus to the stem when the question changes. */
  autoFocus?: boolean;
  /** Changes when the same question is asked again (relearning), so the stem takes focus again. */
  focusKey?: string | number;
  /** Titles of the pages the question cites, by URL; a link without one shows its host and path. */
  titles?: Readonly<Record<string, string>> | undefined;
  /**
   * The verdict region, shown between the stem and the options: once an answer is checked the verdict
   * sits above the explanations it introduces, so scrolling it into view shows both.
   */
  verdict?: ReactNode;
}

const LETTER = 'ABCDEF';

/** Toggles an option: one choice for single-response questions, several for multiple-response. */
export function toggleChoice(question: Question, selected: readonly string[], id: string): string[] {
  if (question.type === 'single') return [id];
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

/** One question: the stem, its options as radio buttons or checkboxes, and the feedback once checked. */
export function QuestionView({ question, options, translated, generated, selected, onSelect, feedback, level = 2, label, autoFocus, focusKey, titles, verdict }: Props) {
  const m = useMessages();
  const name = useId();
  const stemRef = useRef<HTMLHeadingElement>(null);
  const H = level === 2 ? 'h2' : 'h3';
  useLayoutEffect(() => {
    if (autoFocus) stemRef.current?.focus({ preventScroll: false });
  }, [autoFocus, focusKey, question.id, question.stem]);
  const answered = Boolean(feedback);
  const inputType = question.type === 'single' ? 'radio' : 'checkbox';
  // Untranslated question text is English inside a Korean page: say so for screen readers.
  const lang = translated ? undefined : 'en';
  return (
    <div className="question">
      {!translated && (
        <p className="notice" role="note">
          {m('notTranslated')}
        </p>
      )}
      {generated && <p className="tag">{m('generated')}</p>}
      <fieldset className="question-options" aria-describedby={`${name}-how`}>
        <legend>
          {label && <span className="visually-hidden">{label}: </span>}
          <H className="question-stem" tabIndex={-1} ref={stemRef} lang={lang}>
            {question.stem}
          </H>
        </legend>
        <p className="muted small" id={`${name}-how`}>
          {question.type === 'single' ? m('chooseOne') : m('chooseMany', { count: question.answer.length })}
        </p>
        {verdict}
        <ol className="options" role="list">
          {options.map((o, i) => {
            const isChosen = selected.includes(o.id);
            const isRight = question.answer.includes(o.id);
            const state = !answered ? '' : isRight ? 'right' : isChosen ? 'wrong' : '';
            return (
              <li key={o.id} className={`option ${state}`}>
                <label className="option-label">
                  <input
                    type={inputType}
                    name={name}
                    value={o.id}
                    checked={isChosen}
                    disabled={answered}
                    onChange={() => onSelect(toggleChoice(question, selected, o.id))}
                  />
                  <span className="option-letter" aria-hidden="true">
                    {LETTER[i]}
                  </span>
                  <span className="option-text" lang={lang}>
                    {o.text}
                  </span>
                </label>
                {answered && (
                  <p className="option-explanation">
                    {isRight && <strong>{m('rightAnswer')}. </strong>}
                    {isChosen && !isRight && <strong>{m('yourChoice')}. </strong>}
                    <span lang={lang}>{o.explanation}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      {feedback && question.references.length > 0 && (
        <div className="references small">
          <p className="references-label" id={`${name}-refs`}>
            {m('references')}
          </p>
          <ul className="reference-list" aria-labelledby={`${name}-refs`}>
            {question.references.map((r) => (
              <li key={r}>
                {/^https?:\/\//i.test(r) ? (
                  <a href={r} target="_blank" rel="noreferrer noopener">
                    {/* Page titles are in English, whatever the interface language. */}
                    <span lang="en">{referenceLabel(r, titles ?? {})}</span>{' '}
                    <span className="visually-hidden">{m('opensInNewTab')}</span>
                  </a>
                ) : (
                  r
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
