import type { LessonProgressRow } from '@/db/rows';
import { useT } from '@/ui/i18n';

export function LessonStatus({ row }: { row: LessonProgressRow | undefined }) {
  const t = useT();
  if (!row) return <span className="status status-new">{t('learn.notStarted')}</span>;
  if (row.status === 'completed') return <span className="status status-done">✓ {t('learn.completed')}</span>;
  return <span className="status status-started">{t('learn.inProgress')}</span>;
}
