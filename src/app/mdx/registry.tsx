import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Callout, ExamTip } from '@/ui/Callout';
import { useT } from '@/ui/i18n';
import { SandboxEmbed } from '@/features/sandbox/embed';

/**
 * The components a lesson's MDX may use, by name. Features add their embeddable widgets here
 * (the simulator's <Simulator>, the sandbox's <Sandbox>, practice's <Quiz>), so lessons never import
 * feature code themselves. A name a lesson uses that is not registered renders a visible notice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props through.
export const mdxComponents: Record<string, ComponentType<any>> = {
  Callout,
  ExamTip,
  Quiz: QuizWidget,
  // Widgets whose features are not built yet say so where a lesson uses them.
  Simulator: () => <UnknownWidget name="Simulator" />,
  Sandbox: SandboxEmbed,
};

export function UnknownWidget({ name }: { name: string }) {
  const t = useT();
  return (
    <p className="notice" role="note">
      {t('widget.unknown', { name })}
    </p>
  );
}

// The quiz (and the question bank it reads) loads only in lessons that use it.
const LazyQuiz = lazy(() => import('@/features/practice/Quiz'));
function QuizWidget(props: ComponentProps<typeof LazyQuiz>) {
  const t = useT();
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <LazyQuiz {...props} />
    </Suspense>
  );
}
