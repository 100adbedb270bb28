import type { Diagram } from '@/content/diagramSchema';
import { formatIssue, type ContentIssue } from '@/content/issues';

/** The diagram in a share link: `#d=` then the JSON, deflated (deflate-raw) and base64url-encoded. */
export const SHARE_PREFIX = '#d=';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const body = source.pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export async function encodeDiagram(diagram: Diagram): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(diagram));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Decodes a share-link payload; a damaged link or an invalid diagram gives the reasons instead. */
export async function decodeDiagram(payload: string): Promise<{ diagram?: Diagram; issues: ContentIssue[] }> {
  let text: string;
  try {
    text = new TextDecoder().decode(await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw')));
  } catch {
    return { issues: [{ file: 'link', message: 'the link is damaged or incomplete' }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { issues: [{ file: 'link', message: 'the link does not hold a diagram' }] };
  }
  // The schema is loaded only when a link is opened.
  const { validateDiagram } = await import('@/content/diagramSchema');
  return validateDiagram('link', raw);
}

export async function shareUrl(diagram: Diagram, base: string): Promise<string> {
  return `${base}${SHARE_PREFIX}${await encodeDiagram(diagram)}`;
}

/** One line per problem: `file: field: message`. */
export function issueLines(issues: readonly ContentIssue[]): string[] {
  return issues.map(formatIssue);
}
