/** EKS rollouts: the waves of a Deployment's rolling update of 10 replicas at the default 25% / 25%. */
import { useFigure, useFigureText } from '../context';
import { FigureSvg } from '../kit';
import { RevisionLegend, RollingChart } from './RollingChart';
import { eksRollingWavesText } from './eksRollingWaves.text';

// The same waves as the kubernetes-rolling-update-25 simulator scenario and the lesson's table: [old, new] Pods.
const WAVES = [[10, 0], [10, 3], [8, 3], [8, 5], [3, 5], [3, 10], [0, 10]] as const;

export default function EksRollingWaves() {
  const m = useFigureText(eksRollingWavesText);
  const wide = useFigure().layout === 'wide';
  const chart = wide ? { x: 20, y: 14, w: 680, h: 340 } : { x: 16, y: 12, w: 328, h: 340 };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <RollingChart {...chart} title={m.chart} waves={WAVES} floor={8} ceiling={13} floorLabel={m.floor} ceilingLabel={m.ceiling} stepLabels={[m.start, '1', '2', '3', '4', '5', m.done]} scale={13} />
      <RevisionLegend x={wide ? 20 : 16} y={wide ? 370 : 372} oldLabel={m.oldRevision} newLabel={m.newRevision} />
    </FigureSvg>
  );
}
