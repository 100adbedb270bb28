import { Children, isValidElement, lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
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

/** The text inside rendered MDX children, read from the elements' props (no DOM needed). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** The header cells of a table's first row, as MDX passes them: table > thead > tr > th. */
function columnNames(children: ReactNode): string[] {
  const names: string[] = [];
  Children.forEach(children, (section) => {
    if (names.length || !isValidElement<{ children?: ReactNode }>(section)) return;
    Children.forEach(section.props.children, (row) => {
      if (names.length || !isValidElement<{ children?: ReactNode }>(row)) return;
      Children.forEach(row.props.children, (cell) => {
        const text = textOf(cell).trim();
        if (text) names.push(text);
      });
    });
  });
  return names;
}

/**
 * Wide tables scroll inside a focusable, labelled region instead of widening the page. Each region is
 * named after its columns, so a lesson's tables are distinguishable in a screen reader's list of regions.
 */
function Table(props: ComponentProps<'table'>) {
  const t = useT();
  const columns = columnNames(props.children);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={columns.length ? t('lesson.tableOf', { columns: columns.join(', ') }) : t('lesson.table')}>
      <table {...props} />
    </div>
  );
}

/** An empty corner cell names no column or row, so it is a data cell, not a header. */
function HeaderCell({ children, ...props }: ComponentProps<'th'>) {
  if (!textOf(children).trim()) return <td {...(props as ComponentProps<'td'>)} />;
  return <th {...props}>{children}</th>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props through.
export const mdxComponents: Record<string, ComponentType<any>> = {
  pre: CodeBlock,
  table: Table,
  th: HeaderCell,
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
