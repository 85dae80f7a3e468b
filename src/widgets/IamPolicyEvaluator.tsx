/**
 * IAM policy evaluator island (lessons 7.1–7.3). The reader pastes policies, describes a request
 * and sees Allow, explicit Deny or implicit deny with the steps that decided it. The form changes
 * only through `editEvaluator`; validation and evaluation come from `~/lib/iam/simulator`.
 * Takes no props.
 */

import { useEffect, useId, useMemo, useReducer, useState, type Dispatch } from 'react';
import type { Decision, Evaluation, StatementTrace, StepOutcome } from '~/lib/iam/evaluate';
import { POLICY_LABELS, describeLocation, type PolicyKind, type PolicyProblem } from '~/lib/iam/policy';
import {
  DEFAULT_EVALUATOR_FORM,
  EVALUATOR_EXAMPLES,
  MAX_CONTEXT_ROWS,
  POLICY_KINDS,
  editEvaluator,
  runEvaluator,
  type EvaluatorEdit,
  type EvaluatorField,
  type EvaluatorForm,
  type EvaluatorOutcome,
} from '~/lib/iam/simulator';
import { ErrorSummary } from './parts/ErrorSummary';
import { Field, SelectField, TextField } from './parts/Field';
import './widgets.css';
import './IamPolicyEvaluator.css';

const POLICY_HINTS: Record<PolicyKind, string> = {
  identity: 'Attached to the user or role making the request. Leave empty if it has none.',
  resource: 'Optional: attached to the resource, e.g. an S3 bucket policy. Needs a Principal.',
  boundary: 'Optional: the most the identity-based policies may grant.',
  scp: 'Optional: an AWS Organizations SCP of the principal\u2019s account.',
};

const DECISION_TEXT: Record<Decision, string> = {
  allow: 'Allowed',
  'explicit-deny': 'Denied: explicit deny',
  'implicit-deny': 'Denied: implicit deny',
};

const OUTCOME_TEXT: Record<StepOutcome, string> = {
  continue: 'Passes',
  allow: 'Allow',
  'explicit-deny': 'Explicit deny',
  'implicit-deny': 'Implicit deny',
  'not-applicable': 'Not used',
};

const EVALUATION_LOGIC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';

/** A DOM id for a field key such as `context.c1.key`. */
function domId(uid: string, field: string): string {
  return `${uid}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function StatementTable(props: { readonly kind: PolicyKind; readonly traces: readonly StatementTrace[] }) {
  return (
    <div className="iam-table-scroll" tabIndex={0} role="group" aria-label={`${POLICY_LABELS[props.kind]} statements`}>
      <table className="iam-table">
        <caption>{POLICY_LABELS[props.kind]}</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Effect</th>
            <th scope="col">Applies?</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {props.traces.map((trace) => (
            <tr key={trace.number} className={trace.applies ? 'iam-table__applies' : undefined}>
              <th scope="row">
                {trace.number}
                {trace.sid ? ` (${trace.sid})` : ''}
              </th>
              <td>{trace.effect}</td>
              <td>{trace.applies ? 'Yes' : 'No'}</td>
              <td>
                <ul className="iam-reasons">
                  {trace.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EvaluationView(props: { readonly evaluation: Evaluation }) {
  const { evaluation } = props;
  const allowed = evaluation.decision === 'allow';
  return (
    <div className="widget-card">
      <p className={allowed ? 'widget-verdict widget-verdict--pass iam-decision' : 'widget-verdict widget-verdict--fail iam-decision'}>
        <span aria-hidden="true">{allowed ? '✓ ' : '✗ '}</span>
        {DECISION_TEXT[evaluation.decision]}
      </p>
      <p>{evaluation.summary}</p>
      {evaluation.crossAccount ? <p className="widget-hint">Cross-account request: the principal and the resource are in different accounts.</p> : null}
      <h4 className="widget-subtitle">How AWS decided</h4>
      <ol className="iam-steps">
        {evaluation.steps.map((step) => (
          <li key={step.id} className={`iam-step iam-step--${step.outcome}`}>
            <span className="iam-step__title">{step.title}</span> <span className={`widget-badge iam-badge--${step.outcome}`}>{OUTCOME_TEXT[step.outcome]}</span>
            <p>{step.explanation}</p>
          </li>
        ))}
      </ol>
      {evaluation.notes.map((note) => (
        <p key={note} className="widget-notice">
          {note}
        </p>
      ))}
    </div>
  );
}

function StatementDetails(props: { readonly evaluation: Evaluation }) {
  const byPolicy = POLICY_KINDS.map((kind) => ({ kind, traces: props.evaluation.statements.filter((s) => s.policy === kind) })).filter(
    (group) => group.traces.length > 0,
  );
  if (byPolicy.length === 0) return <p className="widget-hint">No policies were given, so nothing allows the request.</p>;
  return (
    <details className="iam-details">
      <summary>Statement by statement: which matched, and why the others did not</summary>
      {byPolicy.map((group) => (
        <StatementTable key={group.kind} kind={group.kind} traces={group.traces} />
      ))}
    </details>
  );
}

function Warnings(props: { readonly warnings: readonly PolicyProblem[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <div className="iam-warnings">
      <p className="widget-subtitle">Warnings</p>
      <ul>
        {props.warnings.map((warning, index) => (
          <li key={`${warning.location.policy}-${index}`}>
            {POLICY_LABELS[warning.location.policy]}, {describeLocation(warning.location)}: {warning.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ContextRows(props: {
  readonly form: EvaluatorForm;
  readonly dispatch: Dispatch<EvaluatorEdit>;
  readonly errors: ReadonlyMap<EvaluatorField, string>;
  readonly idFor: (field: string) => string;
  readonly focusLater: (field: string) => void;
}) {
  const { form, dispatch, errors, idFor, focusLater } = props;
  return (
    <fieldset className="widget-fieldset">
      <legend>Request context keys</legend>
      <p className="widget-hint">
        Condition keys of the request, e.g. aws:SourceIp, aws:MultiFactorAuthPresent, aws:PrincipalTag/team, aws:CurrentTime,
        aws:RequestedRegion. Repeat a key on several rows for a multivalued key.
      </p>
      {form.context.length === 0 ? <p className="widget-hint">No context keys: conditions on other keys see them as missing.</p> : null}
      {form.context.map((row, index) => {
        const keyField = `context.${row.id}.key` as const;
        const valueField = `context.${row.id}.value` as const;
        return (
          <div className="widget-row" key={row.id}>
            <TextField
              id={idFor(keyField)}
              label={`Context key ${index + 1}`}
              value={row.key}
              mono
              placeholder="aws:SourceIp"
              onChange={(key) => dispatch({ type: 'set-row', id: row.id, patch: { key } })}
              error={errors.get(keyField)}
            />
            <TextField
              id={idFor(valueField)}
              label={`Value ${index + 1}`}
              value={row.value}
              mono
              placeholder="203.0.113.25"
              onChange={(value) => dispatch({ type: 'set-row', id: row.id, patch: { value } })}
              error={errors.get(valueField)}
            />
            <button
              type="button"
              className="widget-button widget-button--quiet"
              aria-label={`Remove context key ${index + 1}`}
              onClick={() => {
                dispatch({ type: 'remove-row', id: row.id });
                focusLater('add-row');
              }}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        id={idFor('add-row')}
        type="button"
        className="widget-button"
        disabled={form.context.length >= MAX_CONTEXT_ROWS}
        onClick={() => {
          const ids = form.context.map((r) => Number(/^c(\d+)$/.exec(r.id)?.[1] ?? 0));
          dispatch({ type: 'add-row' });
          focusLater(`context.c${Math.max(0, ...ids) + 1}.key`);
        }}
      >
        Add a context key
      </button>
    </fieldset>
  );
}

function Output(props: { readonly outcome: EvaluatorOutcome; readonly idFor: (field: string) => string }) {
  const { outcome, idFor } = props;
  return (
    <section className="widget-output-section" aria-labelledby={idFor('result-title')}>
      <h4 className="widget-subtitle" id={idFor('result-title')}>
        Decision
      </h4>
      <div aria-live="polite">
        {outcome.ok ? (
          <EvaluationView evaluation={outcome.evaluation} />
        ) : (
          <ErrorSummary
            title={`No decision yet: fix ${outcome.problems.length === 1 ? 'this problem' : `these ${outcome.problems.length} problems`} first.`}
            items={outcome.problems.map((problem) => ({ targetId: idFor(problem.field), label: problem.label, message: problem.message }))}
          />
        )}
      </div>
      {outcome.ok ? <StatementDetails evaluation={outcome.evaluation} /> : null}
      <Warnings warnings={outcome.warnings} />
      {outcome.ok ? (
        <p className="widget-hint iam-footnote">
          Filled in from the request: {outcome.derivedKeys.map((k) => `${k.key} = ${k.value}`).join('; ')}.
        </p>
      ) : null}
    </section>
  );
}

/** Evaluates a request against identity-based, resource-based, boundary and SCP policies. */
export default function IamPolicyEvaluator() {
  const uid = useId();
  const idFor = (field: string) => domId(uid, field);
  const [form, dispatch] = useReducer(editEvaluator, DEFAULT_EVALUATOR_FORM);
  const [exampleId, setExampleId] = useState(EVALUATOR_EXAMPLES[0]?.id ?? '');
  const [loaded, setLoaded] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const outcome = useMemo(() => runEvaluator(form), [form]);
  const errors = useMemo(() => new Map<EvaluatorField, string>(outcome.ok ? [] : outcome.problems.map((p) => [p.field, p.message])), [outcome]);

  // Keyboard users keep their place when a row is added or removed.
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(domId(uid, focusTarget))?.focus();
    setFocusTarget(null);
  });

  const setText = (field: Exclude<keyof EvaluatorForm, 'context'>) => (value: string) => dispatch({ type: 'set', field, value });
  const example = EVALUATOR_EXAMPLES.find((e) => e.id === loaded);

  return (
    <section className="widget not-content" aria-labelledby={idFor('title')}>
      <h3 className="widget-title" id={idFor('title')}>
        IAM policy evaluator
      </h3>
      <div className="widget-actions iam-examples">
        <SelectField
          id={idFor('example')}
          label="Example scenario"
          value={exampleId}
          options={EVALUATOR_EXAMPLES.map((e) => ({ value: e.id, label: e.title }))}
          onChange={setExampleId}
        />
        <button
          type="button"
          className="widget-button"
          onClick={() => {
            dispatch({ type: 'load-example', exampleId });
            setLoaded(exampleId);
          }}
        >
          Load example
        </button>
      </div>
      <p className="widget-hint iam-lesson" role="status">
        {example ? `Loaded “${example.title}”. ${example.lesson}` : EVALUATOR_EXAMPLES[0]?.lesson}
      </p>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Policies (JSON)</legend>
          {POLICY_KINDS.map((kind) => (
            <Field key={kind} id={idFor(kind)} label={POLICY_LABELS[kind]} hint={POLICY_HINTS[kind]} error={errors.get(kind)} wide>
              {(control) => (
                <textarea
                  {...control}
                  className="widget-input widget-input--mono iam-policy"
                  rows={kind === 'identity' ? 14 : 8}
                  spellCheck={false}
                  autoCapitalize="off"
                  autoCorrect="off"
                  value={form[kind]}
                  placeholder={kind === 'identity' ? '{ "Version": "2012-10-17", "Statement": [ … ] }' : 'Empty: no such policy'}
                  onChange={(event) => dispatch({ type: 'set', field: kind, value: event.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Request</legend>
          <div className="widget-grid">
            <TextField
              id={idFor('principalArn')}
              label="Principal ARN"
              hint="Who makes the request: a user, role, role session or root ARN."
              value={form.principalArn}
              mono
              wide
              onChange={setText('principalArn')}
              error={errors.get('principalArn')}
            />
            <TextField
              id={idFor('action')}
              label="Action"
              hint="One action, e.g. s3:GetObject."
              value={form.action}
              mono
              onChange={setText('action')}
              error={errors.get('action')}
            />
            <TextField
              id={idFor('resourceAccount')}
              label="Account that owns the resource"
              hint="12 digits; may be left empty when the ARN includes the account."
              value={form.resourceAccount}
              mono
              inputMode="numeric"
              onChange={setText('resourceAccount')}
              error={errors.get('resourceAccount')}
            />
            <TextField
              id={idFor('resourceArn')}
              label="Resource ARN"
              value={form.resourceArn}
              mono
              wide
              onChange={setText('resourceArn')}
              error={errors.get('resourceArn')}
            />
          </div>
        </fieldset>
        <ContextRows form={form} dispatch={dispatch} errors={errors} idFor={idFor} focusLater={setFocusTarget} />
      </form>
      <Output outcome={outcome} idFor={idFor} />
      <p className="widget-hint iam-footnote">
        Follows the IAM User Guide’s <a href={EVALUATION_LOGIC}>policy evaluation logic</a>. Not simulated: resource control policies, session
        policies, VPC endpoint policies, ACLs and service-specific rules such as KMS key policies.
      </p>
    </section>
  );
}
