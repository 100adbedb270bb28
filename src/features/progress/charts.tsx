/** Small accessible charts: SVG drawings hidden from assistive technology, each beside a data table. */

export function Heatmap({ days, label }: { days: { day: string; count: number }[]; label: string }) {
  const cell = 12;
  const gap = 3;
  const weeks = Math.ceil(days.length / 7);
  const max = Math.max(1, ...days.map((d) => d.count));
  return (
    <svg className="heatmap" viewBox={`0 0 ${weeks * (cell + gap)} ${7 * (cell + gap)}`} role="img" aria-label={label}>
      {days.map((d, i) => {
        const level = d.count === 0 ? 0 : Math.ceil((d.count / max) * 4);
        return (
          <rect key={d.day} x={Math.floor(i / 7) * (cell + gap)} y={(i % 7) * (cell + gap)} width={cell} height={cell} rx={2} className={`heat-${level}`}>
            <title>{`${d.day}: ${d.count}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

export function Bars({ data, label }: { data: { key: string; label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const w = 24;
  const h = 80;
  return (
    <svg className="bars" viewBox={`0 0 ${data.length * (w + 6)} ${h + 16}`} role="img" aria-label={label}>
      {data.map((d, i) => {
        const bh = Math.round((d.value / max) * h);
        return (
          <g key={d.key}>
            <rect x={i * (w + 6)} y={h - bh} width={w} height={bh} rx={2} className="bar-fill" />
            <text x={i * (w + 6) + w / 2} y={h + 12} textAnchor="middle" className="bar-label">
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Meter({ value }: { value: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <span className="meter" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}
