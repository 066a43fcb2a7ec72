/** Downloads made in the browser: CSV of tables, GraphML/JSON of graphs, SVG/PNG of charts. */
export function download(filename: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export interface ExportNode {
  key: string;
  id: string;
  kind: string;
  name: string;
}
export interface ExportEdge {
  type: string;
  from: string;
  to: string;
  label?: string | null;
  source?: string | null;
  location?: string | null;
}

/** GraphML that Gephi, Cytoscape and yEd read: node kind/name/id and edge type/label/provenance as data keys. */
export function toGraphML(nodes: ExportNode[], edges: ExportEdge[]): string {
  const keys = [
    ['n_kind', 'node', 'kind'],
    ['n_name', 'node', 'name'],
    ['n_id', 'node', 'id'],
    ['e_type', 'edge', 'type'],
    ['e_label', 'edge', 'label'],
    ['e_source', 'edge', 'source'],
    ['e_location', 'edge', 'location'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([id, on, name]) => `  <key id="${id}" for="${on}" attr.name="${name}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map(
      (n) =>
        `    <node id="${xml(n.key)}"><data key="n_kind">${xml(n.kind)}</data><data key="n_name">${xml(n.name)}</data><data key="n_id">${xml(n.id)}</data></node>`,
    ),
    ...edges.map((e, i) => {
      const data = [
        `<data key="e_type">${xml(e.type)}</data>`,
        e.label ? `<data key="e_label">${xml(e.label)}</data>` : '',
        e.source ? `<data key="e_source">${xml(e.source)}</data>` : '',
        e.location ? `<data key="e_location">${xml(e.location)}</data>` : '',
      ].join('');
      return `    <edge id="e${i}" source="${xml(e.from)}" target="${xml(e.to)}">${data}</edge>`;
    }),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

/** An SVG element as a standalone file (fonts and colours inline, as the page shows it). */
export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** Renders an SVG to PNG at twice its size, on white. */
export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const img = new Image();
  const loaded = new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = reject;
  });
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText(svg));
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'export';
