import { lazy } from 'react';
import { registerRoutes, type RouteDef } from '@/ui/router';
import { NotFoundPage } from './NotFoundPage';

/** A lazily loaded screen whose code can also be fetched ahead of a click. */
function page(path: string, load: () => Promise<{ Component: RouteDef['component'] }>): RouteDef {
  let loading: ReturnType<typeof load> | undefined;
  const preload = () => (loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));
  return { path, component: lazy(() => preload().then((m) => ({ default: m.Component }))), preload };
}

/** Every screen is its own lazily loaded chunk; the layout gives each its own error boundary. */
export const routes: RouteDef[] = [
  page('/', () => import('@/features/home/HomePage')),
  page('/learn', () => import('@/features/lessons/LearnPage')),
  page('/learn/:track', () => import('@/features/lessons/TrackPage')),
  page('/learn/:track/:lesson', () => import('@/features/lessons/LessonPage')),
  page('/sandbox', () => import('@/features/sandbox/SandboxPage')),
  page('/simulator', () => import('@/features/simulator/SimulatorPage')),
  page('/practice', () => import('@/features/practice/PracticePage')),
  page('/progress', () => import('@/features/progress/ProgressPage')),
  page('/settings', () => import('@/features/settings/SettingsPage')),
  { path: '*', component: NotFoundPage },
];

registerRoutes(routes);
