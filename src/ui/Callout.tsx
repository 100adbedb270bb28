import type { ReactNode } from 'react';
import { useT } from './i18n';

export function Callout({ type = 'note', children }: { type?: 'note' | 'warning'; children: ReactNode }) {
  const t = useT();
  return (
    <aside className={`callout callout-${type}`} aria-label={t(type === 'warning' ? 'callout.warning' : 'callout.note')}>
      <p className="callout-title">{t(type === 'warning' ? 'callout.warning' : 'callout.note')}</p>
      {children}
    </aside>
  );
}

export function ExamTip({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <aside className="callout callout-exam" aria-label={t('callout.examTip')}>
      <p className="callout-title">{t('callout.examTip')}</p>
      {children}
    </aside>
  );
}
