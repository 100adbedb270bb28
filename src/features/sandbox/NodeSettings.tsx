import type { DiagramNode } from '@/content/diagramSchema';
import { FIELDS, LABEL_FIELD } from './fields';
import { NodeField } from './NodeFields';

/**
 * A node's settings, each field checked against the diagram schema as it changes. Loaded with the schema
 * when a resource is first selected, so opening the sandbox does not wait for it.
 */
export default function NodeSettings({ node }: { node: DiagramNode }) {
  return (
    <div className="sb-fields" key={node.id}>
      <NodeField node={node} spec={LABEL_FIELD} />
      {FIELDS[node.kind].map((spec) => (
        <NodeField key={spec.path} node={node} spec={spec} />
      ))}
    </div>
  );
}
