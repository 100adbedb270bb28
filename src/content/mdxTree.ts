/** The few MDX syntax-tree shapes the build's remark plugins read, and a walk over their JSX elements. */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}

/** Calls `visit` for every JSX element named `name` (flow or text) that has attributes. */
export function forEachJsx(tree: MdxNode, name: string, visit: (node: MdxNode & { attributes: MdxAttribute[] }) => void): void {
  const walk = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name && node.attributes) visit(node as MdxNode & { attributes: MdxAttribute[] });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
}
