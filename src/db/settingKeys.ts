/** Keys of the settings table that practice and scheduling use; no Dexie here, so the home screen can read them too. */
export const SETTING = {
  newPerDay: 'practice.newPerDay',
  examDate: 'practice.examDate',
  examCode: 'practice.exam',
  /** New questions from chosen tracks or one exam's domains (`StudyFocus`). */
  focus: 'practice.focus',
  /** Desired retention, 0.80 to 0.97. */
  retention: 'practice.retention',
  /** The learner's own FSRS parameters, with how they were measured (`StoredParameters`). */
  parameters: 'practice.parameters',
  /** Options chosen in the current question but not yet checked. */
  draft: 'practice.draft',
  deckPrefix: 'deck:',
} as const;

export const DEFAULT_NEW_PER_DAY = 20;
