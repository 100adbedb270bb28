import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/boundaries' || m.ruleId === 'no-restricted-properties').map((m) => m.message);
}

describe('import boundaries', () => {
  it('forbid the engine from importing React, Dexie, zustand or React Flow', async () => {
    for (const lib of ['react', 'react-dom/client', 'dexie', 'zustand', '@xyflow/react']) {
      expect(await lint('src/engine/placement/x.ts', `import * as m from '${lib}';\nexport const v = m;\n`)).toEqual([
        `src/engine must stay headless: it may not import "${lib}".`,
      ]);
    }
  });
  it('forbid the engine from the clock and Math.random', async () => {
    const messages = await lint('src/engine/x.ts', 'export const a = Math.random() + Date.now();\n');
    expect(messages).toHaveLength(2);
  });
  it('forbid one feature from importing another, by alias or relative path', async () => {
    expect(await lint('src/features/sandbox/A.tsx', "import { x } from '@/features/practice/x';\nexport const v = x;\n")).toEqual([
      'Feature "sandbox" may not import feature "practice"; compose them in src/app.',
    ]);
    expect(await lint('src/features/sandbox/deep/A.tsx', "import { x } from '../../simulator/x';\nexport const v = x;\n")).toHaveLength(1);
  });
  it('allow a feature to import its own files and the shared layers', async () => {
    expect(
      await lint('src/features/sandbox/A.tsx', "import { x } from './x';\nimport { y } from '@/ui/router';\nimport { z } from '@/engine/architecture';\nexport const v = [x, y, z];\n"),
    ).toEqual([]);
  });
  it('forbid shared layers from importing features or the app', async () => {
    expect(await lint('src/ui/A.tsx', "import { x } from '@/features/lessons/x';\nexport const v = x;\n")).toHaveLength(1);
    expect(await lint('src/db/A.ts', "import { x } from '@/app/App';\nexport const v = x;\n")).toHaveLength(1);
  });
});
