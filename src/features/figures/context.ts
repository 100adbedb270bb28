import { createContext, useContext } from 'react';
import type { FigureBaseText, FigureLocale, FigureTextDef } from './text';

/** What the `<Figure>` frame tells the drawing inside it. */
export interface FigureState {
  /** The language of the lesson the figure sits in (a Korean lesson shows Korean labels). */
  locale: FigureLocale;
  /** `narrow` on phones and narrow windows, where a figure may draw a taller variant. */
  layout: 'wide' | 'narrow';
  /** The drawing's coordinate space (its viewBox), as the catalogue declares it for this layout. */
  width: number;
  height: number;
  /** For animated figures: the frame shown now, from 0 to `frames - 1`; a still figure has one frame. */
  frame: number;
  frames: number;
}

export const FigureContext = createContext<FigureState>({ locale: 'en', layout: 'wide', width: 720, height: 400, frame: 0, frames: 1 });

export function useFigure(): FigureState {
  return useContext(FigureContext);
}

/** The figure's words in the lesson's language. */
export function useFigureText<E extends FigureBaseText>(text: FigureTextDef<E>): E {
  const { locale } = useFigure();
  return (locale === 'ko' ? text.ko : text.en) as E;
}
