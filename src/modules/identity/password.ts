import argon2 from 'argon2';

// OWASP's argon2id minimum (19 MiB, 2 passes): strong enough, and ~30 ms on this machine kind.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Verifies; with no stored hash it still spends the same time, so unknown usernames are not revealed. */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (hash === undefined) {
    dummyHash ??= hashPassword('not-a-real-password');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}

/** Problems with a new password, in Chinese; empty when acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('密码至少10位');
  if (password.length > 128) problems.push('密码不能超过128位');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) problems.push('密码须包含字母、数字、符号中的至少两类');
  if (password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含登录名');
  return problems;
}
