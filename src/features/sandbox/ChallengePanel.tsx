import { useId } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import { challengeIn } from '@/content/challengeText';
import { passes } from '@/engine/architecture';
import { gradeCached } from './grading';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { say, useSandbox, useSandboxStore } from './store';

/** A challenge's goal, its hints one at a time, and the Check button that grades against it. */
export function ChallengePanel({ challenge: original, headingLevel = 2, onRestart }: { challenge: Challenge; headingLevel?: 2 | 3; onRestart?: () => void }) {
  const m = useMessages();
  const store = useSandboxStore();
  const hintsShown = useSandbox((s) => s.hintsShown);
  const checked = useSandbox((s) => s.checked);
  const diagram = useSandbox((s) => s.diagram);
  const titleId = useId();
  const locale = useLocale();
  const { challenge, translated } = challengeIn(original, locale);
  // Texts shown in English inside a Korean page say so, for screen readers and the visible note.
  const lang = translated ? undefined : 'en';
  const H = `h${headingLevel}` as const;
  const findings = checked ? gradeCached(diagram, original, locale) : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const check = () => {
    store.setState({ checked: true });
    const now = gradeCached(store.getState().diagram, original, locale);
    const n = now.filter((f) => f.severity === 'error').length;
    say(store, passes(now) ? m('challenge.passed') : m('challenge.notYet', { count: n }), passes(now) ? 'status' : 'alert');
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
        <button type="button" className="button primary" onClick={check}>
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
        {onRestart && (
          <button type="button" className="button secondary" onClick={onRestart}>
            {m('challenge.restart')}
          </button>
        )}
      </div>
      {checked && (
        <p className={errors ? 'sb-error' : 'sb-ok'}>{errors ? m('challenge.notYet', { count: errors }) : `✓ ${m('challenge.passed')}`}</p>
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
