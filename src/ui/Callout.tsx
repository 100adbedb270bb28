import type { ReactNode } from 'react';
import { useT } from './i18n';

// A callout is a note inside the text (role "note"), not a landmark: a lesson has many, and a page's
// landmarks must each have a distinct name.

export function Callout({ type = 'note', children }: { type?: 'note' | 'warning'; children: ReactNode }) {
  const t = useT();
  return (
    <div role="note" className={`callout callout-${type}`} aria-label={t(type === 'warning' ? 'callout.warning' : 'callout.note')}>
      <p className="callout-title">{t(type === 'warning' ? 'callout.warning' : 'callout.note')}</p>
      {children}
    </div>
  );
}

export function ExamTip({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div role="note" className="callout callout-exam" aria-label={t('callout.examTip')}>
      <p className="callout-title">{t('callout.examTip')}</p>
      {children}
    </div>
  );
}
