import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('verifies the password it hashed and no other', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password 1')).not.toBe(await hashPassword('same password 1'));
  });

  it('rejects malformed and placeholder hashes', async () => {
    await expect(verifyPassword('anything at all', 'plain')).resolves.toBe(false);
    await expect(verifyPassword('anything at all', UNKNOWN_USER_HASH)).resolves.toBe(false);
  });
});
