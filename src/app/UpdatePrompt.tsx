import { useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '@/ui/i18n';
import { useLocation } from '@/ui/router';

/**
 * When the "works offline" notice shows: the first visit's download ends while the learner reads, and a
 * banner put above the screen then would push what they read down. So it waits for the next screen,
 * which is drawn with it, and leaves with the screen after that (or when dismissed): it never moves the
 * page under the reader.
 */
function useOfflineNotice(ready: boolean, setReady: (ready: boolean) => void): boolean {
  const { pathname } = useLocation();
  // The screen the download ended on, and the one the notice is shown on.
  const [at, setAt] = useState<{ ready?: string; shown?: string }>({});
  if (ready && at.ready === undefined) setAt({ ready: pathname });
  else if (ready && at.ready !== pathname && at.shown === undefined) setAt({ ...at, shown: pathname });
  const show = ready && at.shown === pathname;
  useEffect(() => {
    if (ready && at.shown !== undefined && at.shown !== pathname) setReady(false);
  }, [ready, at.shown, pathname, setReady]);
  return show;
}

/**
 * Calls `ready` once this page's first service worker is active. workbox-window reports a first install
 * only when it sees the worker start installing; when the browser started it before the page listened,
 * that report never comes, so the registration's own worker is followed too. A page with a controller
 * already works offline and is told nothing.
 */
function followFirstInstall(registration: ServiceWorkerRegistration | undefined, ready: () => void): void {
  if (!registration || navigator.serviceWorker?.controller) return;
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return;
  if (worker.state === 'activated') return ready();
  worker.addEventListener('statechange', () => worker.state === 'activated' && ready());
}

/**
 * Offers a new version instead of swapping it in silently: a learner in the middle of a mock exam
 * decides when to reload. Shown as a banner in the shell's notice slot, in the flow of the page, so it
 * never covers a control.
 */
export default function UpdatePrompt() {
  const t = useT();
  const setReady = useRef<(ready: boolean) => void>(() => undefined);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: (_url, registration) => followFirstInstall(registration, () => setReady.current(true)) });
  useEffect(() => {
    setReady.current = setOfflineReady;
  }, [setOfflineReady]);
  const offline = useOfflineNotice(offlineReady, setOfflineReady);
  if (!needRefresh && !offline) return null;
  return (
    <div className="banner" role="status">
      {needRefresh ? (
        <>
          <p>{t('update.available')}</p>
          <div className="banner-actions">
            <button type="button" className="button primary" onClick={() => void updateServiceWorker(true)}>
              {t('update.reload')}
            </button>
            <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>
              {t('update.later')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('offline.ready')}</p>
          <div className="banner-actions">
            <button type="button" className="button secondary" onClick={() => setOfflineReady(false)}>
              {t('offline.dismiss')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
