import fs from 'node:fs';
import { MODEL_DOC, renderedModelDoc, STYLE_FILE } from '../../scripts/model-docs';
import { browserStyle, fillSection } from '../../src/graph/model/render';

describe('what is generated from the model catalogue is current (run `npm run model:docs`)', () => {
  it('docs/model.md: diagram, labels and relationships tables', () => {
    const doc = fs.readFileSync(MODEL_DOC, 'utf8');
    expect(doc).toBe(renderedModelDoc(doc));
    expect(doc).toContain('| `Standard` |');
    expect(doc).toContain('| `DEVELOPED_BY` | Standard → Institution |');
  });

  it('cypher/style.grass: a colour and caption per label', () => {
    const style = fs.readFileSync(STYLE_FILE, 'utf8');
    expect(style).toBe(browserStyle());
    expect(style).toMatch(/node\.Standard \{[^}]*caption: '\{code\}'/);
  });

  it('refuses a document without the markers instead of writing nothing', () => {
    expect(() => fillSection('# no markers', 'model:labels', 'x')).toThrow(/no model:labels section markers/);
  });
});
