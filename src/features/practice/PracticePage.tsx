import { useT } from '@/ui/i18n';
import { NotBuilt } from '@/ui/NotBuilt';

export function PracticePage() {
  const t = useT();
  return <NotBuilt title={t('nav.practice')} body={t('notBuilt.practice')} />;
}

export { PracticePage as Component };
