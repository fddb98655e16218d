// Where a submission's time goes, read back from the proposal workflows' histories (event times are the server's)
// and from /proc (CPU per process). Diagnostics printed under the table; nothing here is timed.
import { readFileSync } from 'node:fs';
import proto from '@temporalio/proto';
import { stopLoad } from './abort.mjs';

const { EventType } = proto.temporal.api.enums.v1;
// USER_HZ, the unit of /proc CPU counters, is 100 on every Linux the kernel exposes to user space.
const TICKS_PER_SECOND = 100;

/** Milliseconds of a protobuf Timestamp (seconds may be a Long). */
function ms(timestamp) {
  const seconds = timestamp.seconds;
  return (typeof seconds === 'object' ? seconds.toNumber() : Number(seconds)) * 1000 + (timestamp.nanos ?? 0) / 1e6;
}

/**
 * The steps of one Update-with-start submission, in either shape. With a normal activity: workflow task 1 (accepts
 * the Update, schedules the activity), the activity (status + audit events in one transaction), workflow task 2
 * (completes the Update). With a local activity: one workflow task that accepts the Update, runs the activity
 * in the worker and completes the Update. "waiting" is time a task sat in its queue before the worker picked it
 * up. Null when the history has another shape.
 */
function stepsOf(events, httpMs) {
  const times = (type) => events.filter((e) => e.eventType === type).map((e) => ms(e.eventTime));
  const [wtScheduled, wtStarted, wtCompleted] = [
    EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
  ].map(times);
  const [[actScheduled], [actStarted], [actCompleted]] = [
    EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
    EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED,
    EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
  ].map(times);
  const updated = times(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)[0];
  if (updated === undefined || !wtCompleted.length) return null;
  const inTemporal = updated - ms(events[0].eventTime);
  const local = actCompleted === undefined || actCompleted > updated;
  if (local) {
    return {
      'workflow task 1 waiting': wtStarted[0] - wtScheduled[0],
      'workflow task 1 in worker (local activity: DB transaction)': wtCompleted[0] - wtStarted[0],
      'workflow start → update completed': inTemporal,
      'HTTP latency − the above (API side)': httpMs - inTemporal,
    };
  }
  if (wtCompleted.length < 2) return null;
  return {
    'workflow task 1 waiting': wtStarted[0] - wtScheduled[0],
    'workflow task 1 in worker': wtCompleted[0] - wtStarted[0],
    'activity waiting': actStarted - actScheduled,
    'activity running (DB transaction)': actCompleted - actStarted,
    'workflow task 2 waiting': wtStarted[1] - wtScheduled[1],
    'workflow task 2 in worker': wtCompleted[1] - wtStarted[1],
    'workflow start → update completed': inTemporal,
    // Authentication, the eligibility reads, gRPC both ways, re-reading the proposal, JSON: all but the workflow.
    'HTTP latency − the above (API side)': httpMs - inTemporal,
  };
}

/**
 * Median and mean of each step over the histories of `samples` ({ workflowId, httpMs }), fetched `concurrency`
 * at a time. @returns {Promise<{ count: number, steps: [string, { p50: number, mean: number }][] }>}
 */
export async function submissionSteps(client, samples, concurrency) {
  const rows = [];
  let next = 0;
  const lane = async () => {
    while (next < samples.length && !stopLoad.signal.aborted) {
      const { workflowId, httpMs } = samples[next++];
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const steps = stepsOf(history.events ?? [], httpMs);
      if (steps) rows.push(steps);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, samples.length) }, lane));
  if (!rows.length) return { count: 0, steps: [] };
  const steps = Object.keys(rows[0]).map((name) => {
    const values = rows.map((r) => r[name]).sort((a, b) => a - b);
    return [
      name,
      { p50: values[Math.floor((values.length - 1) / 2)], mean: values.reduce((a, b) => a + b, 0) / values.length },
    ];
  });
  return { count: rows.length, steps };
}

export function formatSteps({ count, steps }) {
  if (!count) return ['(no workflow history had the expected shape)'];
  const width = Math.max(...steps.map(([name]) => name.length)) + 2;
  return [
    `where a submission spends its time (${count} workflow histories)`.padEnd(width) +
      'p50 ms'.padStart(9) +
      'mean ms'.padStart(9),
    ...steps.map(
      ([name, { p50, mean }]) => `  ${name}`.padEnd(width) + p50.toFixed(1).padStart(9) + mean.toFixed(1).padStart(9),
    ),
  ];
}

function processTicks(pid) {
  try {
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

function machineTicks() {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return {
      busy: user + nice + system + irq + softirq + steal,
      total: user + nice + system + idle + iowait + irq + softirq + steal,
    };
  } catch {
    return { busy: NaN, total: NaN };
  }
}

/** CPU counters of named processes and of the whole machine now (Linux; NaN elsewhere). */
export function cpuSnapshot(pids) {
  return {
    at: performance.now(),
    machine: machineTicks(),
    processes: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processTicks(pid)])),
  };
}

/** Cores each process kept busy between two snapshots; "everything else" is PostgreSQL and whatever else runs. */
export function formatCpu(before, after, cpus) {
  const seconds = (after.at - before.at) / 1000;
  const cores = (ticks) => ticks / TICKS_PER_SECOND / seconds;
  const machine = cores(after.machine.busy - before.machine.busy);
  if (!Number.isFinite(machine)) return [];
  const parts = Object.keys(before.processes).map((name) => [
    name,
    cores(after.processes[name] - before.processes[name]),
  ]);
  const known = parts.reduce((sum, [, value]) => sum + (Number.isFinite(value) ? value : 0), 0);
  return [
    `CPU during the timed submissions, in cores busy (of ${cpus}): machine ${machine.toFixed(2)} = ` +
      parts.map(([name, value]) => `${name} ${value.toFixed(2)}`).join(' + ') +
      ` + everything else (PostgreSQL, other processes) ${Math.max(0, machine - known).toFixed(2)}`,
  ];
}
