/**
 * Checks an EventBridge schedule expression: `rate(value unit)`, `cron(minutes hours day-of-month month
 * day-of-week year)` or, for EventBridge Scheduler only, a one-time `at(yyyy-mm-ddThh:mm:ss)`.
 * Returns a sentence describing the first problem, or undefined when the expression is well formed.
 */
export function scheduleExpressionProblem(expression: string, allowAt: boolean): string | undefined {
  const rate = /^rate\((.*)\)$/.exec(expression);
  if (rate) return rateProblem(rate[1] ?? '');
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return cronProblem(cron[1] ?? '');
  const at = /^at\((.*)\)$/.exec(expression);
  if (at) {
    if (!allowAt) return 'one-time at() schedules exist only in EventBridge Scheduler, not in scheduled rules';
    return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(at[1] ?? '')
      ? undefined
      : 'an at() expression looks like at(2026-11-22T09:00:00)';
  }
  return 'a schedule expression is rate(value unit), cron(six fields)' + (allowAt ? ' or at(yyyy-mm-ddThh:mm:ss)' : '');
}

function rateProblem(body: string): string | undefined {
  const m = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(body.trim());
  if (!m) return 'a rate expression is rate(value unit) with unit minute(s), hour(s) or day(s), e.g. rate(1 hour)';
  const value = Number(m[1]);
  const unit = m[2] ?? '';
  if (value <= 0) return 'the rate value must be a positive whole number';
  const plural = unit.endsWith('s');
  if (value === 1 && plural) return `write rate(1 ${unit.slice(0, -1)}): a value of 1 takes the singular unit`;
  if (value > 1 && !plural) return `write rate(${value} ${unit}s): a value above 1 takes the plural unit`;
  return undefined;
}

const FIELD_NAMES = ['minutes', 'hours', 'day-of-month', 'month', 'day-of-week', 'year'] as const;
const FIELD_PATTERNS: readonly RegExp[] = [
  /^[0-9,\-*/]+$/,
  /^[0-9,\-*/]+$/,
  /^[0-9,\-*?/LW]+$/,
  /^([0-9,\-*/]+|[A-Za-z,-]+)$/,
  /^[0-9A-Za-z,\-*?/L#]+$/,
  /^[0-9,\-*/]+$/,
];

function cronProblem(body: string): string | undefined {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) {
    return `a cron expression has six fields (${FIELD_NAMES.join(' ')}); found ${fields.length}`;
  }
  for (let i = 0; i < 6; i++) {
    const f = fields[i] ?? '';
    if (!(FIELD_PATTERNS[i] ?? /./).test(f)) return `the ${FIELD_NAMES[i]} field "${f}" is not valid`;
  }
  const dom = fields[2];
  const dow = fields[4];
  if ((dom === '?') === (dow === '?')) {
    return 'one of day-of-month or day-of-week must be "?" (you cannot set both), e.g. cron(0 * * * ? *)';
  }
  return undefined;
}
