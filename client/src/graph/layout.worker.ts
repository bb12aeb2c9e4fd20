/**
 * The layout worker: large fCoSE layouts run here so the page keeps drawing and answering input
 * (layout.ts starts it, layout-protocol.ts describes the messages). One job at a time: the page
 * terminates a worker whose job a newer layout made stale.
 */
import { computeLayout } from './layout-headless.ts';
import type { LayoutJob } from './layout-protocol.ts';

// The project's TypeScript settings know the page's globals, not a worker's: the two it uses.
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutJob>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => scope.postMessage(computeLayout(e.data));
