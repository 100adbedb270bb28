/**
 * A development page that shows every lesson figure, for drawing and reviewing them: run `npm run dev` and
 * open /scripts/figure-gallery/ (query: `theme=dark`, `lang=ko`, `id=vm-vs-container`, `frame=0`). It is not
 * part of the production build.
 */
import { createRoot } from 'react-dom/client';
import '@/app/styles.css';
import { Figure } from '@/features/figures/Figure';
import { figureCatalogue, type FigureId } from '@/features/figures/catalogue';
import { figureTexts } from '@/features/figures/texts';
import { preferencesStore } from '@/ui/preferences';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'ko' ? 'ko' : 'en';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;
document.documentElement.lang = lang;
preferencesStore.setState({ language: lang });
const only = params.get('id');
const ids = (Object.keys(figureCatalogue) as FigureId[]).filter((id) => !only || id === only);

createRoot(document.getElementById('root')!).render(
  <main className="page lesson" lang={lang}>
    <div className="prose">
      {ids.map((id) => (
        <section key={id} data-gallery={id}>
          <h2>{id}</h2>
          <Figure id={id} caption={figureTexts[id][lang].caption} locale={lang} />
        </section>
      ))}
    </div>
  </main>,
);
