#!/usr/bin/env node
// After `vite build`: the gzipped JavaScript and CSS a first visit to each screen downloads (the entry chunk, the
// screen's lazy chunk and everything they import statically), from Vite's manifest. Fails over the budget of
// issue 11 for the screens a newcomer opens first. `npm run bench` reports the same figures (phase `web`).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGET = { js: 170 * 1024, css: 30 * 1024 };
export const FIRST_SCREENS = ['Home', 'SignIn'];

/**
 * Per lazy screen of the built portal in `dist`: `{ screen, js, css }` in gzipped bytes (level 9), and the first
 * screens over the budget.
 */
export function webSizes(dist = join(root, 'dist/web')) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const gzipped = new Map();
  const size = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
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
  const over = rows.filter((row) => FIRST_SCREENS.includes(row.screen) && (row.js > BUDGET.js || row.css > BUDGET.css));
  return { rows, over };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The table `npm run build` prints, one line per screen. */
export function formatWebSizes({ rows }) {
  const width = Math.max(14, ...rows.map((row) => row.screen.length));
  return [
    'web: first load per screen, gzipped (budget for Home and SignIn: 170 KB JS, 30 KB CSS)',
    ...rows.map((row) => `  ${row.screen.padEnd(width)} JS ${kb(row.js).padStart(9)}   CSS ${kb(row.css).padStart(8)}`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = webSizes();
  console.log(formatWebSizes(sizes).join('\n'));
  if (sizes.over.length) {
    console.error(`web: over budget: ${sizes.over.map((row) => row.screen).join(', ')}`);
    process.exit(1);
  }
}
