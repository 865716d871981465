// SPDX-License-Identifier: EUPL-1.2
// Type declarations for Cytoscape extensions that ship none.
declare module 'cytoscape-elk' {
  const extension: cytoscape.Ext;
  export default extension;
}

declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
  global {
    namespace cytoscape {
      interface Core {
        /** Added by cytoscape-svg: the graph as an SVG document. */
        svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
      }
    }
  }
}
