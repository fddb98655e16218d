import { DefaultLogger, Runtime } from '@temporalio/worker';

// The SDK's runtime logs every worker state change at INFO; tests only want warnings and errors.
try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Already installed in this process by an earlier test file.
}
