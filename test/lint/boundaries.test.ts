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
        `src/engine and src/worker stay headless: they may not import "${lib}".`,
      ]);
    }
  });
  it('keep the engine worker headless: engines in, no React, storage or UI', async () => {
    expect(await lint('src/worker/x.ts', "import { useState } from 'react';\nexport const v = useState;\n")).toEqual(['src/engine and src/worker stay headless: they may not import "react".']);
    expect(await lint('src/worker/x.ts', "import { db } from '@/db/db';\nexport const v = db;\n")).toEqual(['src/worker may not import from src/db (imports flow ui/engine/content/db → features → app).']);
    expect(await lint('src/worker/x.ts', "import { simulate } from '@/engine/deployment';\nexport const v = simulate;\n")).toEqual([]);
    expect(await lint('src/engine/x.ts', "import { callEngine } from '@/worker/client';\nexport const v = callEngine;\n")).toHaveLength(1);
  });
  it('keep imports between engine and content one way: content imports the engine, never the reverse', async () => {
    const message = 'src/engine may not import from src/content: contract types live in src/engine/contracts, and content imports the engine.';
    expect(await lint('src/engine/architecture/x.ts', "import type { Diagram } from '@/content/diagramSchema';\nexport type V = Diagram;\n")).toEqual([message]);
    expect(await lint('src/engine/generators/x.ts', "import { TRACKS } from '../../content/taxonomy.ts';\nexport const v = TRACKS;\n")).toEqual([message]);
    expect(await lint('src/engine/x.ts', "export { visibleLength } from '@/content/bankCues';\n")).toEqual([message]);
    expect(await lint('src/engine/x.ts', "export const load = () => import('@/content/scenarioSchema');\n")).toEqual([message]);
    expect(await lint('src/content/x.ts', "import type { Diagram } from '../engine/contracts/diagram.ts';\nexport type V = Diagram;\n")).toEqual([]);
    expect(await lint('src/worker/x.ts', "import type { Scenario } from '@/content/scenarioSchema';\nimport { simulate } from '@/engine/deployment';\nexport const v = simulate;\nexport type V = Scenario;\n")).toEqual([]);
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
