import {
  Component,
  createContext,
  Suspense,
  useContext,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * A small client-side router: path patterns with `:params`, links that keep the page, per-route lazy
 * loading and error boundaries. It replaces a general-purpose router to keep the first screen's
 * JavaScript small.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
function notify(): void {
  for (const l of listeners) l();
}
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

let cached: Location = { pathname: '/', search: '', hash: '' };
function snapshot(): Location {
  const { pathname, search, hash } = window.location;
  if (cached.pathname !== pathname || cached.search !== search || cached.hash !== hash) cached = { pathname, search, hash };
  return cached;
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot, () => cached);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  if (!url.hash) window.scrollTo(0, 0);
  notify();
}

export function useNavigate(): typeof navigate {
  return navigate;
}

/** Matches `/learn/:track/:lesson` against a path; `*` matches anything. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  if (pattern === '*') return {};
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

const ParamsContext = createContext<Record<string, string>>({});
export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

function isPlainLeftClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && !e.defaultPrevented;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

let known: readonly RouteDef[] = [];

/** Tells links which screens exist, so they can load a screen's code ahead of a click. */
export function registerRoutes(routes: readonly RouteDef[]): void {
  known = routes;
}

/**
 * Starts loading the code of the screen at `to` (a pointer over its link, focus, a touch): by the time
 * the click lands, the chunk is on its way or there. Loading twice is free (modules are cached).
 */
export function preloadPath(to: string): void {
  if (typeof window === 'undefined') return;
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) return;
  const route = known.find((r) => r.path !== '*' && matchPath(r.path, url.pathname));
  void route?.preload?.().catch(() => undefined);
}

export function Link({ to, replace, onClick, target, onMouseEnter, onFocus, onTouchStart, ...rest }: LinkProps) {
  return (
    <a
      href={to}
      target={target}
      {...rest}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        preloadPath(to);
      }}
      onFocus={(e) => {
        onFocus?.(e);
        preloadPath(to);
      }}
      onTouchStart={(e) => {
        onTouchStart?.(e);
        preloadPath(to);
      }}
      onClick={(e) => {
        onClick?.(e);
        if (!isPlainLeftClick(e) || (target && target !== '_self')) return;
        e.preventDefault();
        navigate(to, replace ? { replace } : {});
      }}
    />
  );
}

/** A link that says `aria-current="page"` when its section is the current one. */
export function NavLink({ to, end = to === '/', ...rest }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const active = end ? pathname === to : pathname === to || pathname.startsWith(to.endsWith('/') ? to : `${to}/`);
  return <Link to={to} aria-current={active ? 'page' : undefined} {...rest} />;
}

export interface RouteDef {
  path: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Loads the screen's code without showing it (for links the learner is about to follow). */
  preload?: () => Promise<unknown>;
}

interface BoundaryProps {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a screen's failure so the rest of the app keeps working. */
export class RouteBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  reset = () => this.setState({ error: null });
  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

export function Routes({
  routes,
  loading,
  errorFallback,
}: {
  routes: RouteDef[];
  loading: ReactNode;
  errorFallback: BoundaryProps['fallback'];
}) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    const Screen = route.component;
    return (
      <ParamsContext.Provider value={params}>
        <RouteBoundary key={`${route.path}:${pathname}`} fallback={errorFallback}>
          <Suspense fallback={loading}>
            <Screen />
          </Suspense>
        </RouteBoundary>
      </ParamsContext.Provider>
    );
  }
  return null;
}
