/**
 * The shell's few glyphs as inline SVG: the five destinations, settings and the theme toggle. Drawn on
 * a 24-unit grid with a 2-unit stroke in the current text colour, so they follow the theme and the
 * active state; decorative (aria-hidden), since every one sits beside or inside a labelled control.
 * A handful of paths costs less than any icon library on the first screen.
 */
import type { ReactNode } from 'react';

function Icon({ children, size = 24 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="icon"
    >
      {children}
    </svg>
  );
}

/** An open book. */
export function LearnIcon() {
  return (
    <Icon>
      <path d="M2.5 5.5A1.5 1.5 0 0 1 4 4h5a3 3 0 0 1 3 3v13a2.5 2.5 0 0 0-2.5-2.5H4A1.5 1.5 0 0 1 2.5 16Z" />
      <path d="M21.5 5.5A1.5 1.5 0 0 0 20 4h-5a3 3 0 0 0-3 3v13a2.5 2.5 0 0 1 2.5-2.5H20a1.5 1.5 0 0 0 1.5-1.5Z" />
    </Icon>
  );
}

/** Two boxes wired together, as on the sandbox canvas. */
export function SandboxIcon() {
  return (
    <Icon>
      <rect x="3" y="3" width="7" height="7" rx="1.5" />
      <rect x="14" y="14" width="7" height="7" rx="1.5" />
      <path d="M10 6.5h4.5a3 3 0 0 1 3 3V14" />
      <path d="M6.5 10v4.5a3 3 0 0 0 3 3H14" />
    </Icon>
  );
}

/** A play button: the simulator plays a cluster's events. */
export function SimulatorIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M10 8.5v7l5.5-3.5Z" />
    </Icon>
  );
}

/** A ticked box: answering questions. */
export function PracticeIcon() {
  return (
    <Icon>
      <path d="M20.5 12v6.5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2v-13a2 2 0 0 1 2-2H15" />
      <path d="m8.5 11 3.5 3.5 9-9" />
    </Icon>
  );
}

/** Rising bars. */
export function ProgressIcon() {
  return (
    <Icon>
      <path d="M3.5 20.5h17" />
      <path d="M7 16.5v-4" />
      <path d="M12 16.5v-9" />
      <path d="M17 16.5v-6.5" />
    </Icon>
  );
}

export function SettingsIcon() {
  return (
    <Icon>
      <path d="M19.18 10.22 21.5 10.65v2.7l-2.32.43-.84 2.04 1.34 1.94-1.92 1.92-1.94-1.34-2.04.84-.43 2.32h-2.7l-.43-2.32-2.04-.84-1.94 1.34-1.92-1.92 1.34-1.94-.84-2.04-2.32-.43v-2.7l2.32-.43.84-2.04-1.34-1.94 1.92-1.92 1.94 1.34 2.04-.84.43-2.32h2.7l.43 2.32 2.04.84 1.94-1.34 1.92 1.92-1.34 1.94Z" />
      <circle cx="12" cy="12" r="3" />
    </Icon>
  );
}

export function SunIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4" />
    </Icon>
  );
}

export function MoonIcon() {
  return (
    <Icon>
      <path d="M20.5 14.5A8.5 8.5 0 1 1 9.5 3.5a7 7 0 0 0 11 11Z" />
    </Icon>
  );
}
