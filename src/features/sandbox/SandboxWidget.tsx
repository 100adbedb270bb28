import { useState } from 'react';
import { Link } from '@/ui/router';
import { findChallenge, startingDiagram } from './challenges';
import { ChallengePanel } from './ChallengePanel';
import { Editor } from './Editor';
import { SandboxEditor } from './editor';
import { useMessages } from './messages';
import { SandboxContext } from './store';
import './sandbox.css';

/**
 * `<Sandbox challenge="slug" />` for lessons: a compact editor opened on the challenge's starting nodes,
 * with its goal, hints one at a time and grading. Its shortcuts listen only inside it, so the lesson
 * page keeps its own keys. Work here is not saved; the full sandbox saves.
 */
export function SandboxWidget({ challenge: slug }: { challenge: string }) {
  const m = useMessages();
  const challenge = findChallenge(slug);
  const [editor] = useState(() => new SandboxEditor(challenge ? { diagram: startingDiagram(challenge), challengeId: challenge.id } : {}));
  if (!challenge) {
    return (
      <p className="notice" role="note">
        {m('widget.unknown', { id: slug })}
      </p>
    );
  }
  return (
    <section className="sb-widget" aria-label={m('widget.label', { title: challenge.title })}>
      <SandboxContext.Provider value={editor}>
        <Editor
          compact
          challenge={
            <>
              <ChallengePanel challenge={challenge} headingLevel={3} />
              <p>
                <Link to={`/sandbox?challenge=${encodeURIComponent(challenge.id)}`}>{m('widget.openFull')} →</Link>
              </p>
            </>
          }
        />
      </SandboxContext.Provider>
    </section>
  );
}

export default SandboxWidget;
