import { lazy, Suspense } from 'react';

const SandboxWidget = lazy(() => import('./SandboxWidget'));

/** The lesson widget, loaded only by lessons that use it; the lesson stays visible while it loads. */
export function SandboxEmbed(props: { challenge: string }) {
  return (
    <Suspense fallback={<div className="sb-widget-loading" aria-hidden="true" />}>
      <SandboxWidget {...props} />
    </Suspense>
  );
}
