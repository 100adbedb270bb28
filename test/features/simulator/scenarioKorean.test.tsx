import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mdxComponents } from '@/app/mdx/registry';
import { db } from '@/db/db';
import { loaders } from 'virtual:scenario-loaders';
import { readScenarioLibrary } from '@/content/scenarioLibrary';
import { findScenario, libraryText, shownText } from '@/features/simulator/library';
import { encodeShare } from '@/features/simulator/share';
import { SimulatorPage } from '@/features/simulator/SimulatorPage';
import { preferencesStore } from '@/ui/preferences';

// The English texts are those of content/scenarios/static-host-port.json; the Korean ones those of
// content/scenarios/ko/library.json.
const EN_TITLE = 'A static host port allows one task per instance';
const EN_DESCRIPTION = /^In bridge mode a port mapping with hostPort 80 binds port 80 on the instance itself/;
const KO_TITLE = '정적 호스트 포트: 인스턴스당 태스크 하나';
const KO_DESCRIPTION = /^bridge 모드에서 hostPort가 80인 포트 매핑은 인스턴스 자체의 80번 포트에 바인딩되며/;

const language = (l: 'en' | 'ko') => act(() => preferencesStore.setState({ language: l }));

beforeEach(async () => {
  preferencesStore.setState({ language: 'ko', theme: 'light' });
  await db.settings.clear();
  window.history.replaceState(null, '', '/simulator?scenario=static-host-port');
});

describe('library scenario titles and descriptions in the learner’s language', () => {
  it('the library and its Korean texts load without problems', () => {
    expect(readScenarioLibrary().problems).toEqual([]);
  });

  it('shows the Korean title and description in Korean, the English ones in English, and follows a language switch', async () => {
    render(<SimulatorPage />);
    const heading = await screen.findByRole('heading', { level: 2, name: KO_TITLE });
    expect(heading).not.toHaveAttribute('lang');
    expect(screen.getByText(KO_DESCRIPTION)).toBeInTheDocument();
    const library = screen.getByLabelText('시나리오 라이브러리');
    expect(library).toHaveDisplayValue(KO_TITLE);
    expect(within(library).getByRole('option', { name: '메모리 기준 binpack' })).toHaveValue('binpack-memory');

    await language('en');
    expect(screen.getByRole('heading', { level: 2, name: EN_TITLE })).toBeInTheDocument();
    expect(screen.getByText(EN_DESCRIPTION)).toBeInTheDocument();
    expect(screen.queryByText(KO_DESCRIPTION)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Scenario library')).toHaveDisplayValue(EN_TITLE);
    expect(screen.getByRole('option', { name: 'Binpack on memory' })).toHaveValue('binpack-memory');

    await language('ko');
    expect(screen.getByRole('heading', { level: 2, name: KO_TITLE })).toBeInTheDocument();
  });

  it('shows the learner’s own title and description once the scenario is edited, and keeps them across a reload', async () => {
    render(<SimulatorPage />);
    await screen.findByRole('heading', { level: 2, name: KO_TITLE });
    await userEvent.click(screen.getByRole('heading', { level: 2, name: '시나리오 편집' }));
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    const json = screen.getByLabelText('시나리오 JSON');
    const edited = (json as HTMLTextAreaElement).value.replace(`"title": "${EN_TITLE}"`, '"title": "포트 80 실습"').replace(/"description": "[^"]*"/, '"description": "내가 쓴 설명"');
    fireEvent.change(json, { target: { value: edited } });
    expect(await screen.findByRole('heading', { level: 2, name: '포트 80 실습' })).toBeInTheDocument();
    expect(screen.getByText('내가 쓴 설명')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: KO_TITLE })).not.toBeInTheDocument();

    // An edit that leaves the title alone still shows the title as the file has it, not a translation.
    fireEvent.change(json, { target: { value: edited.replace('"title": "포트 80 실습"', `"title": "${EN_TITLE}"`) } });
    expect(await screen.findByRole('heading', { level: 2, name: EN_TITLE })).toBeInTheDocument();

    await waitFor(async () => expect(JSON.stringify((await db.settings.get('simulator.draft'))?.value)).toContain('내가 쓴 설명'));
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/simulator');
    render(<SimulatorPage />);
    expect(await screen.findByRole('heading', { level: 2, name: EN_TITLE })).toBeInTheDocument();
    expect(screen.getByText('내가 쓴 설명')).toBeInTheDocument();
    expect(screen.getByLabelText('시나리오 라이브러리')).toHaveDisplayValue('내가 편집한 시나리오');
  });

  it('shows an opened file’s own title even when it is a library scenario’s; a share link of an unchanged library scenario opens as that scenario', async () => {
    const text = findScenario('static-host-port')!.text;
    render(<SimulatorPage />);
    await screen.findByRole('heading', { level: 2, name: KO_TITLE });
    await userEvent.upload(screen.getByLabelText('시나리오 파일 열기'), new File([text], 'mine.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { level: 2, name: EN_TITLE })).toBeInTheDocument();

    document.body.innerHTML = '';
    window.history.replaceState(null, '', `/simulator#${await encodeShare({ text, position: 0 })}`);
    render(<SimulatorPage />);
    expect(await screen.findByRole('heading', { level: 2, name: KO_TITLE })).toBeInTheDocument();
    expect(screen.getByLabelText('시나리오 라이브러리')).toHaveDisplayValue(KO_TITLE);
  });

  it('presenter mode shows the Korean title', async () => {
    render(<SimulatorPage />);
    await screen.findByRole('heading', { level: 2, name: KO_TITLE });
    await userEvent.click(screen.getByRole('button', { name: '발표자 모드' }));
    const region = screen.getByRole('region', { name: '발표자 모드' });
    expect(within(region).getByRole('heading', { level: 1, name: KO_TITLE })).toBeInTheDocument();
    await language('en');
    expect(within(screen.getByRole('region', { name: 'Presenter mode' })).getByRole('heading', { level: 1, name: EN_TITLE })).toBeInTheDocument();
  });

  it('the lesson widget is labelled with the Korean title', async () => {
    const Simulator = mdxComponents.Simulator!;
    render(<Simulator scenario="distinct-instance" />);
    expect(await screen.findByRole('figure', { name: '시뮬레이터: distinctInstance: 인스턴스당 태스크 하나' })).toBeInTheDocument();
    await language('en');
    expect(screen.getByRole('figure', { name: 'Simulator: distinctInstance: one task per instance' })).toBeInTheDocument();
  });
});

describe('a library scenario without Korean', () => {
  const entry = findScenario('random')!;
  const { ko: _, ...untranslated } = entry;

  it('is shown in English marked lang="en" on a Korean screen, and unmarked on an English one', () => {
    expect(libraryText(untranslated, 'ko')).toEqual({ title: 'Random placement', description: entry.description, lang: 'en' });
    expect(libraryText(untranslated, 'en')).toEqual({ title: 'Random placement', description: entry.description, lang: undefined });
    expect(libraryText(entry, 'ko')).toMatchObject({ title: 'random: 무작위 배치', lang: undefined });
  });

  it('the simulator and the lesson widget mark the English title and description lang="en"', async () => {
    const saved = entry.ko;
    // The widget loads its scenario as a module of its own: take the Korean texts out of that copy too.
    const own = (await loaders.random!()).default;
    delete entry.ko;
    delete own.ko;
    try {
      window.history.replaceState(null, '', '/simulator?scenario=random');
      render(<SimulatorPage />);
      expect(await screen.findByRole('heading', { level: 2, name: 'Random placement' })).toHaveAttribute('lang', 'en');
      expect(screen.getByText(entry.description)).toHaveAttribute('lang', 'en');
      expect(screen.getByRole('option', { name: 'Random placement' })).toHaveAttribute('lang', 'en');
      expect(screen.getByRole('option', { name: '메모리 기준 binpack' })).not.toHaveAttribute('lang');
      document.body.innerHTML = '';
      const Simulator = mdxComponents.Simulator!;
      render(<Simulator scenario="random" />);
      const figure = await screen.findByRole('figure', { name: '시뮬레이터: Random placement' });
      expect(within(figure).getByText('Random placement')).toHaveAttribute('lang', 'en');
    } finally {
      if (saved) entry.ko = own.ko = saved;
    }
  });

  it('is translated only while its text is the library’s', () => {
    expect(shownText(entry.scenario, { slug: 'random', text: entry.text }, 'ko').title).toBe('random: 무작위 배치');
    expect(shownText(entry.scenario, { slug: 'random', text: entry.text.replace('"seed": ', '"seed": 1') }, 'ko').title).toBe('Random placement');
    expect(shownText(entry.scenario, { slug: null, text: entry.text }, 'ko').title).toBe('Random placement');
  });
});
