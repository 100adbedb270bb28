/** ECS deployments: the waves of two rolling updates of four tasks (100/150 and 50/100), step by step. */
import { useFigure, useFigureText } from '../context';
import { FigureSvg } from '../kit';
import { RevisionLegend, RollingChart } from './RollingChart';
import { ecsRollingWavesText } from './ecsRollingWaves.text';

// The same waves as the rolling-update-100-150 and rolling-update-50-100 simulator scenarios.
const SURGE = [[4, 0], [4, 2], [2, 2], [2, 4], [0, 4]] as const;
const MAKE_ROOM = [[4, 0], [2, 0], [2, 2], [0, 2], [0, 4]] as const;

export default function EcsRollingWaves() {
  const m = useFigureText(ecsRollingWavesText);
  const wide = useFigure().layout === 'wide';
  const a = wide ? { x: 20, y: 14, w: 330, h: 300 } : { x: 16, y: 12, w: 328, h: 290 };
  const b = wide ? { x: 380, y: 14, w: 320, h: 300 } : { x: 16, y: 322, w: 328, h: 290 };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <RollingChart {...a} title={m.chartA} waves={SURGE} floor={4} ceiling={6} floorLabel={m.floorA} ceilingLabel={m.ceilingA} stepLabels={[m.start, m.addTwo, m.stopTwo, m.addTwo, m.stopTwo]} scale={6} />
      <RollingChart {...b} title={m.chartB} waves={MAKE_ROOM} floor={2} ceiling={4} floorLabel={m.floorB} ceilingLabel={m.ceilingB} stepLabels={[m.start, m.stopTwo, m.addTwo, m.stopTwo, m.addTwo]} scale={6} />
      <RevisionLegend x={wide ? 20 : 16} y={wide ? 330 : 630} oldLabel={m.oldRevision} newLabel={m.newRevision} />
    </FigureSvg>
  );
}
