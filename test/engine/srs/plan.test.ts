import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCard, orderNewCards, parseFocus, planToday, review, type Candidate, type QueueCard } from '@/engine/srs';

const NOW = Date.UTC(2026, 4, 10, 12);
const MIN = 60_000;

// A small curriculum in curriculum order: two foundations lessons, one ECS lesson, one IAM lesson.
const bank: Candidate[] = [
  { id: 'f1', track: 'foundations', lesson: 'foundations/why', domains: ['dva-development'] },
  { id: 'f2', track: 'foundations', lesson: 'foundations/why', domains: ['saa-cost'] },
  { id: 'f3', track: 'foundations', lesson: 'foundations/images', domains: ['dva-development'] },
  { id: 'e1', track: 'ecs', lesson: 'ecs/placement', domains: ['saa-performant'] },
  { id: 'e2', track: 'ecs', lesson: 'ecs/placement', domains: ['dva-deployment', 'saa-resilient'] },
  { id: 'i1', track: 'iam', lesson: 'iam/roles', domains: ['saa-secure'] },
];

describe('new-card order', () => {
  it('introduces questions of completed lessons first, then opened ones, then the rest, each in curriculum order', () => {
    const progress = [
      { lessonId: 'iam/roles', status: 'started' },
      { lessonId: 'ecs/placement', status: 'completed' },
    ];
    expect(orderNewCards(bank, progress)).toEqual(['e1', 'e2', 'i1', 'f1', 'f2', 'f3']);
  });

  it('follows the curriculum on a fresh profile', () => {
    expect(orderNewCards(bank, [])).toEqual(['f1', 'f2', 'f3', 'e1', 'e2', 'i1']);
  });

  it('keeps every question exactly once, whatever the progress', () => {
    const lessons = [...new Set(bank.map((c) => c.lesson!))];
    fc.assert(
      fc.property(fc.array(fc.record({ lessonId: fc.constantFrom(...lessons), status: fc.constantFrom('started', 'completed') })), (progress) => {
        const order = orderNewCards(bank, progress);
        expect([...order].sort()).toEqual(bank.map((c) => c.id).sort());
      }),
    );
  });
});

describe('focus', () => {
  it('keeps only the chosen tracks', () => {
    expect(orderNewCards(bank, [], { kind: 'tracks', tracks: ['ecs', 'iam'] })).toEqual(['e1', 'e2', 'i1']);
  });

  it('keeps only questions that serve one exam’s domains', () => {
    expect(orderNewCards(bank, [], { kind: 'exam', exam: 'DVA-C02' })).toEqual(['f1', 'f3', 'e2']);
    expect(orderNewCards(bank, [], { kind: 'exam', exam: 'SAA-C03' })).toEqual(['f2', 'e1', 'e2', 'i1']);
  });

  it('reads a stored focus, and anything unknown as everything', () => {
    expect(parseFocus({ kind: 'exam', exam: 'SAA-C03' })).toEqual({ kind: 'exam', exam: 'SAA-C03' });
    expect(parseFocus({ kind: 'tracks', tracks: ['ecs', 7] })).toEqual({ kind: 'tracks', tracks: ['ecs'] });
    for (const bad of [null, 'ecs', { kind: 'exam', exam: 'CLF-C02' }, { kind: 'tracks', tracks: [] }]) expect(parseFocus(bad)).toEqual({ kind: 'all' });
  });
});

describe('planToday', () => {
  const card = (id: string, outcome: 'wrong' | 'right', at: number): QueueCard => ({ questionId: id, ...review(newCard(at), outcome, at).card });

  it('caps new questions only: due reviews and cards in their steps are never capped', () => {
    const cards = [card('f1', 'wrong', NOW - 5 * MIN), card('f2', 'right', NOW - 5 * MIN)];
    const plan = planToday({ now: NOW, cards, candidates: bank, progress: [], focus: { kind: 'all' }, newPerDay: 3, introducedToday: 2 });
    expect(plan.due.sort()).toEqual(['f1', 'f2']);
    expect(plan.fresh).toEqual(['f3']);
  });

  it('brings back a card in its steps due within 20 minutes, not one due later', () => {
    const soon = card('e1', 'right', NOW - MIN); // learning step: due 10 minutes after the answer
    const later = { ...card('e2', 'right', NOW), due: NOW + 30 * MIN };
    const plan = planToday({ now: NOW, cards: [soon, later], candidates: bank, progress: [], focus: { kind: 'all' }, newPerDay: 0, introducedToday: 0 });
    expect(plan.due).toEqual(['e1']);
  });

  it('neither counts nor asks a card whose question can no longer be shown', () => {
    const plan = planToday({ now: NOW, cards: [card('gone', 'wrong', NOW - 5 * MIN)], candidates: bank, progress: [], focus: { kind: 'all' }, newPerDay: 0, introducedToday: 0 });
    expect(plan.due).toEqual([]);
  });

  it('gives the same counts whether it is handed every card or only the due ones with the known ids', () => {
    const cards = [card('f1', 'wrong', NOW - 5 * MIN), { ...card('f2', 'right', NOW - 5 * MIN), due: NOW + 3 * 86_400_000, state: 2 }];
    const base = { now: NOW, candidates: bank, progress: [{ lessonId: 'ecs/placement', status: 'completed' }], focus: { kind: 'all' } as const, newPerDay: 20, introducedToday: 0 };
    const all = planToday({ ...base, cards });
    const dueOnly = planToday({ ...base, cards: cards.slice(0, 1), known: new Set(['f1', 'f2']) });
    expect(dueOnly).toEqual(all);
    expect(all.fresh).toEqual(['e1', 'e2', 'f3', 'i1']);
  });
});
