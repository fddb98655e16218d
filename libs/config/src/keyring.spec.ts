import { randomBytes } from 'node:crypto';
import { DecryptionError, Keyring } from './keyring';

const entry = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe(Keyring.name, () => {
  it('seals with the first key and opens with any configured key', () => {
    const [k1, k2] = [entry('k1'), entry('k2')];
    const old = Keyring.parse(k1);
    const { keyId, sealed } = old.seal(Buffer.from('+224620000567'), Buffer.from('ctx'));
    expect(keyId).toBe('k1');
    expect(sealed.includes(Buffer.from('620000567'))).toBe(false);

    const sut = Keyring.parse(`${k2},${k1}`);
    expect(sut.current.id).toBe('k2');
    expect(sut.open(keyId, sealed, Buffer.from('ctx')).toString()).toBe('+224620000567');
    expect(sut.seal(Buffer.from('x')).keyId).toBe('k2');
  });

  it('fails loudly, never silently, on a wrong key, an unknown key id, another context or altered bytes', () => {
    const sut = Keyring.parse(entry('k1'));
    const { sealed } = sut.seal(Buffer.from('secret'), Buffer.from('grant-a'));
    const sameIdOtherBytes = Keyring.parse(entry('k1'));
    expect(() => sameIdOtherBytes.open('k1', sealed, Buffer.from('grant-a'))).toThrow(DecryptionError);
    expect(() => sut.open('k9', sealed, Buffer.from('grant-a'))).toThrow(/no encryption key with id "k9"/);
    expect(() => sut.open('k1', sealed, Buffer.from('grant-b'))).toThrow(DecryptionError);
    const altered = Buffer.from(sealed);
    altered[14] ^= 1;
    expect(() => sut.open('k1', altered, Buffer.from('grant-a'))).toThrow(DecryptionError);
  });

  it('refuses malformed configuration with a message naming the problem', () => {
    expect(() => Keyring.parse('')).toThrow(/no key given/);
    expect(() => Keyring.parse(randomBytes(32).toString('base64'))).toThrow(/needs an id/);
    expect(() => Keyring.parse(`k1:${randomBytes(16).toString('base64')}`)).toThrow(/must be 32 bytes/);
    expect(() => Keyring.parse(`${entry('k1')},${entry('k1')}`)).toThrow(/unique/);
  });
});
