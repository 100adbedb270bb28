import { useCallback } from 'react';
import { useLocale } from '@/ui/i18n';
import type { ConnectOutcome } from './editor';
import { challengeView, grade } from './grading';
import { useMessages } from './messages';
import { useEditor } from './store';

/**
 * Says what a new connection means as it is made, whichever way it was drawn: refused (no such
 * integration), made, or made with a warning: a connection AWS would reject, or one the challenge forbids.
 */
export function useConnect(): (outcome: ConnectOutcome) => void {
  const editor = useEditor();
  const m = useMessages();
  const locale = useLocale();
  return useCallback(
    (outcome) => {
      if (!outcome.ok) return editor.say(m('canvas.refused', { reason: outcome.reason }), 'alert');
      const d = editor.diagram;
      const name = (id: string) => d.nodes.find((n) => n.id === id)?.label ?? id;
      const names = { source: name(outcome.edge.source), target: name(outcome.edge.target) };
      const verdict = () =>
        outcome.result.verdict !== 'valid'
          ? editor.say(m('canvas.flagged', { ...names, reason: outcome.result.explanation }), 'alert')
          : editor.say(m('canvas.connected', names));
      // What the challenge forbids is said now, not only after a check (once the engine has looked); then what AWS thinks of it.
      const { challenge } = challengeView(editor.state);
      if (!challenge) return verdict();
      grade(d, challenge, locale, { goal: false }).then(
        (findings) => {
          const forbidden = findings.find((f) => f.code === 'challenge-unmet' && f.edgeId === outcome.edge.id);
          if (forbidden) editor.say(m('canvas.flagged', { ...names, reason: forbidden.message }), 'alert');
          else verdict();
        },
        // A check that could not finish still leaves AWS's verdict to say.
        () => verdict(),
      );
    },
    [editor, m, locale],
  );
}
