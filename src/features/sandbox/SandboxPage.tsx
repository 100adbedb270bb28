import { useT } from '@/ui/i18n';
import { NotBuilt } from '@/ui/NotBuilt';

export function SandboxPage() {
  const t = useT();
  return <NotBuilt title={t('nav.sandbox')} body={t('notBuilt.sandbox')} />;
}

export { SandboxPage as Component };
