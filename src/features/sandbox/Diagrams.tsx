import { DocsPanel, type OpenDoc } from './DocsPanel';
import { IOPanel } from './IOPanel';
import type { Diagram } from '@/content/diagramSchema';

/**
 * The Diagrams tab of the sandbox page: saved diagrams, export, import and share. Loaded when the tab
 * is first opened, with the database query it lists and the schema an import is checked against.
 */
export default function Diagrams(props: {
  doc: OpenDoc;
  onRename: (name: string) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDeleted: (id: string) => void;
  onImport: (diagram: Diagram, file: string) => void;
}) {
  const { onImport, ...docs } = props;
  return (
    <>
      <DocsPanel {...docs} />
      <IOPanel name={props.doc.name} onImport={onImport} />
    </>
  );
}
