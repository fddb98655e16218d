import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, payoutKeyring } from '@csf/config';
import { encryptedDataConverter } from '@csf/temporal';
import {
  activitiesFrom,
  ApprovalActivitiesService,
  TranchePaymentActivitiesService,
  GrantLifecycleActivitiesService,
  NotificationActivitiesService,
  ProposalActivitiesService,
  ReviewActivitiesService,
} from './activities';
import { constraintViolations } from './activities/constraint-violations';
import { ensureSearchAttributes } from './search-attributes';

/** Lets tests hand in a pre-built workflow bundle or other overrides. */
export class WorkerOverrides {
  constructor(readonly options: Partial<WorkerOptions>) {}
}

/** The compiled bundle written by `npm run build` (dist/workflow-bundle.js), used when present. */
function defaultWorkflowSource(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  const bundle = process.env.WORKFLOW_BUNDLE_PATH ?? join(__dirname, '../../../workflow-bundle.js');
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: require.resolve('../../../workflows/src') };
}

/**
 * Runs the Temporal worker inside the Nest application context: activities are Nest services with their
 * dependencies injected. Shutdown waits up to WORKER_SHUTDOWN_GRACE for in-flight activities.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly proposal: ProposalActivitiesService,
    private readonly approval: ApprovalActivitiesService,
    private readonly review: ReviewActivitiesService,
    private readonly notification: NotificationActivitiesService,
    private readonly tranches: TranchePaymentActivitiesService,
    private readonly lifecycle: GrantLifecycleActivitiesService,
    @Optional() private readonly overrides?: WorkerOverrides,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    await ensureSearchAttributes(this.connection, this.config.TEMPORAL_NAMESPACE);
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      activities: activitiesFrom({
        proposal: this.proposal,
        approval: this.approval,
        review: this.review,
        notification: this.notification,
        tranches: this.tranches,
        lifecycle: this.lifecycle,
      }),
      shutdownGraceTime: this.config.WORKER_SHUTDOWN_GRACE as WorkerOptions['shutdownGraceTime'],
      ...(this.config.WORKER_MAX_CACHED_WORKFLOWS !== undefined && {
        maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
      }),
      // Sized so new workflows' first tasks do not wait in the queue (see WORKER_NON_STICKY_POLL_RATIO).
      workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: this.config.WORKER_WORKFLOW_TASK_POLLERS },
      nonStickyToStickyPollRatio: this.config.WORKER_NON_STICKY_POLL_RATIO,
      interceptors: { activity: [constraintViolations] },
      // Same codec as the API's client: payloads are encrypted in Temporal and clear only inside these processes.
      dataConverter: encryptedDataConverter(payoutKeyring(this.config)),
      ...defaultWorkflowSource(),
      ...this.overrides?.options,
    });
    this.running = this.worker.run();
    // A worker that dies on its own (lost server, fatal bridge error) must take the process down with it so
    // the supervisor restarts it, rather than leave a process that looks alive and polls nothing.
    this.running.catch((error: unknown) => {
      this.logger.error(`worker stopped: ${String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`polling task queue ${this.config.TEMPORAL_TASK_QUEUE} on ${this.config.TEMPORAL_ADDRESS}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
