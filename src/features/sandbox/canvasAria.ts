import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useMessages } from './messages';

/** React Flow's own screen reader texts, in the learner's language. */
export function useAriaLabels(): Partial<AriaLabelConfig> {
  const m = useMessages();
  return useMemo(() => {
    const directions: Record<string, string> = { up: m('a11y.up'), down: m('a11y.down'), left: m('a11y.left'), right: m('a11y.right') };
    return {
      'node.a11yDescription.default': m('a11y.node'),
      'node.a11yDescription.keyboardDisabled': m('a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => m('a11y.moved', { direction: directions[direction] ?? direction, x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': m('a11y.edge'),
      'controls.ariaLabel': m('a11y.controls'),
      'controls.zoomIn.ariaLabel': m('a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': m('a11y.zoomOut'),
      'controls.fitView.ariaLabel': m('fit'),
      'controls.interactive.ariaLabel': m('a11y.interactive'),
      'minimap.ariaLabel': m('a11y.minimap'),
      'handle.ariaLabel': m('a11y.handle'),
    };
  }, [m]);
}
