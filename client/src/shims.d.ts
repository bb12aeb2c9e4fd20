/** cytoscape-fcose ships no types; it is a standard Cytoscape extension (register with cytoscape.use). */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}

/** cose-base (fCoSE's engine) ships no types; only its layout-base prototypes are touched (graph/layout.ts). */
declare module 'cose-base' {
  const coseBase: { layoutBase: { FDLayout: { prototype: { initSpringEmbedder(this: { maxIterations: number }): void } } } };
  export default coseBase;
}
