// SPDX-License-Identifier: EUPL-1.2
// Password hashing with Argon2id (Node's built-in crypto.argon2), at OWASP's recommended minimum
// (19 MiB, 2 passes, 1 lane), stored as a PHC string so the parameters can be raised later.
import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

const PARAMS = { memory: 19456, passes: 2, parallelism: 1, tagLength: 32 } as const;

const derive = (
  wachtwoord: string,
  nonce: Buffer,
  p: { memory: number; passes: number; parallelism: number; tagLength: number },
) =>
  new Promise<Buffer>((resolve, reject) =>
    argon2('argon2id', { message: wachtwoord, nonce, ...p }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );

export async function hashWachtwoord(wachtwoord: string): Promise<string> {
  const nonce = randomBytes(16);
  const key = await derive(wachtwoord, nonce, PARAMS);
  return `$argon2id$v=19$m=${PARAMS.memory},t=${PARAMS.passes},p=${PARAMS.parallelism}$${nonce.toString('base64url')}$${key.toString('base64url')}`;
}

/** A hash nobody's password matches, to verify against when the account does not exist (same timing). */
export const DUMMY_HASH = await hashWachtwoord(randomBytes(32).toString('hex'));

export async function verifyWachtwoord(wachtwoord: string, hash: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(hash);
  if (!match) return false;
  const [, m, t, p, nonce, expected] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const want = Buffer.from(expected, 'base64url');
  // A stored string must not make one sign-in cost more than a strong hash would (1 GiB, 10 passes).
  if (Number(m) > 1024 * 1024 || Number(t) > 10 || Number(p) > 16) return false;
  try {
    const key = await derive(wachtwoord, Buffer.from(nonce, 'base64url'), {
      memory: Number(m),
      passes: Number(t),
      parallelism: Number(p),
      tagLength: want.length,
    });
    return timingSafeEqual(key, want);
  } catch {
    // Parameters Argon2 refuses (too little memory, no passes, a short salt): no password matches.
    return false;
  }
}
