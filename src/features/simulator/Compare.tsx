import { useMemo, useState } from 'react';
import type { PlacementStrategy, Scenario } from '@/content/scenarioSchema';
import { EngineStatus, useEngine } from '@/ui/useEngine';
import { ClusterView } from './ClusterView';
import type { Msg } from './messages';
import { playbackOf } from './playback';
import { objectKey } from './useSimulation';

export const PRESETS = {
  presetDefault: [],
  presetBinpackMemory: [{ type: 'binpack', field: 'memory' }],
  presetBinpackCpu: [{ type: 'binpack', field: 'cpu' }],
  presetSpreadAz: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
  presetSpreadAzInstance: [
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
    { type: 'spread', field: 'instanceId' },
  ],
  presetSpreadAzBinpack: [
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
    { type: 'binpack', field: 'memory' },
  ],
  presetRandom: [{ type: 'random' }],
} as const satisfies Record<string, readonly PlacementStrategy[]>;

export type PresetName = keyof typeof PRESETS;
const NAMES = Object.keys(PRESETS) as PresetName[];

/** A preset's label is its strategy list in ECS notation, e.g. "spread(AZ), binpack(memory)". */
function presetLabel(name: PresetName, m: Msg): string {
  const list: readonly PlacementStrategy[] = PRESETS[name];
  if (!list.length) return m('presetDefault');
  return list
    .map((s) => ('field' in s && s.field ? `${s.type}(${s.field === 'attribute:ecs.availability-zone' ? 'AZ' : s.field})` : s.type))
    .join(', ');
}

/** The scenario with the service's placement strategy list replaced. */
export function withStrategies(scenario: Scenario, strategies: readonly PlacementStrategy[]): Scenario {
  if (!scenario.service) return scenario;
  const service = { ...scenario.service };
  if (strategies.length > 0) service.placementStrategy = [...strategies];
  else delete service.placementStrategy;
  return { ...scenario, service };
}

export function canCompare(scenario: Scenario): boolean {
  const td = scenario.taskDefinition;
  return scenario.mode === 'ecs' && scenario.service !== undefined && scenario.service.launchType !== 'FARGATE' && !(td.requiresCompatibilities?.length === 1 && td.requiresCompatibilities[0] === 'FARGATE');
}

function Side({ scenario, preset, onPreset, label, id, m }: { scenario: Scenario; preset: PresetName; onPreset: (p: PresetName) => void; label: string; id: string; m: Msg }) {
  const variant = useMemo(() => withStrategies(scenario, PRESETS[preset]), [scenario, preset]);
  // Each side has its own key: changing one side's preset cancels only that side's run.
  const run = useEngine('simulator', 'simulate', `${objectKey(variant)}:${id}`, () => [variant, false]);
  const result = run.status === 'done' ? run.value : undefined;
  const view = useMemo(
    () => {
      if (!result) return undefined;
      const playback = playbackOf(variant, result);
      return { view: playback.at(playback.length), extent: playback.extent, unplaceable: result.trace.events.filter((e) => e.type === 'taskUnplaceable').length };
    },
    [variant, result],
  );
  const perZone = view?.view.zones.map((z) => `${z.name} ${z.instances.reduce((n, i) => n + i.tasks.filter((t) => t.status === 'RUNNING').length, 0)}`).join(', ');
  return (
    <div className="sim-compare-side">
      <h3>{label}</h3>
      <div className="control">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={preset} onChange={(e) => onPreset(e.target.value as PresetName)}>
          {NAMES.map((n) => (
            <option key={n} value={n}>
              {presetLabel(n, m)}
            </option>
          ))}
        </select>
      </div>
      <EngineStatus state={run} />
      {view && (
        <>
          <p>
            {m('compareUnplaceable', { n: view.unplaceable })}
            <br />
            {m('compareZones', { list: perZone ?? '' })}
          </p>
          <ClusterView view={view.view} extent={view.extent} m={m} compact level={4} />
        </>
      )}
    </div>
  );
}

/** The same cluster and tasks under two strategy lists, side by side, at the end of the scenario. */
export function Compare({ scenario, m }: { scenario: Scenario; m: Msg }) {
  const [a, setA] = useState<PresetName>('presetBinpackMemory');
  const [b, setB] = useState<PresetName>('presetSpreadAzInstance');
  const [open, setOpen] = useState(false);
  return (
    <details className="sim-panel sim-compare" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{m('compareHeading')}</h2>
      </summary>
      {!open ? null : !canCompare(scenario) ? (
        <p className="muted">{m('compareEcsOnly')}</p>
      ) : (
        <>
          <p className="muted">{m('compareLead')}</p>
          <div className="sim-compare-grid">
            <Side scenario={scenario} preset={a} onPreset={setA} label={m('compareA')} id="sim-compare-a" m={m} />
            <Side scenario={scenario} preset={b} onPreset={setB} label={m('compareB')} id="sim-compare-b" m={m} />
          </div>
        </>
      )}
    </details>
  );
}
