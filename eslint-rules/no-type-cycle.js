// Lint rule: no import cycle, type-only imports included. import-x/no-cycle skips `import type`
// by design (types vanish at run time), but a type-only cycle still ties two modules together:
// neither can be understood, tested or moved without the other (app.ts <-> state/current.ts was
// one). This rule follows every relative import and re-export of .ts files, `import type` too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+\.ts)['"]/gm;
/** file -> the files it imports (read once per lint run). */
const graph = new Map();

function importsOf(file) {
  let deps = graph.get(file);
  if (deps) return deps;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  deps = [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1]));
  graph.set(file, deps);
  return deps;
}

/** A path of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length) {
    const route = queue.shift();
    for (const next of importsOf(route[route.length - 1])) {
      if (next === target) return route;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...route, next]);
    }
  }
  return null;
}

export default {
  rules: {
    'no-type-cycle': {
      meta: { type: 'problem', messages: { cycle: 'Import cycle (type-only imports count): {{route}}' }, schema: [] },
      create(context) {
        const file = context.physicalFilename;
        const check = (node) => {
          const src = node.source?.value;
          if (typeof src !== 'string' || !/^\.{1,2}\/.*\.ts$/.test(src)) return;
          const target = path.resolve(path.dirname(file), src);
          // Always read the file as it is being linted now, not as an earlier run cached it.
          graph.delete(file);
          const route = pathBack(target, file);
          if (route) {
            const rel = (f) => path.relative(process.cwd(), f);
            context.report({ node, messageId: 'cycle', data: { route: [file, ...route, file].map(rel).join(' -> ') } });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
      },
    },
  },
};
