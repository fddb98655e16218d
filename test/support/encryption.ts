import { Client } from '@temporalio/client';
import { Keyring } from '@csf/config';
import { encryptedDataConverter } from '@csf/temporal';

/**
 * The tests' PAYOUT_ENCRYPTION_KEYS: fixed (not random per run) so that histories saved by the e2e tests
 * (UPDATE_WORKFLOW_HISTORIES=1) can be decrypted by the replay test later. A test key, never a real one.
 */
export const TEST_PAYOUT_ENCRYPTION_KEYS = `test-k1:${Buffer.from('csf-test-only-payout-key-0001!!!').toString('base64')}`;

export const testKeyring = () => Keyring.parse(TEST_PAYOUT_ENCRYPTION_KEYS);

/** A client that reads and writes the app's workflows as the API does (same codec, same keys). */
export function testTemporalClient(connection: Client['connection'], keys = TEST_PAYOUT_ENCRYPTION_KEYS): Client {
  return new Client({ connection, namespace: 'default', dataConverter: encryptedDataConverter(Keyring.parse(keys)) });
}
