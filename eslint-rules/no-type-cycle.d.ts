// Types of the local lint plugin (no-type-cycle.js), for the test that runs it.
import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin;
export default plugin;
