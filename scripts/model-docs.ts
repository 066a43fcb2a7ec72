import fs from 'node:fs';
import path from 'node:path';
import { browserStyle, diagram, fillSection, labelTable, relationshipTable } from '../src/graph/model/render';

/** Writes what is derived from the model catalogue for people: docs/model.md's tables and the Browser style. */
const ROOT = path.resolve(__dirname, '..');
export const MODEL_DOC = path.join(ROOT, 'docs', 'model.md');
export const STYLE_FILE = path.join(ROOT, 'cypher', 'style.grass');

export function renderedModelDoc(current = fs.readFileSync(MODEL_DOC, 'utf8')): string {
  let doc = fillSection(current, 'model:diagram', diagram());
  doc = fillSection(doc, 'model:labels', labelTable());
  return fillSection(doc, 'model:relationships', relationshipTable());
}

if (require.main === module) {
  fs.writeFileSync(MODEL_DOC, renderedModelDoc());
  fs.writeFileSync(STYLE_FILE, browserStyle());
  console.log(`wrote ${path.relative(ROOT, MODEL_DOC)} and ${path.relative(ROOT, STYLE_FILE)}`);
}
