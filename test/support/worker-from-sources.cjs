// Runs the real worker (apps/worker/src/main.ts) as its own process straight from the TypeScript sources,
// transpiled file by file on load as ts-jest does (no type check, no build), so a test can kill -9 it like a
// crashed machine without first building dist/. The workflow bundle comes from WORKFLOW_BUNDLE_PATH.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.join(__dirname, '../..');
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
const compilerOptions = {
  ...ts.convertCompilerOptionsFromJson(config.compilerOptions, root).options,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  sourceMap: false,
  inlineSourceMap: false,
  incremental: false,
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@csf\/(domain|config|persistence|temporal|metrics)$/.exec(request);
  return resolve.call(this, alias ? path.join(root, 'libs', alias[1], 'src/index.ts') : request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};
// A test that kills this worker need not wait Temporal's default 10 s before its cached workflows move on.
if (process.env.TEST_STICKY_TIMEOUT) {
  const { Worker } = require('@temporalio/worker');
  const create = Worker.create.bind(Worker);
  Worker.create = (options) =>
    create({ ...options, stickyQueueScheduleToStartTimeout: process.env.TEST_STICKY_TIMEOUT });
}
// SOURCE_MAIN runs another entry point the same way (the admin command in its tests).
require(path.join(root, process.env.SOURCE_MAIN || 'apps/worker/src/main.ts'));
