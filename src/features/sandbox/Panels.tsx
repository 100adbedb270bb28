import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PanelId } from './editor';
import { FindingsPanel } from './FindingsPanel';
import { FlowPanel } from './FlowPanel';
import { problemCount, useFindings } from './grading';
import { useMessages, type MessageKey } from './messages';
import { Outline } from './Outline';
import { PoliciesPanel } from './PoliciesPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { useEditor, useSandbox } from './store';

/**
 * The side drawer: one panel at a time behind tabs (challenge, properties, problems, run, policies,
 * diagrams), so the canvas keeps the screen. Selecting something opens its properties; the Problems tab
 * shows how many there are.
 */
export function Panels({ challenge, diagrams, headingLevel = 2 }: { challenge?: ReactNode; diagrams?: ReactNode; headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const editor = useEditor();
  const active = useSandbox((s) => s.panel);
  const problems = problemCount(useFindings());
  const base = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const list: { id: PanelId; label: MessageKey }[] = [
    ...(challenge ? [{ id: 'challenge' as const, label: 'tab.challenge' as const }] : []),
    { id: 'properties', label: 'tab.properties' },
    { id: 'problems', label: 'tab.problems' },
    { id: 'run', label: 'tab.run' },
    { id: 'policies', label: 'tab.policies' },
    ...(diagrams ? [{ id: 'diagrams' as const, label: 'tab.diagrams' as const }] : []),
  ];
  const current = list.some((t) => t.id === active) ? active : (list[0]?.id ?? 'properties');

  // Arrow keys move between tabs, as the tabs pattern has it; the panel follows.
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + list.length) % list.length;
    const tab = list[j];
    if (!tab) return;
    editor.showPanel(tab.id);
    tabs.current[j]?.focus();
  };

  let body: ReactNode;
  if (current === 'challenge') body = challenge;
  else if (current === 'problems') body = <FindingsPanel headingLevel={headingLevel} />;
  else if (current === 'run') body = <FlowPanel headingLevel={headingLevel} />;
  else if (current === 'policies') body = <PoliciesPanel headingLevel={headingLevel} />;
  else if (current === 'diagrams') body = diagrams;
  else
    body = (
      <>
        <PropertiesPanel headingLevel={headingLevel} />
        <Outline headingLevel={headingLevel} />
      </>
    );

  return (
    <div className="sb-drawer">
      <div className="sb-tabs" role="tablist" aria-label={m('tabs.label')}>
        {list.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === current}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === current ? 0 : -1}
            className="sb-tab"
            onClick={() => editor.showPanel(t.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {m(t.label)}
            {t.id === 'problems' && problems > 0 && <span className="sb-tab-count"> ({problems})</span>}
          </button>
        ))}
      </div>
      <div className="sb-tabpanel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${current}`}>
        {body}
      </div>
    </div>
  );
}
