/**
 * Builds the local GraphQL IDE (ide.html + ide.tsx) with Vite into `node_modules/.cache/atlas-ide`:
 * a build cache, like Vite's own, kept out of the source tree (third-party minified code has no
 * business among our sources, and `npm install` from scratch rebuilds it).
 *
 * Why a separate small build and not a second entry of the client: the client has its own
 * engineer and Vite config; the IDE only changes when GraphiQL or the examples do. The start
 * script calls {@link ensureIde} so a fresh checkout gets the IDE without an extra command.
 *
 * @example
 * if (ideIsStale()) await buildIde();
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const IDE_DIR = path.dirname(fileURLToPath(import.meta.url));
export const IDE_DIST = path.resolve(IDE_DIR, '../../../../node_modules/.cache/atlas-ide');
const SOURCES = ['ide.html', 'ide.tsx', 'examples.ts', 'build.ts'];

/** True when the dist is missing or older than one of its sources (or than graphiql itself). */
export function ideIsStale(): boolean {
  const index = path.join(IDE_DIST, 'ide.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const graphiqlPkg = path.join(IDE_DIR, '../../../../node_modules/graphiql/package.json');
  const inputs = [...SOURCES.map((f) => path.join(IDE_DIR, f)), graphiqlPkg].filter((f) => existsSync(f));
  return inputs.some((f) => statSync(f).mtimeMs > built);
}

/** Builds the IDE (about 20-40 s: GraphiQL bundles Monaco). Resolves when dist/ is written. */
export async function buildIde(opts: { quiet?: boolean } = {}): Promise<void> {
  // Imported lazily: vite is a dev dependency and a production start with a built IDE never needs it.
  const { build } = await import('vite');
  await build({
    root: IDE_DIR,
    // Relative asset URLs: the page is served from /graphql and its assets from /graphql/ide/.
    base: '/graphql/ide/',
    logLevel: opts.quiet ? 'error' : 'warn',
    configFile: false,
    publicDir: false,
    build: {
      outDir: IDE_DIST,
      emptyOutDir: true,
      rollupOptions: {
        input: path.join(IDE_DIR, 'ide.html'),
        // GraphiQL's dependencies carry React Server Components "use client" directives, which are
        // meaningless in a browser bundle; Rollup warns about each one. Keep the real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
      chunkSizeWarningLimit: 8_000,
      // Monaco is large; a source map would double the size for no use in production.
      sourcemap: false,
    },
    worker: { format: 'es' },
  });
}

/** Builds the IDE when needed; returns whether it built. */
export async function ensureIde(opts: { quiet?: boolean } = {}): Promise<boolean> {
  if (!ideIsStale()) return false;
  await buildIde(opts);
  return true;
}

// `npx tsx server/src/http/ide/build.ts` builds it by hand.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildIde().then(
    () => process.stdout.write(`GraphQL IDE built in ${path.relative(process.cwd(), IDE_DIST)}\n`),
    (err: unknown) => {
      process.stderr.write(`Building the GraphQL IDE failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
