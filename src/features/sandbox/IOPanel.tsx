import { useContext, useId, useState, type ChangeEvent } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import type { Diagram } from '@/content/diagramSchema';
import { useMessages } from './messages';
import { EditorRootContext } from './reveal';
import { issueLines, shareUrl } from './share';
import { useEditor } from './store';

function download(href: string, file: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = file;
  a.click();
}

const fileName = (name: string) => (name.trim() || 'diagram').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60);

/** Export as JSON (the CLI's format), PNG or SVG; import a JSON file (all or nothing); copy a share link. */
export function IOPanel({ name, onImport }: { name: string; onImport: (diagram: Diagram, file: string) => void }) {
  const m = useMessages();
  const editor = useEditor();
  const root = useContext(EditorRootContext);
  const flow = useReactFlow();
  const titleId = useId();
  const fileId = useId();
  const [problems, setProblems] = useState<string[] | null>(null);
  const [link, setLink] = useState('');

  const exportJson = () => {
    const text = JSON.stringify(editor.diagram, null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    download(url, `${fileName(name)}.json`);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const exportImage = async (format: 'png' | 'svg') => {
    const el = root?.current?.querySelector<HTMLElement>('.react-flow__viewport');
    const nodes = flow.getNodes();
    if (!el || !nodes.length) return;
    try {
      const { toPng, toSvg } = await import('html-to-image');
      const bounds = getNodesBounds(nodes);
      const width = Math.min(2400, Math.max(800, Math.ceil(bounds.width + 200)));
      const height = Math.min(1800, Math.max(500, Math.ceil(bounds.height + 200)));
      const vp = getViewportForBounds(bounds, width, height, 0.2, 2, 0.1);
      const options = {
        backgroundColor: getComputedStyle(el).getPropertyValue('--bg').trim() || '#ffffff',
        width,
        height,
        style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
      };
      // Edge strokes come from style sheets the image does not carry: write them on the paths meanwhile.
      const paths = [...el.querySelectorAll<SVGPathElement>('.react-flow__edge-path')];
      const saved = paths.map((p) => p.getAttribute('style'));
      for (const p of paths) {
        const cs = getComputedStyle(p);
        p.style.setProperty('stroke', cs.stroke);
        p.style.setProperty('stroke-width', cs.strokeWidth);
        p.style.setProperty('stroke-dasharray', cs.strokeDasharray);
        p.style.setProperty('fill', 'none');
      }
      let url: string;
      try {
        url = format === 'png' ? await toPng(el, options) : await toSvg(el, options);
      } finally {
        paths.forEach((p, i) => {
          const before = saved[i];
          if (before == null) p.removeAttribute('style');
          else p.setAttribute('style', before);
        });
      }
      download(url, `${fileName(name)}.${format}`);
    } catch (e) {
      editor.say(m('io.imageFailed', { reason: e instanceof Error ? e.message : String(e) }), 'alert');
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const [{ parseDiagram, DIAGRAM_LIMITS }, { decodeUtf8 }] = await Promise.all([import('@/content/diagramSchema'), import('@/content/untrusted')]);
    // Refused before reading when it is too large; read as strict UTF-8, so bad bytes are named, not garbled.
    if (file.size > DIAGRAM_LIMITS.chars * 4) return setProblems(issueLines([{ file: file.name, message: `the file is larger than ${DIAGRAM_LIMITS.chars / 1024 / 1024} MB, the most a diagram may be` }]));
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setProblems(issueLines([{ file: file.name, message: decoded.message }]));
    const result = parseDiagram(file.name, decoded.text);
    if (!result.diagram) return setProblems(issueLines(result.issues));
    setProblems(null);
    onImport(result.diagram, file.name);
  };

  const share = async () => {
    const url = await shareUrl(editor.diagram, `${location.origin}${location.pathname}`);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      editor.say(m('io.shareCopied'));
    } catch {
      editor.say(m('policies.copyFailed'), 'alert');
    }
  };

  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{m('io.title')}</h2>
      <div className="sb-row">
        <button type="button" className="button secondary" onClick={exportJson}>
          {m('io.exportJson')}
        </button>
        <button type="button" className="button secondary" onClick={() => void exportImage('png')}>
          {m('io.exportPng')}
        </button>
        <button type="button" className="button secondary" onClick={() => void exportImage('svg')}>
          {m('io.exportSvg')}
        </button>
        <button type="button" className="button secondary" onClick={() => void share()}>
          {m('io.share')}
        </button>
      </div>
      {link && (
        <div className="sb-field">
          <label htmlFor={`${fileId}-link`}>{m('io.shareLabel')}</label>
          <input id={`${fileId}-link`} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div className="sb-field">
        <label htmlFor={fileId}>{m('io.import')}</label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      {problems && (
        <div role="alert" className="problems">
          <p>{m('io.badFile')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
