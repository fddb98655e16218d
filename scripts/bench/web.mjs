// Phase `web` of `npm run bench`: the portal's first-load sizes per screen, gzipped, as `npm run build` prints
// them (scripts/web-sizes.mjs, from the dist/web the bench's build check keeps fresh). Nothing to time: one row per
// screen, and the issue 11 budget for Home and SignIn as met or missed.
import path from 'node:path';
import { addFigure } from './report.mjs';

/** @returns {Promise<{ lines: string[], failed: boolean }>} */
export async function runWebPhase({ root }) {
  const { BUDGET, FIRST_SCREENS, formatWebSizes, webSizes } = await import('../web-sizes.mjs');
  const sizes = webSizes(path.join(root, 'dist/web'));
  addFigure(
    'web',
    'firstLoadGzipBytes',
    Object.fromEntries(sizes.rows.map(({ screen, js, css }) => [screen, { js, css }])),
  );
  addFigure('web', 'budgetGzipBytes', { screens: FIRST_SCREENS, ...BUDGET });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const first = sizes.rows.filter((row) => FIRST_SCREENS.includes(row.screen));
  return {
    lines: [
      '',
      ...formatWebSizes(sizes),
      ...first.map(
        (row) =>
          `${row.screen}: JS ${kb(row.js)} (target ≤ ${kb(BUDGET.js)}), CSS ${kb(row.css)} (target ≤ ${kb(BUDGET.css)}): ` +
          (row.js <= BUDGET.js && row.css <= BUDGET.css ? 'met' : 'MISSED'),
      ),
    ],
    // No thresholds in the bench (npm run build enforces the budget): a row to read, never a failed run.
    failed: false,
  };
}
