// SPDX-License-Identifier: EUPL-1.2
import { argon2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashWachtwoord, verifyWachtwoord } from './passwords.ts';

/** PHC string: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>, salt 16 and hash 32 bytes (base64url, no padding). */
const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$([A-Za-z0-9_-]{22})\$([A-Za-z0-9_-]{43})$/;

/** A PHC string made outside the module, with parameters of the test's choosing. */
function phc(
  wachtwoord: string,
  p: { memory: number; passes: number; parallelism: number; tagLength: number },
): string {
  const nonce = randomBytes(16);
  const key = argon2Sync('argon2id', { message: wachtwoord, nonce, ...p });
  return `$argon2id$v=19$m=${p.memory},t=${p.passes},p=${p.parallelism}$${nonce.toString('base64url')}$${key.toString('base64url')}`;
}

describe('password hashing (Argon2id)', () => {
  it('stores a PHC argon2id string with the configured parameters (19 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte hash)', async () => {
    const hash = await hashWachtwoord('correct paard batterij niet');
    const match = PHC.exec(hash);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1]!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(match![2]!, 'base64url')).toHaveLength(32);
    expect(DUMMY_HASH).toMatch(PHC);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashWachtwoord('Zomer-in-Alkmaar-2024');
    expect(await verifyWachtwoord('Zomer-in-Alkmaar-2024', hash)).toBe(true);
    expect(await verifyWachtwoord('zomer-in-alkmaar-2024', hash)).toBe(false);
    expect(await verifyWachtwoord('Zomer-in-Alkmaar-2024 ', hash)).toBe(false);
    expect(await verifyWachtwoord('', hash)).toBe(false);
  });

  it('hashes non-ASCII passwords as given', async () => {
    const hash = await hashWachtwoord('ijsvogel-één-ß-🔑');
    expect(await verifyWachtwoord('ijsvogel-één-ß-🔑', hash)).toBe(true);
    expect(await verifyWachtwoord('ijsvogel-een-ß-🔑', hash)).toBe(false);
  });

  it('salts: two hashes of one password differ, and both verify', async () => {
    const [a, b] = await Promise.all([hashWachtwoord('hetzelfde'), hashWachtwoord('hetzelfde')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyWachtwoord('hetzelfde', a)).toBe(true);
    expect(await verifyWachtwoord('hetzelfde', b)).toBe(true);
  });

  it('matches no password against the dummy hash used for unknown accounts', async () => {
    expect(await verifyWachtwoord('', DUMMY_HASH)).toBe(false);
    expect(await verifyWachtwoord('wachtwoord', DUMMY_HASH)).toBe(false);
  });

  it('refuses a malformed hash without throwing', async () => {
    const good = await hashWachtwoord('geheim');
    const [, , , , salt, key] = good.split('$');
    const malformed = [
      '',
      'geheim',
      '$2b$12$abcdefghijklmnopqrstuuZBGqGjRZ0.7mVt2x0nPQb1Xk4PVqeS6', // bcrypt
      good.replace('$argon2id$', '$argon2i$'),
      good.replace('$v=19$', '$v=16$'),
      good.replace('m=19456,t=2,p=1', 't=2,m=19456,p=1'),
      good.replace('m=19456', 'm=-1'),
      `$argon2id$v=19$m=19456,t=2,p=1$${salt}`, // no hash part
      `$argon2id$v=19$m=19456,t=2,p=1$${salt}$${key}$extra`,
      `$argon2id$v=19$m=19456,t=2,p=1$${salt}$${key}\n`,
      good.slice(0, -1) + '=', // padding is not part of the format
      good.replace(/-/g, '+').replace(/_/g, '/') + (/[-_]/.test(good) ? '' : '+'), // standard base64 alphabet
    ];
    for (const hash of malformed)
      await expect(verifyWachtwoord('geheim', hash), JSON.stringify(hash)).resolves.toBe(false);
  });

  // Parameters the format allows but Argon2 does not (m < 8, t or p = 0, a salt under 8 bytes, a
  // hash under 4 bytes) make crypto.argon2 throw; a stored string like that matches no password.
  const sample = phc('geheim', { memory: 8, passes: 1, parallelism: 1, tagLength: 32 });
  const [, , , , sampleSalt, sampleKey] = sample.split('$');
  const outOfRange: [string, string][] = [
    ['m=0', sample.replace('m=8,', 'm=0,')],
    ['t=0', sample.replace('t=1,', 't=0,')],
    ['p=0', sample.replace('p=1$', 'p=0$')],
    ['a 3-byte salt', `$argon2id$v=19$m=8,t=1,p=1$AAAA$${sampleKey}`],
    ['a 1-byte hash', `$argon2id$v=19$m=8,t=1,p=1$${sampleSalt}$AA`],
  ];
  it('(the out-of-range cases below are well-formed as far as the format goes)', async () => {
    expect(await verifyWachtwoord('geheim', sample)).toBe(true);
    for (const [name, hash] of outOfRange) {
      expect(hash, name).not.toBe(sample);
      expect(hash, name).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[\w-]+\$[\w-]+$/);
    }
  });
  for (const [name, hash] of outOfRange) {
    it(`refuses a hash with ${name} without throwing`, async () => {
      await expect(verifyWachtwoord('geheim', hash)).resolves.toBe(false);
    });
  }

  it('honours the parameters in the stored string: hashes made with other m, t, p and length verify', async () => {
    const others = [
      { memory: 8192, passes: 3, parallelism: 1, tagLength: 32 },
      { memory: 12288, passes: 1, parallelism: 2, tagLength: 32 },
      { memory: 8, passes: 1, parallelism: 1, tagLength: 16 },
    ];
    for (const p of others) {
      const hash = phc('oud wachtwoord', p);
      expect(hash, JSON.stringify(p)).toContain(`$m=${p.memory},t=${p.passes},p=${p.parallelism}$`);
      expect(await verifyWachtwoord('oud wachtwoord', hash), JSON.stringify(p)).toBe(true);
      expect(await verifyWachtwoord('nieuw wachtwoord', hash), JSON.stringify(p)).toBe(false);
    }
  });

  it('binds the parameters: the same salt and hash under other parameters do not verify', async () => {
    const hash = await hashWachtwoord('geheim');
    expect(await verifyWachtwoord('geheim', hash.replace('t=2', 't=3'))).toBe(false);
    expect(await verifyWachtwoord('geheim', hash.replace('m=19456', 'm=19457'))).toBe(false);
  });
});
