// Import boundaries of the app (see DESIGN.md):
// - src/engine is headless: no React, DOM bindings, storage or canvas libraries.
// - one feature folder never imports another; features meet in src/app.
// - engine, content, db, ui and worker never import features or app.
// - src/engine never imports src/content: the engine owns its contract types (src/engine/contracts) and
//   content schemas import them, so dependencies between the two flow one way.
// - src/worker runs the engines off the main thread: it imports the engine (and content types), never
//   React, storage or the UI.
import path from 'node:path';

const ENGINE_FORBIDDEN = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', '@xyflow/react'];

function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..')) return null;
  const [top, second] = rel.split(path.sep);
  if (top === 'features') return { layer: 'features', feature: second };
  return { layer: top };
}

function resolveTarget(spec, file, srcDir) {
  if (spec.startsWith('@/')) return path.join(srcDir, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
  return null;
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the engine headless and features independent' },
    schema: [],
    messages: {
      engine: 'src/engine and src/worker stay headless: they may not import "{{spec}}".',
      feature: 'Feature "{{from}}" may not import feature "{{to}}"; compose them in src/app.',
      upward: '{{from}} may not import from {{to}} (imports flow ui/engine/content/db → features → app).',
      content: 'src/engine may not import from src/content: contract types live in src/engine/contracts, and content imports the engine.',
    },
  },
  create(context) {
    const srcDir = path.join(context.cwd, 'src');
    const file = context.filename;
    const from = layerOf(file, srcDir);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (from.layer === 'engine' || from.layer === 'worker') {
        const bare = ENGINE_FORBIDDEN.find((m) => spec === m || spec.startsWith(m + '/'));
        if (bare) return context.report({ node, messageId: 'engine', data: { spec } });
      }
      const target = resolveTarget(spec, file, srcDir);
      if (!target) return;
      const to = layerOf(target, srcDir);
      if (!to) return;
      if (from.layer === 'features' && to.layer === 'features' && to.feature && from.feature !== to.feature) {
        return context.report({ node, messageId: 'feature', data: { from: from.feature, to: to.feature } });
      }
      const low = ['engine', 'content', 'db', 'ui', 'worker'];
      if (low.includes(from.layer) && (to.layer === 'features' || to.layer === 'app')) {
        return context.report({ node, messageId: 'upward', data: { from: `src/${from.layer}`, to: `src/${to.layer}` } });
      }
      if ((from.layer === 'engine' || from.layer === 'worker') && (to.layer === 'db' || to.layer === 'ui')) {
        return context.report({ node, messageId: 'upward', data: { from: `src/${from.layer}`, to: `src/${to.layer}` } });
      }
      if (from.layer === 'engine' && to.layer === 'content') {
        return context.report({ node, messageId: 'content' });
      }
      if (from.layer === 'engine' && to.layer === 'worker') {
        return context.report({ node, messageId: 'upward', data: { from: 'src/engine', to: 'src/worker' } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries } };
