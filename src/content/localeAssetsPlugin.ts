import type { Plugin } from 'vite';

/** Korean chunks (lesson bodies `NN-slug.ko-…js`, question text `questions-….ko-…js`) are named with `.ko-`. */
export const KOREAN_CHUNK = /\.ko-[\w-]+\.js$/;

/**
 * Writes `locale-assets.json`: the built files that only a Korean reader needs. The service worker's
 * precache leaves them out (a first visit stays light on a phone plan); when the learner reads in
 * Korean, the app fetches this list and the files once, and the service worker keeps them for offline.
 */
export function localeAssetsPlugin(): Plugin {
  return {
    name: 'locale-assets',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ko = Object.keys(bundle).filter((f) => KOREAN_CHUNK.test(f)).sort().map((f) => `/${f}`);
      this.emitFile({ type: 'asset', fileName: 'locale-assets.json', source: JSON.stringify({ ko }) });
    },
  };
}
