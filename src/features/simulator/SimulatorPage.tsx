import { useT } from '@/ui/i18n';
import { NotBuilt } from '@/ui/NotBuilt';

export function SimulatorPage() {
  const t = useT();
  return <NotBuilt title={t('nav.simulator')} body={t('notBuilt.simulator')} />;
}

export { SimulatorPage as Component };
