import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { formatPath, type SeedProblem } from './errors';
import { SeedFileSchema, type SeedFile } from './format';

export const SEED_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** A seed file is hand-written; anything this large is a mistake (or an attack), not a document. */
export const MAX_SEED_FILE_BYTES = 2 * 1024 * 1024;

export interface ParsedSeedFile {
  file: string;
  sha256: string;
  data: SeedFile;
}

export interface ReadResult {
  files: ParsedSeedFile[];
  problems: SeedProblem[];
}

/** Parses and schema-checks one file's text. Problems name the file and the path inside it. */
export function parseSeedText(file: string, text: string): { data?: SeedFile; problems: SeedProblem[] } {
  if (Buffer.byteLength(text) > MAX_SEED_FILE_BYTES) {
    return {
      problems: [{ file, path: '', message: `file is larger than ${MAX_SEED_FILE_BYTES / 1024 / 1024} MiB` }],
    };
  }
  if (text.trim() === '') return { problems: [{ file, path: '', message: 'file is empty' }] };
  let raw: unknown;
  if (file.endsWith('.json')) {
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return { problems: [{ file, path: '', message: `invalid JSON: ${(err as Error).message}` }] };
    }
  } else {
    const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      return {
        problems: doc.errors.map((e) => ({
          file,
          path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
        })),
      };
    }
    try {
      // A low alias budget stops "billion laughs" documents from exhausting memory.
      raw = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      return { problems: [{ file, path: '', message: `invalid YAML: ${(err as Error).message}` }] };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file, path: '', message: 'expected a mapping with at least a `source` section' }] };
  }
  const parsed = SeedFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({
        file,
        path: formatPath(i.path),
        message:
          i.code === 'unrecognized_keys'
            ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`
            : i.message,
      })),
    };
  }
  return { data: parsed.data, problems: [] };
}

/** Folder beside the seed files holding each source's text, `<source id>.txt`, that quotes are checked against. */
export const SOURCE_TEXTS_DIR = 'sources';

/** Runs of white space count as one space, so line breaks in the stored text don't break a quote. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A source's stored text in a seeds folder, if there is one. */
export function readStoredText(seedsDir: string, sourceId: string): string | undefined {
  const stored = path.join(seedsDir, SOURCE_TEXTS_DIR, `${sourceId}.txt`);
  return fs.existsSync(stored) ? fs.readFileSync(stored, 'utf8') : undefined;
}

/** Every `quote` in a parsed file, with its path, e.g. `talks[2].quote`. */
function quotesOf(value: unknown, at: (string | number)[] = []): { path: string; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, [...at, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'quote' && typeof v === 'string'
      ? [{ path: formatPath([...at, k]), quote: v }]
      : k === 'review'
        ? []
        : quotesOf(v, [...at, k]),
  );
}

/** Each quote must occur in the source's stored text, so every fact can be checked against its words. */
export function checkQuotes(file: string, data: SeedFile, storedText: string | undefined): SeedProblem[] {
  const quotes = quotesOf(data);
  if (quotes.length === 0) return [];
  const where = `${SOURCE_TEXTS_DIR}/${data.source.id}.txt`;
  if (storedText === undefined) {
    return [{ file, path: 'source.id', message: `has quotes but the source's text ${where} is missing` }];
  }
  const text = squash(storedText);
  return quotes
    .filter((q) => !text.includes(squash(q.quote)))
    .map((q) => ({
      file,
      path: q.path,
      message: `quote does not occur in ${where}: ${JSON.stringify(q.quote)}`,
    }));
}

/** The seed files of `dir`, sorted by name, so loads are deterministic. */
function seedFileNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => SEED_EXTENSIONS.includes(path.extname(n).toLowerCase()))
    .sort();
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * Each seed file's name and content hash, without parsing: enough to tell that the files are the very
 * ones of an earlier load. Undefined when the folder is missing or a file is too large to be valid.
 */
export function hashSeedDir(dir: string): { file: string; sha256: string }[] | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files: { file: string; sha256: string }[] = [];
  for (const name of seedFileNames(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).size > MAX_SEED_FILE_BYTES) return undefined;
    files.push({ file: name, sha256: sha256(fs.readFileSync(full, 'utf8')) });
  }
  return files;
}

/** Reads every seed file in `dir` (sorted by name, so loads are deterministic). */
export function readSeedDir(dir: string): ReadResult {
  if (!fs.existsSync(dir)) {
    return { files: [], problems: [{ file: dir, path: '', message: 'seeds folder does not exist' }] };
  }
  const names = seedFileNames(dir);
  const files: ParsedSeedFile[] = [];
  const problems: SeedProblem[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if (fs.statSync(full).size > MAX_SEED_FILE_BYTES) {
      problems.push({
        file: name,
        path: '',
        message: `file is larger than ${MAX_SEED_FILE_BYTES / 1024 / 1024} MiB`,
      });
      continue;
    }
    const text = fs.readFileSync(full, 'utf8');
    const result = parseSeedText(name, text);
    problems.push(...result.problems);
    if (result.data) {
      const quoteProblems = checkQuotes(name, result.data, readStoredText(dir, result.data.source.id));
      problems.push(...quoteProblems);
      if (quoteProblems.length > 0) continue;
      files.push({ file: name, sha256: sha256(text), data: result.data });
    }
  }
  return { files, problems };
}
