/**
 * fCoSE as the explorer runs it, on the page or in the layout worker (layout.worker.ts). Both
 * threads import these options, so a layout is the same wherever it runs. Large views use only
 * fCoSE's spectral phase (quality 'draft'); their force phase is refine.ts's.
 */
import { TYPE_FOR } from '../types.ts';

export interface FcoseSettings {
  /** Start from current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  fit: boolean;
  animate: boolean;
  /** Spectral layout only (quality 'draft'): the start refine.ts works from for a large view. */
  draft?: boolean;
  /** Nodes the user pinned: they stay where they are. */
  pinned: { nodeId: string; position: { x: number; y: number } }[];
}

/**
 * The length an edge should have: shorter in large views (fCoSE's spectral start and refine.ts's
 * force phase both use it), memberships a little longer so organisations sit apart from treaties.
 *
 * @example idealEdgeLength(TYPE_FOR.membership, true) // 60
 */
export function idealEdgeLength(type: string | undefined, large: boolean): number {
  return (large ? 50 : 100) * (type === TYPE_FOR.membership ? 1.2 : 1);
}

/** Options for an fCoSE `layout(...)`, plain data and functions of element data only. */
export function fcoseOptions(s: FcoseSettings): Record<string, unknown> {
  return {
    name: 'fcose',
    fit: s.fit,
    padding: 40,
    animate: s.animate,
    animationDuration: 350,
    // fCoSE only honours randomize:false in "proof" quality.
    quality: s.draft ? 'draft' : s.incremental ? 'proof' : 'default',
    randomize: !s.incremental,
    // Enough energy for newcomers to find room, little enough that the old picture stays.
    initialEnergyOnIncremental: 0.5,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    // Generous spacing: labels sit under the nodes and need room to stay readable.
    nodeSeparation: 110,
    nodeRepulsion: () => 16000,
    idealEdgeLength: (e: { data(k: string): unknown }) => idealEdgeLength(e.data('type') as string | undefined, !!s.draft),
    edgeElasticity: () => 0.4,
    gravity: 0.2,
    numIter: 2500,
    tile: true,
    fixedNodeConstraint: s.pinned.length ? s.pinned : undefined,
  };
}
