import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { reserveTemporalExporterAddress } from './metrics-server';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  // Nest owns the signals: it calls onApplicationShutdown, which drains the worker within its grace time.
  // With METRICS_PORT the SDK's Prometheus exporter runs on loopback; /metrics on METRICS_PORT serves it with ours.
  const metricsPort = Number(process.env.METRICS_PORT || 0);
  const telemetryOptions =
    metricsPort > 0
      ? {
          metrics: {
            prometheus: { bindAddress: await reserveTemporalExporterAddress(), useSecondsForDurations: true },
          },
        }
      : undefined;
  Runtime.install({
    shutdownSignals: [],
    logger: new DefaultLogger(temporalLogLevel(process.env.LOG_LEVEL)),
    telemetryOptions,
  });
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

/** The SDK's own logger follows LOG_LEVEL (pino names) so one setting quiets or opens both. */
function temporalLogLevel(level = 'info'): LogLevel {
  const map: Record<string, LogLevel> = {
    trace: 'TRACE',
    debug: 'DEBUG',
    info: 'INFO',
    warn: 'WARN',
    error: 'ERROR',
    fatal: 'ERROR',
    silent: 'ERROR',
  };
  return map[level] ?? 'INFO';
}

main().catch((error: unknown) => {
  // Configuration errors land here before the logger exists: print the message alone, no stack.
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
