import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '@/ui/i18n';

/**
 * Offers a new version instead of swapping it in silently: a learner in the middle of a mock exam
 * decides when to reload. Shown as a banner in the shell's notice slot, in the flow of the page, so it
 * never covers a control.
 */
export default function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (!needRefresh && !offlineReady) return null;
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
