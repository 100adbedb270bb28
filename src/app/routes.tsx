import { lazy } from 'react';
import type { RouteDef } from '@/ui/router';
import { NotFoundPage } from './NotFoundPage';

const page = (load: () => Promise<{ Component: RouteDef['component'] }>) => lazy(() => load().then((m) => ({ default: m.Component })));

/** Every screen is its own lazily loaded chunk; the layout gives each its own error boundary. */
export const routes: RouteDef[] = [
  { path: '/', component: page(() => import('@/features/home/HomePage')) },
  { path: '/learn', component: page(() => import('@/features/lessons/LearnPage')) },
  { path: '/learn/:track', component: page(() => import('@/features/lessons/TrackPage')) },
  { path: '/learn/:track/:lesson', component: page(() => import('@/features/lessons/LessonPage')) },
  { path: '/sandbox', component: page(() => import('@/features/sandbox/SandboxPage')) },
  { path: '/simulator', component: page(() => import('@/features/simulator/SimulatorPage')) },
  { path: '/practice', component: page(() => import('@/features/practice/PracticePage')) },
  { path: '/progress', component: page(() => import('@/features/progress/ProgressPage')) },
  { path: '/settings', component: page(() => import('@/features/settings/SettingsPage')) },
  { path: '*', component: NotFoundPage },
];
