import { format } from '@cdktn/hcl-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainTfForForm } from '~/lib/terraform/backup-plan-hcl';
import { expectedHclJson, parseHcl } from './hcl-json';
import { brokenForm, validForm } from './plan-arbitraries';
import { schemaProblems } from './provider-schema';

// hcl2json and hcl-tools are Go compiled to WebAssembly: each module loads once per test file, then
// a generated main.tf takes about 15 ms to parse and 5 ms to format. These counts keep every property
// within a few seconds; PROPERTY_RUNS_SCALE=10 runs a deeper search (e.g. before a release).
const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE) || 1);
const ROUND_TRIP_RUNS = 250 * SCALE;
const FORMAT_RUNS = 600 * SCALE;
const SCHEMA_RUNS = 1000 * SCALE;
const INVALID_RUNS = 2000 * SCALE;
const TIMEOUT = { timeout: 30_000 * SCALE };

const ASSUME_ROLE = expect.stringContaining('Service = "backup.amazonaws.com"');

function render(form: Parameters<typeof mainTfForForm>[0]) {
  const result = mainTfForForm(form);
  if (!result.ok) throw new Error(`generated form is invalid: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('property: any valid form', () => {
  it('renders HCL that HashiCorp parses back to exactly the values in the form', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const { plan, text } = render(form);
        // The plan carries the form's text unchanged apart from NFC normalisation, which HCL applies too.
        expect(plan.selection.conditions.map((c) => c.value)).toEqual(form.selection.conditions.map((c) => c.value.normalize('NFC')));
        expect(plan.rules.flatMap((r) => r.recoveryPointTags)).toEqual(
          form.rules.flatMap((r) => r.recoveryPointTags.map((t) => ({ key: t.key.normalize('NFC'), value: t.value.normalize('NFC') }))),
        );
        expect(await parseHcl(text)).toEqual(expectedHclJson(plan, ASSUME_ROLE));
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('renders text that terraform fmt leaves unchanged', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const { text } = render(form);
        expect(await format(text)).toBe(text);
      }),
      { numRuns: FORMAT_RUNS },
    );
  });

  it('only uses resource types, arguments and blocks of the AWS provider v6 schema', TIMEOUT, () => {
    fc.assert(
      fc.property(validForm, (form) => {
        expect(schemaProblems(render(form).plan)).toEqual([]);
      }),
      { numRuns: SCHEMA_RUNS },
    );
  });
});

describe('property: a form with one broken field', () => {
  it('reports an error at that field and produces no HCL', TIMEOUT, () => {
    fc.assert(
      fc.property(brokenForm, ({ description, field, form }) => {
        const result = mainTfForForm(form);
        expect(result.ok, description).toBe(false);
        if (result.ok) return;
        expect('text' in result).toBe(false);
        expect(result.errors.map((error) => error.field), description).toContain(field);
        for (const error of result.errors) expect(error.message, description).toMatch(/\S/);
      }),
      { numRuns: INVALID_RUNS },
    );
  });
});
