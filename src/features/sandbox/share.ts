import { DIAGRAM_LIMITS, restoreDiagram, type Diagram, type RestoredDiagram } from '@/content/diagramSchema';
import { formatIssue, type ContentIssue } from '@/content/issues';
import { findJsonSyntaxError } from '@/content/jsonSyntax';
import { packText, unpackText } from '@/content/shareCodec';

/**
 * The diagram in a share link: `#d=` then the JSON, deflated (deflate-raw) and base64url-encoded.
 * Reading one is size-capped before and during decompression (see content/shareCodec.ts), then goes
 * through the same upgrade-and-validate step as every diagram loaded.
 */
export const SHARE_PREFIX = '#d=';

export async function encodeDiagram(diagram: Diagram): Promise<string> {
  return packText(JSON.stringify(diagram));
}

/** Decodes a share-link payload; a damaged, oversized or invalid link gives the reasons instead. Never throws. */
export async function decodeDiagram(payload: string): Promise<RestoredDiagram> {
  const unpacked = await unpackText(payload, DIAGRAM_LIMITS.chars);
  if (!unpacked.ok) return { issues: [{ file: 'link', message: unpacked.message }] };
  let raw: unknown;
  try {
    raw = JSON.parse(unpacked.text);
  } catch {
    const at = findJsonSyntaxError(unpacked.text);
    const where = at ? ` (invalid JSON at line ${at.line}, column ${at.column}: ${at.message})` : '';
    return { issues: [{ file: 'link', message: `the link does not hold a diagram${where}` }] };
  }
  return restoreDiagram('link', raw);
}

export async function shareUrl(diagram: Diagram, base: string): Promise<string> {
  return `${base}${SHARE_PREFIX}${await encodeDiagram(diagram)}`;
}

/** One line per problem: `file: field: message`. */
export function issueLines(issues: readonly ContentIssue[]): string[] {
  return issues.map(formatIssue);
}
