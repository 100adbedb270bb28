import { useEffect, useState } from 'react';
import { hasKoreanTexts } from '@/engine/architecture/text';
import { useLocale } from '@/ui/i18n';

let loading: Promise<unknown> | undefined;

/** Loads the rules' Korean sentences once (the module installs itself in the engine). */
export function loadKoreanTexts(): Promise<unknown> {
  return (loading ??= import('@/engine/architecture/ko/index'));
}

/**
 * Whether the rules' text can be shown in the reader's language: at once in English; in Korean once the
 * catalog has loaded (it is fetched here the first time it is needed).
 */
export function useEngineText(): boolean {
  const locale = useLocale();
  const [, setLoaded] = useState(0);
  const ready = locale !== 'ko' || hasKoreanTexts();
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadKoreanTexts().then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
