import fs from 'node:fs';
import path from 'node:path';

export interface ApiExample {
  title: string;
  query: string;
  variables?: string;
}

/**
 * The GraphQL examples of docs/api.md, each titled by the sentence that introduces it (or its section),
 * so the offline IDE offers exactly what the documentation shows. A ```json block right after an
 * example is taken as its variables.
 */
export function readApiExamples(root: string): ApiExample[] {
  const lines = fs.readFileSync(path.join(root, 'docs', 'api.md'), 'utf8').split('\n');
  const examples: ApiExample[] = [];
  let heading = '';
  let prose: string[] = [];
  let lastProse = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      heading = line.replace(/^#+\s*/, '');
      prose = [];
      lastProse = '';
    } else if (line.startsWith('```')) {
      const lang = line.slice(3).trim();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      if (lang === 'graphql') {
        const intro = (prose.length ? prose.join(' ') : lastProse).replace(/[:.]\s*$/, '').trim();
        const sentence = intro.split(/(?<=[.?!])\s/)[0] ?? intro;
        const title = sentence || heading;
        examples.push({
          title: title.length > 70 ? `${title.slice(0, 67)}...` : title,
          query: body.join('\n'),
        });
      } else if (lang === 'json' && examples.length && prose.length === 0) {
        examples[examples.length - 1]!.variables = body.join('\n');
      }
      if (prose.length) lastProse = prose.join(' ');
      prose = [];
    } else if (line.trim() === '') {
      if (prose.length) lastProse = prose.join(' ');
      prose = [];
    } else {
      prose.push(line.trim());
    }
  }
  return examples;
}
