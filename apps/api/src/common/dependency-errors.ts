import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ErrorCode } from '@csf/domain';
import { pgErrorCode } from '@csf/persistence';
import { AppError } from './app-error';

/** What a client is told to wait before retrying when PostgreSQL or Temporal is away. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATE classes and codes that say the database is away, overloaded or cut the statement short (08 connection,
 * 53 insufficient resources, 57P0x shutdown/starting, 57014 statement_timeout, 25P03 idle-in-transaction timeout).
 */
const PG_UNAVAILABLE_CLASSES = ['08', '53'];
const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '57P05', '57014', '25P03']);

/** Socket errors of a dependency that does not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres and pg-pool report a hung or vanished server with plain errors that carry no code; their messages
 * are the only signal (fixed strings in those libraries, not server text).
 */
const PG_CLIENT_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
];

/** gRPC statuses of a Temporal frontend that is away, overloaded or did not answer before the deadline. */
const GRPC_UNAVAILABLE = new Set([
  1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 14 /* UNAVAILABLE */,
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    const e = current as { driverError?: unknown; cause?: unknown };
    current = e.driverError ?? e.cause;
  }
  return chain;
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === ErrorCode.SERVICE_UNAVAILABLE;
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  if (isGrpcServiceError(error)) return GRPC_UNAVAILABLE.has(error.code);
  const code = pgErrorCode(error);
  if (code && (PG_UNAVAILABLE_CODES.has(code) || PG_UNAVAILABLE_CLASSES.includes(code.slice(0, 2)))) return true;
  if (code && NETWORK_CODES.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && PG_CLIENT_MESSAGES.includes(message);
}

/** True when an error means PostgreSQL or Temporal is down, hung or overloaded: worth a 503 and a retry. */
export function isDependencyFailure(error: unknown): boolean {
  return causes(error).some(isUnavailable);
}

/** The 503 a caller gets for a dependency failure, keeping the original as `cause` for the log. */
export function serviceUnavailable(cause?: unknown): AppError {
  return Object.assign(AppError.retryLater(ErrorCode.SERVICE_UNAVAILABLE, DEPENDENCY_RETRY_AFTER_SECONDS), { cause });
}
