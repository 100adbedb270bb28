import { useCallback } from 'react';
import { useLocale } from '@/ui/i18n';
import type { ConnectOutcome } from './editor';
import { challengeView, gradeCached } from './grading';
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
      // What the challenge forbids is said now, not only after a check; then what AWS thinks of it.
      const { challenge } = challengeView(editor.state);
      const forbidden = challenge && gradeCached(d, challenge, locale, { goal: false }).find((f) => f.code === 'challenge-unmet' && f.edgeId === outcome.edge.id);
      if (forbidden) return editor.say(m('canvas.flagged', { ...names, reason: forbidden.message }), 'alert');
      if (outcome.result.verdict !== 'valid') return editor.say(m('canvas.flagged', { ...names, reason: outcome.result.explanation }), 'alert');
      editor.say(m('canvas.connected', names));
    },
    [editor, m, locale],
  );
}
