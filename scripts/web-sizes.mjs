#!/usr/bin/env node
// After `vite build`: the gzipped JavaScript and CSS a first visit to each screen downloads (the entry chunk, the
// screen's lazy chunk and everything they import statically), from Vite's manifest. Fails over the budget of
// issue 11 for the screens a newcomer opens first.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(root, 'dist/web');
const BUDGET = { js: 170 * 1024, css: 30 * 1024 };
const FIRST_SCREENS = ['Home', 'SignIn'];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gzipped = new Map();
const size = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return gzipped.get(file);
};

/** Files loaded with a chunk: itself, its static imports (transitively) and their CSS. */
function closure(key, files = { js: new Set(), css: new Set() }) {
  const chunk = manifest[key];
  if (!chunk || files.js.has(chunk.file)) return files;
  files.js.add(chunk.file);
  for (const css of chunk.css ?? []) files.css.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const screens = Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry && key.includes('/pages/'));
const rows = screens.map((key) => {
  const files = closure(key, closure(entry));
  const sum = (set) => [...set].reduce((total, file) => total + size(file), 0);
  return { screen: key.replace(/^.*\/pages\/|\.tsx$/g, ''), js: sum(files.js), css: sum(files.css) };
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('web: first load per screen, gzipped (budget for Home and SignIn: 170 KB JS, 30 KB CSS)');
for (const row of rows)
  console.log(`  ${row.screen.padEnd(14)} JS ${kb(row.js).padStart(9)}   CSS ${kb(row.css).padStart(8)}`);
const over = rows.filter((row) => FIRST_SCREENS.includes(row.screen) && (row.js > BUDGET.js || row.css > BUDGET.css));
if (over.length) {
  console.error(`web: over budget: ${over.map((row) => row.screen).join(', ')}`);
  process.exit(1);
}
