import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Callout, ExamTip } from '@/ui/Callout';
import { Deferred } from '@/ui/Deferred';
import { useT } from '@/ui/i18n';
import { SandboxEmbed } from '@/features/sandbox/embed';
import { Figure } from '@/features/figures/Figure';

/**
 * The components a lesson's MDX may use, by name. Features add their embeddable widgets here
 * (the simulator's <Simulator>, the sandbox's <Sandbox>, practice's <Quiz>), so lessons never import
 * feature code themselves. The content tests refuse a lesson that uses a name not registered here.
 */
const SimulatorWidget = lazy(() => import('@/features/simulator/SimulatorWidget'));

/** What a lesson shows where a widget is still loading its chunk. */
function WidgetLoading() {
  const t = useT();
  return <p className="loading widget-loading">{t('app.loading')}</p>;
}

/** The simulator widget loads with its own chunk, only in lessons that use it. */
function LazySimulator(props: { scenario: string }) {
  return (
    <Deferred kind="simulator">
      <Suspense fallback={<WidgetLoading />}>
        <SimulatorWidget {...props} />
      </Suspense>
    </Deferred>
  );
}

/** Code blocks can scroll sideways on a phone, so they take focus: arrow keys then scroll them. */
function CodeBlock(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

/** Wide tables scroll inside a focusable, labelled region instead of widening the page. */
function Table(props: ComponentProps<'table'>) {
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lesson.table')}>
      <table {...props} />
    </div>
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props through.
export const mdxComponents: Record<string, ComponentType<any>> = {
  pre: CodeBlock,
  table: Table,
  Callout,
  ExamTip,
  Quiz: QuizWidget,
  Simulator: LazySimulator,
  // A captioned drawing; each figure loads its own small chunk when it comes near the viewport.
  Figure,
  Sandbox: (props: { challenge: string }) => (
    <Deferred kind="sandbox">
      <SandboxEmbed {...props} />
    </Deferred>
  ),
};

// The quiz (and the question bank it reads) loads only in lessons that use it.
const LazyQuiz = lazy(() => import('@/features/practice/Quiz'));
function QuizWidget(props: ComponentProps<typeof LazyQuiz>) {
  return (
    <Deferred kind="quiz">
      <Suspense fallback={<WidgetLoading />}>
        <LazyQuiz {...props} />
      </Suspense>
    </Deferred>
  );
}
