import { useEffect, useState } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import { Link } from '@/ui/router';
import { useLocale } from '@/ui/i18n';
import { CHALLENGES, challengeTitle, findChallenge, loadChallenge, startingDiagram } from './challenges';
import { ChallengePanel } from './ChallengePanel';
import { Editor } from './Editor';
import { SandboxEditor } from './editor';
import { useMessages } from './messages';
import { SandboxContext } from './store';
import './sandbox.css';

function WidgetEditor({ challenge }: { challenge: Challenge }) {
  const m = useMessages();
  const locale = useLocale();
  const [editor] = useState(() => new SandboxEditor({ diagram: startingDiagram(challenge), challengeId: challenge.id }));
  return (
    <section className="sb-widget" aria-label={m('widget.label', { title: challengeTitle(challenge, locale) })}>
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

/**
 * `<Sandbox challenge="slug" />` for lessons: a compact editor opened on the challenge's starting nodes,
 * with its goal, hints one at a time and grading. Its shortcuts listen only inside it, so the lesson
 * page keeps its own keys. Work here is not saved; the full sandbox saves.
 */
export function SandboxWidget({ challenge: slug }: { challenge: string }) {
  const m = useMessages();
  const known = CHALLENGES.some((c) => c.id === slug);
  const [challenge, setChallenge] = useState(() => findChallenge(slug));
  useEffect(() => {
    if (known && !challenge) void loadChallenge(slug).then(setChallenge);
  }, [known, challenge, slug]);
  if (!known) {
    return (
      <p className="notice" role="note">
        {m('widget.unknown', { id: slug })}
      </p>
    );
  }
  return challenge ? <WidgetEditor challenge={challenge} /> : <div className="sb-widget-loading" aria-hidden="true" />;
}

export default SandboxWidget;
