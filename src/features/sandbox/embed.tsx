import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { index } from 'virtual:challenge-index';
import { defineMessages, useLocale } from '@/ui/i18n';

const SandboxWidget = lazy(() => import('./SandboxWidget'));
const loadWidget = () => void import('./SandboxWidget');

/** The few words the preview needs, kept here so a lesson does not load the sandbox's dictionary for them. */
const useMessages = defineMessages({
  en: {
    label: 'Sandbox exercise: {title}',
    lead: 'Build it on a canvas with the AWS icons: each connection is explained, and the design is graded against the goal.',
    start: 'Start the exercise',
  },
  ko: {
    label: '샌드박스 실습: {title}',
    lead: 'AWS 아이콘으로 캔버스에 직접 구성해 보세요. 연결마다 설명이 붙고, 설계가 목표에 맞는지 채점합니다.',
    start: '실습 시작',
  },
});

/**
 * `<Sandbox challenge="slug" />` in a lesson: the exercise's title and a button; the editor (React Flow,
 * the rules engine) loads when the reader starts it, so reading a lesson never downloads the editor, and a
 * phone's scroll is never caught by a canvas the reader did not ask for. Unknown slugs go straight to the
 * widget, which says so.
 */
export function SandboxEmbed({ challenge }: { challenge: string }) {
  const m = useMessages();
  const locale = useLocale();
  const [started, setStarted] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const entry = index.find((c) => c.id === challenge);
  // Focus stays where the button was: on the exercise, so the next Tab goes into the editor.
  useLayoutEffect(() => {
    if (started) host.current?.focus();
  }, [started]);
  if (started || !entry) {
    return (
      <div ref={host} tabIndex={-1} className="sb-embed">
        <Suspense fallback={<div className="sb-widget-loading" role="status" aria-label={m('start')} />}>
          <SandboxWidget challenge={challenge} />
        </Suspense>
      </div>
    );
  }
  const title = locale === 'ko' && entry.ko ? entry.ko.title : entry.title;
  return (
    <section className="sb-widget sb-widget-preview" aria-label={m('label', { title })}>
      <p className="sb-preview-title">{m('label', { title })}</p>
      <p>{m('lead')}</p>
      <button type="button" className="button primary" onPointerEnter={loadWidget} onFocus={loadWidget} onClick={() => setStarted(true)}>
        {m('start')}
      </button>
    </section>
  );
}
