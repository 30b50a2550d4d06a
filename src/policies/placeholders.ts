/** The placeholders an organization policy's message may use (SPEC §3.9). No imports: the compiler bundle stays small. */
export const PLACEHOLDERS = ['partner', 'tenant', 'level'] as const;

/** The placeholders a message uses that are not known (`{owner}`), in order; empty when all are known. */
export function unknownPlaceholders(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/\{([^{}]*)\}/g)) if (!(PLACEHOLDERS as readonly string[]).includes(m[1])) out.push(m[1]);
  return out;
}
