import type { ComponentType } from 'react';
import { Callout, ExamTip } from '@/ui/Callout';
import { useT } from '@/ui/i18n';
import { SandboxEmbed } from '@/features/sandbox/embed';

/**
 * The components a lesson's MDX may use, by name. Features add their embeddable widgets here
 * (the simulator's <Simulator>, the sandbox's <Sandbox>, practice's <Quiz>), so lessons never import
 * feature code themselves. A name a lesson uses that is not registered renders a visible notice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props through.
export const mdxComponents: Record<string, ComponentType<any>> = {
  Callout,
  ExamTip,
  // Widgets whose features are not built yet say so where a lesson uses them.
  Quiz: () => <UnknownWidget name="Quiz" />,
  Simulator: () => <UnknownWidget name="Simulator" />,
  Sandbox: SandboxEmbed,
};

export function UnknownWidget({ name }: { name: string }) {
  const t = useT();
  return (
    <p className="notice" role="note">
      {t('widget.unknown', { name })}
    </p>
  );
}
