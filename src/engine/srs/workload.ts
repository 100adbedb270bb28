import { createRng, type Rng } from './rng.ts';
import { memoryModel, type CardState, type MemoryModel, type SchedulerOptions } from './scheduler.ts';

/**
 * Estimated daily workload at a desired retention: the learner's own cards simulated forward, day by
 * day, with FSRS's memory model from ts-fsrs (`next_state`, `next_interval`, the forgetting curve, under
 * the same options as the scheduler). ts-fsrs has no simulator of its own; this seeded Monte Carlo run
 * draws each review's outcome from the card's predicted recall on that day, so a higher retention shows
 * its real cost: shorter intervals, more reviews. A lapse costs two answers that day (the answer and its
 * 10-minute relearning step); a new question two or three (its learning steps).
 */

export interface WorkloadInput {
  now: number;
  cards: readonly CardState[];
  options: SchedulerOptions;
  /** New questions per day, and how many are left to introduce. */
  newPerDay: number;
  newAvailable: number;
  days?: number;
  seed?: number;
  /** Above this many cards a sample of them is simulated and scaled (keeps the preview instant). */
  sampleLimit?: number;
}

export interface Workload {
  /** Answers per day, day by day (learning steps included), over `days`. */
  perDay: number[];
  /** Mean answers per day. */
  average: number;
}

const DAY = 86_400_000;
/** A new question is answered right the first time this often (a neutral guess for a fresh learner). */
const FIRST_TIME_RIGHT = 0.75;
const AGAIN = 1;
const GOOD = 3;

interface Sim {
  stability: number;
  difficulty: number;
  /** Days from `now` of the last review and of the next. */
  last: number;
  due: number;
}

function sample<T>(items: readonly T[], limit: number, rng: Rng): T[] {
  if (items.length <= limit) return [...items];
  const out = [...items];
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(rng() * (out.length - i));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.slice(0, limit);
}

/** One review on day `day`: returns the answers it cost. */
function reviewOn(card: Sim, day: number, model: MemoryModel, rng: Rng): number {
  const elapsed = Math.max(0, Math.round(day - card.last));
  const recalled = rng() < model.recall(elapsed, card.stability);
  let state = model.next(card, elapsed, recalled ? GOOD : AGAIN);
  let answers = 1;
  if (!recalled) {
    state = model.next(state, 0, GOOD);
    answers++;
  }
  Object.assign(card, state, { last: day, due: day + model.interval(state.stability, elapsed) });
  return answers;
}

/** A new question's first day: its learning steps until right. */
function introduce(day: number, model: MemoryModel, rng: Rng): { card: Sim; answers: number } {
  let answers = 1;
  let state = model.next(undefined, 0, rng() < FIRST_TIME_RIGHT ? GOOD : AGAIN);
  if (state.stability < model.next(undefined, 0, GOOD).stability) {
    state = model.next(state, 0, GOOD);
    answers++;
  }
  state = model.next(state, 0, GOOD);
  answers++;
  return { card: { ...state, last: day, due: day + model.interval(state.stability, 0) }, answers };
}

export function estimateWorkload(input: WorkloadInput): Workload {
  const days = input.days ?? 30;
  const rng = createRng(input.seed ?? 1);
  const studied = input.cards.filter((c) => c.state !== 0 && c.stability > 0 && c.difficulty >= 1);
  const picked = sample(studied, input.sampleLimit ?? 3000, rng);
  const scale = picked.length ? studied.length / picked.length : 1;
  const cards: Sim[] = picked.map((c) => ({
    stability: c.stability,
    difficulty: c.difficulty,
    last: ((c.lastReview ?? c.due) - input.now) / DAY,
    due: Math.max(0, (c.due - input.now) / DAY),
  }));
  const introduced: Sim[] = [];
  const perDay = new Array<number>(days).fill(0);
  let left = Math.max(0, input.newAvailable);
  for (let day = 0; day < days; day++) {
    const model = memoryModel(input.options, input.now + day * DAY);
    let own = 0;
    let sampled = 0;
    for (const c of cards) if (c.due < day + 1) sampled += reviewOn(c, day, model, rng);
    for (const c of introduced) if (c.due < day + 1) own += reviewOn(c, day, model, rng);
    const take = Math.min(left, Math.max(0, Math.floor(input.newPerDay)));
    left -= take;
    for (let i = 0; i < take; i++) {
      const n = introduce(day, model, rng);
      own += n.answers;
      introduced.push(n.card);
    }
    perDay[day] = sampled * scale + own;
  }
  return { perDay, average: perDay.reduce((a, b) => a + b, 0) / days };
}
