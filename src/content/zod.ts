/**
 * zod as the app uses it: every schema imports `z` from here, so the setting below holds wherever a
 * schema runs and zod itself stays out of screens that validate nothing.
 *
 * Jitless: zod would otherwise probe for eval (new Function) to compile faster validators; the
 * Content-Security-Policy forbids eval, and even a refused probe is reported as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
