import fs from 'node:fs';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import gql from 'graphql-tag';
import { repoAsset } from '../util/assets';

export const SCHEMA_DIR = repoAsset(__dirname, 2, 'schema');

/** The SDL in schema/*.graphql, in file-name order, parsed with graphql-tag. */
export function loadTypeDefs(dir = SCHEMA_DIR): DocumentNode {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return gql(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
}
