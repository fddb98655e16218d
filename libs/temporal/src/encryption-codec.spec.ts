import { defaultPayloadConverter } from '@temporalio/common';
import { randomBytes } from 'node:crypto';
import { DecryptionError, Keyring } from '@csf/config';
import { EncryptionCodec } from './encryption-codec';

const keys = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const text = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString();

describe(EncryptionCodec.name, () => {
  const k1 = keys('k1');
  const sut = new EncryptionCodec(Keyring.parse(k1));
  const payload = defaultPayloadConverter.toPayload({ msisdn: '+224620000567', name: 'Association des femmes' });

  it('encrypts the whole payload with the conventional metadata and decodes it back', async () => {
    const [encoded] = await sut.encode([payload]);
    expect(text(encoded.metadata!.encoding)).toBe('binary/encrypted');
    expect(text(encoded.metadata!['encryption-key-id'])).toBe('k1');
    expect(Buffer.from(encoded.data!).includes('620000567')).toBe(false);
    expect(Object.keys(encoded.metadata!).sort()).toEqual(['encoding', 'encryption-key-id']);
    const [decoded] = await sut.decode([encoded]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual({
      msisdn: '+224620000567',
      name: 'Association des femmes',
    });
  });

  it('passes through payloads written before encryption (old histories keep replaying)', async () => {
    const [decoded] = await sut.decode([payload]);
    expect(decoded).toBe(payload);
  });

  it('decodes after a rotation with the old key still listed, and fails loudly once it is gone', async () => {
    const [old] = await sut.encode([payload]);
    const rotated = new EncryptionCodec(Keyring.parse(`${keys('k2')},${k1}`));
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([old]))[0])).toMatchObject({
      msisdn: '+224620000567',
    });
    const forgotten = new EncryptionCodec(Keyring.parse(keys('k2')));
    await expect(forgotten.decode([old])).rejects.toThrow(DecryptionError);
    const wrongBytes = new EncryptionCodec(Keyring.parse(keys('k1')));
    await expect(wrongBytes.decode([old])).rejects.toThrow(DecryptionError);
  });
});
