import { describe, expect, it } from 'vitest';
import { inKorean, readBank } from '@/content/bankFiles';
import { byTrack, cueProblems, cueStats, domainShares, justifies, keyIsLongest, keyIsShortest, CUE_LIMITS } from '@/content/bankCues';
import type { Question } from '@/content/questionSchema';

const bank = readBank();
const korean = bank.questions.map((q) => inKorean(q, bank.ko[q.id]));

describe('the question bank gives no answer away', () => {
  for (const [locale, questions] of [['en', bank.questions], ['ko', korean]] as const) {
    it(`in ${locale}: the key is rarely the longest option, no option justifies itself, and the bank is exam-style`, () => {
      const problems = [...byTrack(questions)].flatMap(([track, list]) => cueProblems(`${track} (${locale})`, cueStats(list, locale), { perTrack: true }));
      problems.push(...cueProblems(`all (${locale})`, cueStats(questions, locale), { perTrack: false }));
      expect(problems).toEqual([]);
    });
  }

  it('holds at least 500 questions, every track and exam domain near its exam-guide weight', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(500);
    const off = domainShares(bank.questions).filter((d) => Math.abs(d.share - d.weight) > CUE_LIMITS.domainShareTolerance);
    expect(off).toEqual([]);
  });
});

describe('the cue measures', () => {
  const q = (texts: string[], answer: string[]): Pick<Question, 'type' | 'options' | 'answer'> => ({
    type: answer.length > 1 ? 'multiple' : 'single',
    options: texts.map((text, i) => ({ id: 'abcdef'[i]!, text, explanation: 'explained elsewhere' })),
    answer,
  });

  it('counts a key as longest when no other option is longer, ties included', () => {
    expect(keyIsLongest(q(['Use the task role', 'Use a role', 'Use it'], ['a']))).toBe(true);
    expect(keyIsLongest(q(['Use a role', 'Use a rule', 'Use it'], ['a']))).toBe(true);
    expect(keyIsLongest(q(['Use a role', 'Use the task role', 'Use it'], ['a']))).toBe(false);
  });

  it('counts a key as shortest when no other option is shorter: the cue turned round', () => {
    expect(keyIsShortest(q(['Use it', 'Use a role', 'Use the task role'], ['a']))).toBe(true);
    expect(keyIsShortest(q(['Use a role', 'Use it', 'Use the task role'], ['a']))).toBe(false);
  });

  it('ignores code marks and runs of spaces when comparing lengths', () => {
    expect(keyIsLongest(q(['`awsvpc`', 'bridges', 'host'], ['a']))).toBe(false);
    expect(keyIsLongest(q(['awsvpc', 'bridge   mode', 'host'], ['b']))).toBe(true);
  });

  it('needs every key of a multiple-response question among the longest to count it', () => {
    expect(keyIsLongest(q(['longest option', 'second longest', 'short', 'tiny'], ['a', 'b']))).toBe(true);
    expect(keyIsLongest(q(['longest option', 'short', 'second longest', 'tiny'], ['a', 'b']))).toBe(false);
  });

  it('finds a reason written into an option, in English and Korean', () => {
    expect(justifies('Port 8080, because the host port is mapped', 'en')).toBe(true);
    expect(justifies('Use a gateway endpoint so that traffic stays private', 'en')).toBe(true);
    expect(justifies('A gateway endpoint for Amazon S3', 'en')).toBe(false);
    expect(justifies('호스트 포트가 매핑되기 때문에 8080', 'ko')).toBe(true);
    expect(justifies('Amazon S3용 게이트웨이 엔드포인트', 'ko')).toBe(false);
  });
});
