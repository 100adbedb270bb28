import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from './registry';

/** Called by every compiled lesson (see `providerImportSource` in vite.config.ts). */
export function useMDXComponents(): MDXComponents {
  return mdxComponents as MDXComponents;
}
