// `npm run lint`: ESLint, then `prettier --check` (see scripts/lib/lint.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from './lib/lint.mjs';

process.exit(lint(join(dirname(fileURLToPath(import.meta.url)), '..')));
