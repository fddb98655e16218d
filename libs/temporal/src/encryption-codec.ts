import {
  type DataConverter,
  METADATA_ENCODING_KEY,
  type Payload,
  type PayloadCodec,
  ValueError,
} from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Keyring } from '@csf/config';

/** Temporal's conventional names (samples in every SDK, codec servers), so standard tooling recognises them. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const METADATA_ENCRYPTION_KEY_ID = 'encryption-key-id';

const utf8 = new TextEncoder();
const text = new TextDecoder();

/**
 * Encrypts every payload (workflow and activity inputs and results, update arguments, queries, failure details)
 * with AES-256-GCM before it leaves the process, so Temporal's history and UI hold no names, reasons or
 * payout accounts in clear. The whole payload (metadata and data) is encrypted; the key id travels in clear
 * metadata so any configured key opens it. Payloads that are not encrypted (histories recorded before this
 * codec) pass through unchanged. Search attributes are not payloads: they carry no personal data.
 */
export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const { keyId, sealed } = this.keyring.seal(temporal.api.common.v1.Payload.encode(payload).finish());
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: utf8.encode(ENCRYPTED_ENCODING),
          [METADATA_ENCRYPTION_KEY_ID]: utf8.encode(keyId),
        },
        data: sealed,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || text.decode(encoding) !== ENCRYPTED_ENCODING) return payload;
      const keyId = payload.metadata?.[METADATA_ENCRYPTION_KEY_ID];
      if (!keyId) throw new ValueError('encrypted payload without an encryption key id');
      if (!payload.data) throw new ValueError('encrypted payload without data');
      // A wrong or missing key throws (DecryptionError): the workflow task fails loudly rather than see garbage.
      return temporal.api.common.v1.Payload.decode(this.keyring.open(text.decode(keyId), payload.data));
    });
  }
}

/** The data converter the API's client, the worker and the tests' clients share. */
export function encryptedDataConverter(keyring: Keyring): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keyring)] };
}
