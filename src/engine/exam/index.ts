/** The mock exam: drawing questions by domain weight, the timer and scaled scoring. */
export * from './draw.ts';
export * from './score.ts';
