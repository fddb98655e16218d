// The sign-in phase: POST /auth/login at the argon2id parameters the service issues (ARGON2_OPTIONS), at the bench's
// concurrency and at 1 client, beside argon2.verify alone in the bench process with the same parameters: the part of
// a sign-in that is the hash, deliberately slow, and what is left (throttle counters, user lookup, token).
import os from 'node:os';
import argon2 from 'argon2';
import { addFigure, addRatio, addRow } from './report.mjs';
import * as stats from './stats.mjs';
import * as work from './workload.mjs';

const USERS = 64;

/** @returns {Promise<{ lines: string[], failed: boolean }>} */
export async function runSigninPhase({ config, baseUrl, pool, log, password }) {
  const { signinRequests: n, concurrency: c, serial: s } = config;
  const w = Math.min(config.warmup, n);
  // Several accounts in turn, each signed in many times: a success resets the account's failure counter.
  const applicants = await work.createApplicants(pool, USERS, password.hash);
  const login = (i) => work.signIn(baseUrl, applicants[i % USERS]);
  const verify = async () => {
    if (!(await argon2.verify(password.hash, password.password))) throw new Error('argon2.verify said no');
  };
  const runs = [];
  for (const [label, op] of [
    ['POST /auth/login', login],
    ['  floor: argon2.verify alone (bench process)', verify],
  ]) {
    log(`sign-in: ${label.trim()}: ${w} warm-up, ${n} at ${c} clients, ${s} at 1 client ...`);
    await stats.runConcurrent(w, c, op);
    runs.push([label, { loaded: await stats.runConcurrent(n, c, op), serial: await stats.runConcurrent(s, 1, op) }]);
  }
  const table = runs.flatMap(([label, { loaded, serial }]) => {
    const [a, b] = [stats.summarize(loaded), stats.summarize(serial)];
    addRow('signin', label.trim(), c, a);
    addRow('signin', `${label.trim()}, 1 client`, 1, b);
    return [
      [label, a],
      [`${label.startsWith('  ') ? '  ' : ''}  1 client`, b],
    ];
  });
  const { memoryCost, timeCost, parallelism } = password.options;
  const [login1, verify1] = runs.map(([, r]) => stats.summarize(r.serial));
  addFigure('signin', 'argon2', {
    type: 'argon2id',
    memoryCost,
    timeCost,
    parallelism,
    threadpool: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
  });
  addRatio('signin', 'hash share of a sign-in (p50, 1 client)', verify1.p50 / login1.p50);
  return {
    lines: [
      '',
      `Sign-in — argon2id m=${memoryCost} KiB, t=${timeCost}, p=${parallelism} (the service's ARGON2_OPTIONS), ${USERS} accounts in turn, ` +
        `${n} at ${c} clients, ${s} at 1 client, ${os.cpus().length} CPUs`,
      stats.formatTable(table),
      `the hash is ${((100 * verify1.p50) / login1.p50).toFixed(0)} % of a sign-in at 1 client (p50 ${verify1.p50.toFixed(1)} of ${login1.p50.toFixed(1)} ms); ` +
        `at ${c} clients sign-ins are bounded by cores ÷ hash time (${(os.cpus().length / (verify1.p50 / 1000)).toFixed(0)}/s at most here)`,
      ...runs.flatMap(([label, r]) =>
        [r.loaded, r.serial]
          .filter((run) => run.failures.length)
          .flatMap((run) => [
            `${label.trim()} failures (${run.failures.length}):`,
            ...stats.describeFailures(run.failures),
          ]),
      ),
    ],
    failed: runs.some(([, r]) => r.loaded.failures.length || r.serial.failures.length),
  };
}
