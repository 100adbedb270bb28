// The sandbox editor rendered on its own around a given store, and the drawer's tabs opened by name, for
// feature tests that drive the editor without the page around it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Editor } from '@/features/sandbox/Editor';
import type { SandboxEditor } from '@/features/sandbox/editor';
import { SandboxContext } from '@/features/sandbox/store';

export function renderEditor(store: SandboxEditor, side?: ReactNode) {
  return render(
    <SandboxContext.Provider value={store}>
      <Editor challenge={side} />
    </SandboxContext.Provider>,
  );
}

/** Opens one of the drawer's tabs (Problems, Run, …) by the start of its name. */
export const openTab = (name: string) => userEvent.click(screen.getByRole('tab', { name: new RegExp(`^${name}`) }));
