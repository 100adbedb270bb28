import { describe, expect, it } from 'vitest';
import { CONNECTION_RULES, MISPLACEMENT_RULES } from '@/engine/architecture';
import { KO_TEXTS } from '@/engine/architecture/ko/index';
import { tx } from '@/engine/architecture/text';

const HANGUL = /[\uAC00-\uD7A3]/;
/** Flow actions that are AWS API or event names; Korean AWS documentation keeps them in English. */
const VERBATIM_ACTIONS = new Set(['PutObject', 'Object Created', 'SendMessage', 'Publish', 'RunTask', 'ECS Task State Change', 'docker push', '{actions}']);
/** A principal that is only a service name (no words around it) reads the same in Korean. */
const SERVICE_PRINCIPAL = /^[a-z0-9-]+\.amazonaws\.com$/;
const API_ACTION = /\b[a-z0-9-]+:[A-Z][A-Za-z]+\b/g;
const PLACEHOLDER = /\{(source|target|actions)\}/g;

/** Every sentence the rules write for people, with where it comes from. */
function ruleTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => text !== undefined && out.push({ where, text });
  for (const r of CONNECTION_RULES) {
    add(`${r.id}.integration`, r.integration);
    add(`${r.id}.explanation`, r.explanation);
    if (r.principal && !SERVICE_PRINCIPAL.test(r.principal)) add(`${r.id}.principal`, r.principal);
    r.variants?.forEach((v, i) => add(`${r.id}.variants.${i}`, v.explanation));
    r.requires.forEach((q, i) => {
      if (q.type === 'config') {
        add(`${r.id}.requires.${i}.message`, q.message);
        add(`${r.id}.requires.${i}.flowError`, q.flowError);
      } else add(`${r.id}.requires.${i}.why`, q.why);
    });
    r.resourcePolicies?.forEach((g, i) => add(`${r.id}.resourcePolicies.${i}.why`, g.why));
    if (r.flow) {
      add(`${r.id}.flow.caption`, r.flow.caption);
      if (!VERBATIM_ACTIONS.has(r.flow.action)) add(`${r.id}.flow.action`, r.flow.action);
    }
  }
  for (const m of MISPLACEMENT_RULES) add(`${m.id}.explanation`, m.explanation);
  return out;
}

describe('the engine in Korean', () => {
  const texts = ruleTexts();

  it('covers the rule texts it is meant to (sanity check of the walk above)', () => {
    // Every connection rule has an explanation and an integration, at least.
    expect(texts.length).toBeGreaterThan(2 * CONNECTION_RULES.length);
  });

  it('has a Korean sentence, in Hangul, for every rule, requirement, permission and flow text', () => {
    const missing = texts.filter(({ text }) => {
      const ko = tx(text, 'ko');
      return ko === text || !HANGUL.test(ko) || ko.trim() === '';
    });
    expect(missing.map((m) => `${m.where}: ${m.text}`)).toEqual([]);
  });

  it('keeps the API actions of each sentence in English, as AWS documentation in Korean does', () => {
    const problems: string[] = [];
    for (const { where, text } of texts) {
      const ko = tx(text, 'ko');
      for (const action of text.match(API_ACTION) ?? []) if (!ko.includes(action)) problems.push(`${where}: ${action}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the {source}, {target} and {actions} slots of every flow caption', () => {
    for (const r of CONNECTION_RULES) {
      if (!r.flow) continue;
      const slots = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();
      expect(slots(tx(r.flow.caption, 'ko')), r.id).toEqual(slots(r.flow.caption));
    }
  });

  it('has no Korean left over for a sentence the rules no longer write', () => {
    const used = new Set([...texts.map((t) => t.text), 'Connect']);
    expect([...KO_TEXTS.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('leaves English untouched', () => {
    for (const { text } of texts) expect(tx(text, 'en')).toBe(text);
  });
});
