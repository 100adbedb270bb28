import type { AwsIconDef } from './awsIcons';

/**
 * One AWS Architecture Icon. Pass the icon itself (`<AwsIcon icon={ecs} />`, imported by name from
 * `./awsIcons`) rather than a name to look up: a lookup table would bring every icon into every screen.
 * Decorative unless `label` is given (next to a visible name, the icon adds nothing to read aloud).
 */
export function AwsIcon({ icon, label, size = 40, className }: { icon: AwsIconDef; label?: string; size?: number; className?: string }) {
  const classes = ['aws-icon', icon.ink && 'aws-icon-ink', className].filter(Boolean).join(' ');
  return <img src={icon.src} alt={label ?? ''} width={size} height={size} className={classes} draggable={false} />;
}
