// SPDX-License-Identifier: EUPL-1.2
// Type declarations for Cytoscape extensions that ship none.
declare module 'cytoscape-elk' {
  const extension: cytoscape.Ext;
  export default extension;
}
