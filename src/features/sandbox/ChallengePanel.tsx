import { useId } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import { challengeIn } from '@/content/challengeText';
import { challengeView, grade, passes, problemCount, useGrading } from './grading';
import { useStoppedText } from './GradingStatus';
import { useHost } from './host';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { useEditor, useSandbox } from './store';

/**
 * A challenge's goal, its hints one at a time, and the Check button that grades against it. Until every
 * hint is out, a check says how much of the goal is missing rather than listing the solution.
 */
export function ChallengePanel({ challenge: original, headingLevel = 2 }: { challenge: Challenge; headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const editor = useEditor();
  const host = useHost();
  const store = editor.store;
  const hintsShown = useSandbox((s) => s.hintsShown);
  const checked = useSandbox((s) => s.checked);
  const grading = useGrading();
  const stopped = useStoppedText();
  const titleId = useId();
  const locale = useLocale();
  const { challenge, translated } = challengeIn(original, locale);
  // Texts shown in English inside a Korean page say so, for screen readers and the visible note.
  const lang = translated ? undefined : 'en';
  const H = `h${headingLevel}` as const;
  const view = (c: boolean) => challengeView({ challengeId: original.id, checked: c, hintsShown }).options;
  // Once checked, the findings on screen include the goal; until they are in, no verdict is shown.
  const judged = checked && !grading.pending && grading.error === undefined;
  const errors = judged ? problemCount(grading.findings) : 0;
  const check = async () => {
    store.setState({ checked: true });
    try {
      const now = await grade(editor.diagram, original, locale, view(true));
      editor.say(passes(now) ? m('challenge.passed') : m('challenge.notYet', { count: problemCount(now) }), passes(now) ? 'status' : 'alert');
      // The reasons are in the Problems list; the panel says how many.
    } catch (error) {
      editor.say(stopped(error), 'alert');
    }
  };
  return (
    <section className="sb-panel sb-challenge" aria-labelledby={titleId}>
      <H id={titleId}>
        {m('challenge.title')}: <span lang={lang}>{challenge.title}</span>
      </H>
      {!translated && (
        <p className="muted" role="note">
          {m('challenge.englishOnly')}
        </p>
      )}
      <p>
        <strong>{m('challenge.goal')}:</strong> <span lang={lang}>{challenge.goal}</span>
      </p>
      <div className="sb-row">
        <button type="button" className="button primary" onClick={() => void check()}>
          {m('challenge.check')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={hintsShown >= challenge.hints.length}
          onClick={() => store.setState({ hintsShown: Math.min(challenge.hints.length, hintsShown + 1) })}
        >
          {hintsShown >= challenge.hints.length ? m('challenge.noMoreHints') : m('challenge.hint')}
        </button>
        <button type="button" className="button secondary" onClick={() => void host.run('restart-challenge')}>
          {m('challenge.restart')}
        </button>
      </div>
      {checked && !judged && (
        <div className="sb-row">
          <p className="muted">{m('grading.checking')}</p>
        </div>
      )}
      {judged && (
        <div className="sb-row">
          <p className={errors ? 'sb-error' : 'sb-ok'}>{errors ? m('challenge.notYet', { count: errors }) : `✓ ${m('challenge.passed')}`}</p>
          {errors > 0 && (
            <button type="button" className="button secondary sb-small" onClick={() => editor.showPanel('problems')}>
              {m('challenge.showProblems')}
            </button>
          )}
        </div>
      )}
      {hintsShown > 0 && (
        <ol className="sb-hints" aria-live="polite">
          {challenge.hints.slice(0, hintsShown).map((h, i) => (
            <li key={i}>
              <strong>{m('challenge.hintN', { n: i + 1 })}:</strong> <span lang={lang}>{h}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
