import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM as Temporal's encryption samples lay it out: 12-byte nonce, ciphertext, 16-byte tag. */
const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Thrown when a ciphertext cannot be opened: unknown key id, wrong key or tampered bytes. Never swallowed. */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

/**
 * The encryption keys from configuration, newest first: new ciphertexts use the first, any of them opens an old
 * one (the key id travels with every ciphertext), so a key can be rotated without a flag day.
 */
export class Keyring {
  private readonly byId: Map<string, Buffer>;

  constructor(readonly keys: readonly EncryptionKey[]) {
    if (!keys.length) throw new Error('a keyring needs at least one key');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  /** `id:base64,id:base64` (newest first); each key exactly 32 bytes, ids unique. Throws naming the problem. */
  static parse(text: string): Keyring {
    const entries = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!entries.length)
      throw new Error('no key given (expected id:base64-of-32-bytes, newest first, comma separated)');
    const keys = entries.map((entry, i) => {
      const at = entry.indexOf(':');
      const id = at > 0 ? entry.slice(0, at) : '';
      if (!KEY_ID.test(id)) throw new Error(`key ${i + 1} needs an id (letters, digits, . _ -) before a colon`);
      const b64 = entry.slice(at + 1);
      const key = Buffer.from(b64, 'base64');
      if (key.length !== KEY_BYTES || key.toString('base64').replace(/=+$/, '') !== b64.replace(/=+$/, '')) {
        throw new Error(`key ${id} must be ${KEY_BYTES} bytes in base64 (e.g. openssl rand -base64 32)`);
      }
      return { id, key };
    });
    const ids = new Set(keys.map((k) => k.id));
    if (ids.size !== keys.length) throw new Error('key ids must be unique');
    return new Keyring(keys);
  }

  /** A fresh `id:base64` entry, for `npm start` and the rotation command. */
  static generateEntry(id: string): string {
    return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
  }

  get current(): EncryptionKey {
    return this.keys[0];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Encrypts with the current key; `aad` binds the ciphertext to its context (it must be given again to open it). */
  seal(plaintext: Uint8Array, aad?: Uint8Array): { keyId: string; sealed: Buffer } {
    const { id, key } = this.current;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
    if (aad) cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { keyId: id, sealed: Buffer.concat([nonce, body, cipher.getAuthTag()]) };
  }

  open(keyId: string, sealed: Uint8Array, aad?: Uint8Array): Buffer {
    const key = this.byId.get(keyId);
    if (!key) throw new DecryptionError(`no encryption key with id "${keyId}" is configured`);
    if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError('ciphertext too short');
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new DecryptionError(`ciphertext does not authenticate with key "${keyId}" (wrong key or altered data)`);
    }
  }
}
