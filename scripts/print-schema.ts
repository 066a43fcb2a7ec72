import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, printSchema } from 'graphql';
import { loadTypeDefs } from '../src/graphql/schema';

/** Writes schema.graphql: the schema as the server builds it, so any change shows as a diff. */
export function printedSchema(): string {
  return `${printSchema(buildASTSchema(loadTypeDefs()))}\n`;
}

if (require.main === module) {
  const out = path.resolve(__dirname, '..', 'schema.graphql');
  fs.writeFileSync(out, printedSchema());
  console.log(`wrote ${out}`);
}
