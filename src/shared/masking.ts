/** `13812345678` → `138****5678`; landlines keep area code and last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 4) return '*'.repeat(phone.length);
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const keep = phone.includes('-') ? phone.indexOf('-') + 1 : Math.min(4, phone.length - 4);
  return phone.slice(0, keep) + '*'.repeat(Math.max(0, phone.length - keep - 4)) + phone.slice(-4);
}

/** `150627199001011234` → `150627********1234` (region kept, birth date hidden). */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** A person's name: `张三丰` → `张**` (family name kept). */
export function maskName(name: string): string {
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
