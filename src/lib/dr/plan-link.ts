/**
 * Share links for the backup plan builder: the whole form travels in the URL hash as
 * `#plan=<base64url of the form's JSON>`, so nothing is stored on a server and a link keeps working
 * as long as the form shape (FORM_VERSION) does.
 *
 * A hash comes from anywhere (a truncated paste, an old link, a hand-edited URL), so decoding checks
 * every step: base64url, UTF-8, JSON, then the exact form shape below, with sizes capped. Anything
 * wrong gives a "broken" result with a sentence for the reader, never an exception. The decoded
 * form then goes through the normal validation, like anything typed.
 */

// zod/mini: the same checks as zod with a much smaller bundle for this lazily loaded island.
import * as z from 'zod/mini';
import { FORM_VERSION, LIMITS, WEEKDAYS, type BackupPlanForm } from './backup-plan';

const HASH_PREFIX = '#plan=';
const MAX_HASH_LENGTH = 60_000;

const text = (max = 1_000) => z.string().check(z.maxLength(max));
const id = z.string().check(z.regex(/^[a-z]\d{1,6}$/));

const keyValue = z.strictObject({ id, key: text(), value: text() });

const rule = z.strictObject({
  id,
  name: text(),
  frequency: z.enum(['hourly', 'daily', 'weekly', 'monthly', 'custom']),
  minute: text(),
  time: text(),
  weekday: z.enum(WEEKDAYS),
  monthDay: text(),
  cron: text(),
  timezone: text(),
  startWindow: text(),
  completionWindow: text(),
  deleteAfter: text(),
  coldStorage: z.boolean(),
  coldStorageAfter: text(),
  continuous: z.boolean(),
  recoveryPointTags: z.array(keyValue).check(z.maxLength(LIMITS.tagsPerRule)),
  copy: z.boolean(),
  copyDeleteAfter: text(),
});

const formSchema = z
  .strictObject({
    version: z.literal(FORM_VERSION),
    region: text(),
    planName: text(),
    vaultName: text(),
    kmsKeyArn: text(),
    lock: z.strictObject({
      enabled: z.boolean(),
      mode: z.enum(['governance', 'compliance']),
      minRetentionDays: text(),
      maxRetentionDays: text(),
      changeableForDays: text(),
    }),
    copyRegion: text(),
    copyVaultName: text(),
    rules: z.array(rule).check(z.minLength(1), z.maxLength(LIMITS.rules)),
    selection: z.strictObject({
      name: text(),
      conditions: z
        .array(z.extend(keyValue, { operator: z.enum(['equals', 'like', 'notEquals', 'notLike']) }))
        .check(z.maxLength(LIMITS.conditions)),
      resources: text(20_000),
      notResources: text(20_000),
    }),
  })
  .check(
    z.refine((form) => {
      const ids = [
        ...form.rules.map((r) => r.id),
        ...form.rules.flatMap((r) => r.recoveryPointTags.map((t) => t.id)),
        ...form.selection.conditions.map((c) => c.id),
      ];
      return new Set(ids).size === ids.length;
    }, 'Row ids must be unique.'),
  );

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The hash (including `#plan=`) that restores `form`. */
export function planToHash(form: BackupPlanForm): string {
  return HASH_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(form)));
}

/** What a URL hash holds: no plan, a plan, or a plan link that cannot be used (with the reason). */
export type HashPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'plan'; readonly form: BackupPlanForm }
  | { readonly kind: 'broken'; readonly message: string };

const BROKEN =
  'This shared link could not be opened (it may be cut off, edited, or from an older version of this page), so the example plan is shown instead.';

/** Reads a plan from a URL hash such as `location.hash`. */
export function planFromHash(hash: string): HashPlan {
  if (!hash.startsWith(HASH_PREFIX)) return { kind: 'none' };
  const encoded = hash.slice(HASH_PREFIX.length);
  if (encoded.length === 0 || encoded.length > MAX_HASH_LENGTH) return { kind: 'broken', message: BROKEN };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { kind: 'broken', message: BROKEN };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { kind: 'broken', message: BROKEN };
  }
  const parsed = formSchema.safeParse(json);
  if (!parsed.success) return { kind: 'broken', message: BROKEN };
  return { kind: 'plan', form: parsed.data };
}
