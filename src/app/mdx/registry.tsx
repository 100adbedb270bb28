import { lazy, Suspense, type ComponentType } from 'react';
import { Callout, ExamTip } from '@/ui/Callout';
import { useT } from '@/ui/i18n';

/**
 * The components a lesson's MDX may use, by name. Features add their embeddable widgets here
 * (the simulator's <Simulator>, the sandbox's <Sandbox>, practice's <Quiz>), so lessons never import
 * feature code themselves. A name a lesson uses that is not registered renders a visible notice.
 */
const SimulatorWidget = lazy(() => import('@/features/simulator/SimulatorWidget'));

/** The simulator widget loads with its own chunk, only in lessons that use it. */
function LazySimulator(props: { scenario: string }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <SimulatorWidget {...props} />
    </Suspense>
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props through.
export const mdxComponents: Record<string, ComponentType<any>> = {
  Callout,
  ExamTip,
  // Widgets whose features are not built yet say so where a lesson uses them.
  Quiz: () => <UnknownWidget name="Quiz" />,
  Simulator: LazySimulator,
  Sandbox: () => <UnknownWidget name="Sandbox" />,
};

export function UnknownWidget({ name }: { name: string }) {
  const t = useT();
  return (
    <p className="notice" role="note">
      {t('widget.unknown', { name })}
    </p>
  );
}
