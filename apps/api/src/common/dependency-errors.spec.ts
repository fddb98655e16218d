import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@csf/domain';
import { AppError } from './app-error';
import { isDependencyFailure, serviceUnavailable } from './dependency-errors';

const pgError = (code: string) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error('server said no'), { code }));
const grpcError = (code: number) => Object.assign(new Error('grpc'), { code, details: 'x', metadata: {} });

describe(isDependencyFailure.name, () => {
  it.each([
    ['statement_timeout (57014)', pgError('57014')],
    ['server shutting down (57P01)', pgError('57P01')],
    ['connection failure (08006)', pgError('08006')],
    ['too many connections (53300)', pgError('53300')],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['hung server (client read timeout)', new QueryFailedError('SELECT 1', [], new Error('Query read timeout'))],
    ['Temporal deadline on an Update', new WorkflowUpdateRPCTimeoutOrCancelledError('timeout')],
    ['Temporal unavailable, wrapped', new ServiceError('Failed to connect', { cause: grpcError(14) })],
    ['Temporal deadline exceeded', grpcError(4)],
    ['a 503 already', new AppError(ErrorCode.SERVICE_UNAVAILABLE)],
  ])('is true for %s', (_name, error) => {
    expect(isDependencyFailure(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', pgError('23505')],
    ['a check violation (23514)', pgError('23514')],
    ['Temporal NOT_FOUND', grpcError(5)],
    ['a refusal by the rules', new AppError(ErrorCode.INVALID_STATE)],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'trim')")],
    ['not an error at all', 'oops'],
  ])('is false for %s', (_name, error) => {
    expect(isDependencyFailure(error)).toBe(false);
  });

  it('becomes a 503 with Retry-After, keeping the cause for the log', () => {
    const cause = pgError('57014');
    const sut = serviceUnavailable(cause);
    expect({
      status: sut.status,
      code: sut.code,
      retryAfter: sut.retryAfter,
      cause: (sut as { cause?: unknown }).cause,
    }).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: 5,
      cause,
    });
  });
});
