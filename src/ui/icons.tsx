/**
 * The shell's few glyphs: the five destinations, settings and the theme toggle. Their drawings live in
 * one sprite, public/icons.svg, so they cost the first screen's JavaScript nothing but a `<use>`; the
 * service worker keeps the file for offline use. Drawn on a 24-unit grid with a 2-unit stroke in the
 * current text colour (`.icon` in styles.css), so they follow the theme and the active state;
 * decorative (aria-hidden), since every one sits beside or inside a labelled control.
 */

type Glyph = 'learn' | 'sandbox' | 'simulator' | 'practice' | 'progress' | 'settings' | 'sun' | 'moon';

function Icon({ glyph }: { glyph: Glyph }) {
  return (
    <svg aria-hidden="true" width="24" height="24" className="icon">
      <use href={`/icons.svg#${glyph}`} />
    </svg>
  );
}

/** An open book. */
export const LearnIcon = () => <Icon glyph="learn" />;
/** Two boxes wired together, as on the sandbox canvas. */
export const SandboxIcon = () => <Icon glyph="sandbox" />;
/** A play button: the simulator plays a cluster's events. */
export const SimulatorIcon = () => <Icon glyph="simulator" />;
/** A ticked box: answering questions. */
export const PracticeIcon = () => <Icon glyph="practice" />;
/** Rising bars. */
export const ProgressIcon = () => <Icon glyph="progress" />;
/** A cog. */
export const SettingsIcon = () => <Icon glyph="settings" />;
export const SunIcon = () => <Icon glyph="sun" />;
export const MoonIcon = () => <Icon glyph="moon" />;
