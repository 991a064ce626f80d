// cytoscape-cola ships no types: the extension is registered with cytoscape.use and configured through the
// layout options (cola's own names: avoidOverlap, nodeSpacing, edgeLength …).
declare module 'cytoscape-cola' {
  import type { Ext } from 'cytoscape';

  const cola: Ext;
  export default cola;
}
