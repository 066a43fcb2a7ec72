import { Command, InvalidArgumentError, Option } from 'commander';
import { generateToken, ROLES, TOKEN_NAME_PATTERN, tokenLine, type Role } from '../config/tokens';

/**
 * Makes an API token: a random secret for the person or tool, and the line (name, role, SHA-256) the
 * server's configuration holds instead of the secret. Nothing is written anywhere; no Neo4j is needed.
 */
const program = new Command()
  .name('npm run token --')
  .description('Generate an API token and print the API_TOKENS line that grants it.')
  .requiredOption(
    '--name <name>',
    'who holds it; recorded as "by" in history (e.g. alice, ingest-bot)',
    (v) => {
      if (!TOKEN_NAME_PATTERN.test(v))
        throw new InvalidArgumentError(
          '1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.',
        );
      return v;
    },
  )
  .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).default('reader'))
  .option('--stdin', 'hash a token read from standard input instead of generating one')
  .option('--json', 'print {name, role, token, line} as JSON')
  .parse();

const opts = program.opts<{ name: string; role: Role; stdin?: boolean; json?: boolean }>();

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main() {
  const token = opts.stdin ? await readStdin() : generateToken();
  if (token.length < 16 || /\s/.test(token)) {
    process.stderr.write('The token must be at least 16 characters without spaces.\n');
    process.exit(2);
  }
  const line = tokenLine(opts.name, opts.role, token);
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ name: opts.name, role: opts.role, token: opts.stdin ? undefined : token, line })}\n`,
    );
    return;
  }
  const out = [
    ...(opts.stdin
      ? []
      : [
          `Token for ${opts.name} (${opts.role}). It is shown only this once; hand it over privately:`,
          '',
          `  ${token}`,
          '',
        ]),
    'Add this line to API_TOKENS (entries separated by commas) or to the file API_TOKENS_FILE names,',
    'then restart the service:',
    '',
    `  ${line}`,
    '',
    `Clients send it as "Authorization: Bearer <token>". To revoke it, delete the line and restart.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
