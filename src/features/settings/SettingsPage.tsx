import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '@/db/db';
import { useT } from '@/ui/i18n';
import { PageTitle } from '@/ui/Page';
import { LanguagePicker, ThemeSelect } from '@/ui/PreferenceControls';
import { BackupPanel } from './BackupPanel';
import { SchedulePanel } from './SchedulePanel';

export function SettingsPage() {
  const t = useT();
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void requestPersistentStorage().then(setPersisted);
  }, []);
  return (
    <section className="page narrow">
      <PageTitle>{t('settings.title')}</PageTitle>
      <section aria-labelledby="appearance-title" className="settings-group">
        <h2 id="appearance-title">{t('settings.appearance')}</h2>
        <LanguagePicker id="settings-language" />
        <ThemeSelect id="settings-theme" />
      </section>
      <SchedulePanel />
      <section aria-labelledby="data-title" className="settings-group">
        <h2 id="data-title">{t('settings.data')}</h2>
        <p>{t('settings.dataIntro')}</p>
        {persisted !== undefined && <p className="muted">{t(persisted ? 'settings.storagePersisted' : 'settings.storageBestEffort')}</p>}
        <BackupPanel />
      </section>
    </section>
  );
}

export { SettingsPage as Component };
