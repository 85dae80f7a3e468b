/**
 * AWS Backup plan builder island (lesson 26.4). The form state is the pure `BackupPlanForm` model,
 * changed only through `editPlan`; validation and Terraform rendering come from
 * `~/lib/dr/backup-plan` and `~/lib/terraform/backup-plan-hcl`. A `#plan=…` URL hash restores a
 * shared plan after hydration (never during server rendering). Takes no props.
 */

import { useEffect, useId, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { formatDuration } from '~/lib/dr/duration';
import {
  DEFAULT_BACKUP_PLAN_FORM,
  LIMITS,
  TAG_OPERATORS,
  WEEKDAYS,
  errorsByField,
  fieldDomId,
  fieldKeys,
  ruleRpo,
  type BackupPlanForm,
  type Frequency,
  type RuleForm,
  type TagConditionForm,
  type Weekday,
} from '~/lib/dr/backup-plan';
import { editPlan, type PlanEdit } from '~/lib/dr/backup-plan-edits';
import { nextId } from '~/lib/form/row-ids';
import { planFromHash, planToHash } from '~/lib/dr/plan-link';
import { mainTfForForm, type MainTfResult } from '~/lib/terraform/backup-plan-hcl';
import { CopyButton, DownloadButton } from './parts/CodeActions';
import { ErrorSummary } from './parts/ErrorSummary';
import { CheckboxField, Field, SelectField, TextField } from './parts/Field';
import './widgets.css';

const FREQUENCIES: readonly { readonly value: Frequency; readonly label: string }[] = [
  { value: 'hourly', label: 'Hourly' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'custom', label: 'Custom cron expression' },
];
const WEEKDAY_OPTIONS = WEEKDAYS.map((day) => ({ value: day, label: day }));
const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-central-1', 'eu-north-1', 'eu-south-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1',
  'ap-southeast-2', 'me-south-1', 'af-south-1',
];
const TIMEZONES = [
  'Etc/UTC', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'America/New_York', 'America/Chicago',
  'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney',
];

/** Everything a section needs: the dispatcher, errors by field key and DOM ids for field keys. */
interface SectionProps {
  readonly form: BackupPlanForm;
  readonly dispatch: Dispatch<PlanEdit>;
  readonly errors: ReadonlyMap<string, string>;
  readonly idFor: (field: string) => string;
  readonly focusLater: (field: string) => void;
}

function RpoLine(props: { readonly rule: RuleForm }) {
  const rpo = ruleRpo(props.rule);
  if (!rpo.ok) return <output className="widget-rpo">{rpo.message}</output>;
  const { scheduled, worstWithLateStartMinutes, continuous } = rpo;
  const start = Number(props.rule.startWindow);
  return (
    <output className="widget-rpo">
      <strong>RPO of this rule:</strong> worst case {formatDuration(scheduled.worstMinutes)}
      {worstWithLateStartMinutes !== null ? ` (${formatDuration(worstWithLateStartMinutes)} if a job starts at the end of its ${start}-minute start window)` : ''},{' '}
      {formatDuration(scheduled.averageMinutes)} on average.
      {continuous
        ? ` With continuous backup, resources that support it (RDS, Aurora, S3, SAP HANA on EC2) can be restored to any point in the retention period, losing about ${formatDuration(continuous.worstMinutes)}; the others rely on the schedule.`
        : ''}
    </output>
  );
}

function ScheduleFields(props: SectionProps & { readonly rule: RuleForm }) {
  const { rule, dispatch, errors, idFor } = props;
  const key = (field: Parameters<typeof fieldKeys.rule>[1]) => fieldKeys.rule(rule.id, field);
  const set = (patch: Partial<RuleForm>) => dispatch({ type: 'set-rule', ruleId: rule.id, patch });
  return (
    <>
      <SelectField id={idFor(key('frequency'))} label="Schedule" value={rule.frequency} options={FREQUENCIES} onChange={(frequency) => set({ frequency })} />
      {rule.frequency === 'hourly' ? (
        <TextField id={idFor(key('minute'))} label="Minute past each hour (0–59)" value={rule.minute} inputMode="numeric" onChange={(minute) => set({ minute })} error={errors.get(key('minute'))} />
      ) : null}
      {rule.frequency === 'daily' || rule.frequency === 'weekly' || rule.frequency === 'monthly' ? (
        <TextField id={idFor(key('time'))} label="Start time (HH:MM, 24-hour)" value={rule.time} onChange={(time) => set({ time })} error={errors.get(key('time'))} />
      ) : null}
      {rule.frequency === 'weekly' ? (
        <SelectField<Weekday> id={idFor(key('weekday'))} label="Day of the week" value={rule.weekday} options={WEEKDAY_OPTIONS} onChange={(weekday) => set({ weekday })} />
      ) : null}
      {rule.frequency === 'monthly' ? (
        <TextField id={idFor(key('monthDay'))} label="Day of the month (1–28)" value={rule.monthDay} inputMode="numeric" onChange={(monthDay) => set({ monthDay })} error={errors.get(key('monthDay'))} />
      ) : null}
      {rule.frequency === 'custom' ? (
        <TextField
          id={idFor(key('cron'))}
          label="Cron expression"
          hint="cron(minute hour day-of-month month day-of-week year), with ? in one of the day fields; at most hourly."
          value={rule.cron}
          mono
          wide
          onChange={(cron) => set({ cron })}
          error={errors.get(key('cron'))}
        />
      ) : null}
      <TextField
        id={idFor(key('timezone'))}
        label="Time zone"
        hint="IANA name, e.g. Europe/Madrid."
        value={rule.timezone}
        list={idFor('timezones')}
        onChange={(timezone) => set({ timezone })}
        error={errors.get(key('timezone'))}
      />
    </>
  );
}

function RuleEditor(props: SectionProps & { readonly rule: RuleForm; readonly index: number }) {
  const { rule, index, form, dispatch, errors, idFor, focusLater } = props;
  const key = (field: Parameters<typeof fieldKeys.rule>[1]) => fieldKeys.rule(rule.id, field);
  const set = (patch: Partial<RuleForm>) => dispatch({ type: 'set-rule', ruleId: rule.id, patch });
  const title = `Rule ${index + 1}${rule.name ? `: ${rule.name}` : ''}`;
  const addTagId = idFor(`rules.${rule.id}.add-tag`);
  return (
    <fieldset className="widget-fieldset">
      <legend>{title}</legend>
      <div className="widget-grid">
        <TextField id={idFor(key('name'))} label="Rule name" value={rule.name} onChange={(name) => set({ name })} error={errors.get(key('name'))} />
        <ScheduleFields {...props} />
        <TextField id={idFor(key('startWindow'))} label="Start within (minutes)" hint="At least 60." value={rule.startWindow} inputMode="numeric" onChange={(startWindow) => set({ startWindow })} error={errors.get(key('startWindow'))} />
        <TextField
          id={idFor(key('completionWindow'))}
          label="Complete within (minutes)"
          hint="Longer than the start window."
          value={rule.completionWindow}
          inputMode="numeric"
          onChange={(completionWindow) => set({ completionWindow })}
          error={errors.get(key('completionWindow'))}
        />
        <TextField
          id={idFor(key('deleteAfter'))}
          label="Keep backups for (days)"
          hint={rule.continuous ? '1–35 days for continuous backups.' : undefined}
          value={rule.deleteAfter}
          inputMode="numeric"
          onChange={(deleteAfter) => set({ deleteAfter })}
          error={errors.get(key('deleteAfter'))}
        />
      </div>
      <div className="widget-grid">
        <CheckboxField
          id={idFor(key('continuous'))}
          label="Continuous backup (point-in-time recovery)"
          checked={rule.continuous}
          onChange={(continuous) => set({ continuous })}
        />
        <CheckboxField
          id={idFor(key('coldStorage'))}
          label="Move to cold storage"
          checked={rule.coldStorage}
          onChange={(coldStorage) => set({ coldStorage })}
          error={errors.get(key('coldStorage'))}
        />
        {rule.coldStorage && !rule.continuous ? (
          <TextField
            id={idFor(key('coldStorageAfter'))}
            label="Move to cold storage after (days)"
            hint="Backups then stay there at least 90 days."
            value={rule.coldStorageAfter}
            inputMode="numeric"
            onChange={(coldStorageAfter) => set({ coldStorageAfter })}
            error={errors.get(key('coldStorageAfter'))}
          />
        ) : null}
      </div>
      <div className="widget-grid">
        <CheckboxField id={idFor(key('copy'))} label="Copy each backup to another Region" checked={rule.copy} onChange={(copy) => set({ copy })} />
        {rule.copy ? (
          <TextField
            id={idFor(key('copyDeleteAfter'))}
            label="Keep copies for (days)"
            value={rule.copyDeleteAfter}
            inputMode="numeric"
            onChange={(copyDeleteAfter) => set({ copyDeleteAfter })}
            error={errors.get(key('copyDeleteAfter'))}
          />
        ) : null}
      </div>
      <fieldset className="widget-fieldset widget-fieldset--inner">
        <legend>Recovery point tags</legend>
        {rule.recoveryPointTags.length === 0 ? <p className="widget-hint">No tags: recovery points carry only AWS's own tags.</p> : null}
        {rule.recoveryPointTags.map((tag, tagIndex) => {
          const keyField = fieldKeys.ruleTag(rule.id, tag.id, 'key');
          const valueField = fieldKeys.ruleTag(rule.id, tag.id, 'value');
          return (
            <div className="widget-row" key={tag.id}>
              <TextField
                id={idFor(keyField)}
                label={`Tag ${tagIndex + 1} key`}
                value={tag.key}
                onChange={(value) => dispatch({ type: 'set-rule-tag', ruleId: rule.id, tagId: tag.id, patch: { key: value } })}
                error={errors.get(keyField)}
              />
              <TextField
                id={idFor(valueField)}
                label={`Tag ${tagIndex + 1} value`}
                value={tag.value}
                onChange={(value) => dispatch({ type: 'set-rule-tag', ruleId: rule.id, tagId: tag.id, patch: { value } })}
                error={errors.get(valueField)}
              />
              <button
                type="button"
                className="widget-button widget-button--quiet"
                aria-label={`Remove tag ${tagIndex + 1} of ${title}`}
                onClick={() => {
                  dispatch({ type: 'remove-rule-tag', ruleId: rule.id, tagId: tag.id });
                  focusLater(`rules.${rule.id}.add-tag`);
                }}
              >
                Remove
              </button>
            </div>
          );
        })}
        <button
          id={addTagId}
          type="button"
          className="widget-button"
          disabled={rule.recoveryPointTags.length >= LIMITS.tagsPerRule}
          onClick={() => {
            const tagId = nextId('t', form.rules.flatMap((r) => r.recoveryPointTags.map((t) => t.id)));
            dispatch({ type: 'add-rule-tag', ruleId: rule.id });
            focusLater(fieldKeys.ruleTag(rule.id, tagId, 'key'));
          }}
        >
          Add a tag
        </button>
      </fieldset>
      <RpoLine rule={rule} />
      {form.rules.length > 1 ? (
        <button
          type="button"
          className="widget-button widget-button--quiet"
          onClick={() => {
            dispatch({ type: 'remove-rule', ruleId: rule.id });
            focusLater('add-rule');
          }}
        >
          Remove {title}
        </button>
      ) : null}
    </fieldset>
  );
}

function SelectionSection(props: SectionProps) {
  const { form, dispatch, errors, idFor, focusLater } = props;
  const selection = form.selection;
  return (
    <fieldset className="widget-fieldset">
      <legend>Resources to back up</legend>
      <div className="widget-grid">
        <TextField
          id={idFor('selection.name')}
          label="Selection name"
          value={selection.name}
          onChange={(name) => dispatch({ type: 'set-selection', patch: { name } })}
          error={errors.get('selection.name')}
        />
      </div>
      <fieldset className="widget-fieldset widget-fieldset--inner">
        <legend>Tag conditions (a resource must match all of them)</legend>
        {selection.conditions.length === 0 ? <p className="widget-hint">No tag conditions: only the ARNs below decide.</p> : null}
        {selection.conditions.map((condition, index) => {
          const keyField = fieldKeys.condition(condition.id, 'key');
          const valueField = fieldKeys.condition(condition.id, 'value');
          const set = (patch: Partial<Omit<TagConditionForm, 'id'>>) => dispatch({ type: 'set-condition', conditionId: condition.id, patch });
          return (
            <div className="widget-row" key={condition.id}>
              <TextField id={idFor(keyField)} label={`Condition ${index + 1}: tag key`} value={condition.key} onChange={(key) => set({ key })} error={errors.get(keyField)} />
              <SelectField
                id={idFor(`selection.conditions.${condition.id}.operator`)}
                label={`Condition ${index + 1}: test`}
                value={condition.operator}
                options={TAG_OPERATORS}
                onChange={(operator) => set({ operator })}
              />
              <TextField id={idFor(valueField)} label={`Condition ${index + 1}: value`} value={condition.value} onChange={(value) => set({ value })} error={errors.get(valueField)} />
              <button
                type="button"
                className="widget-button widget-button--quiet"
                aria-label={`Remove condition ${index + 1}`}
                onClick={() => {
                  dispatch({ type: 'remove-condition', conditionId: condition.id });
                  focusLater('add-condition');
                }}
              >
                Remove
              </button>
            </div>
          );
        })}
        <button
          id={idFor('add-condition')}
          type="button"
          className="widget-button"
          disabled={selection.conditions.length >= LIMITS.conditions}
          onClick={() => {
            const conditionId = nextId('c', selection.conditions.map((c) => c.id));
            dispatch({ type: 'add-condition' });
            focusLater(fieldKeys.condition(conditionId, 'key'));
          }}
        >
          Add a tag condition
        </button>
      </fieldset>
      <div className="widget-grid">
        {(['resources', 'notResources'] as const).map((field) => (
          <Field
            key={field}
            id={idFor(`selection.${field}`)}
            label={field === 'resources' ? 'Resource ARNs to include (one per line)' : 'Resource ARNs to exclude (one per line)'}
            hint={
              field === 'resources'
                ? 'Leave empty to select by tags across every supported resource type; * wildcards allowed.'
                : 'Optional: resources never to back up (not_resources).'
            }
            error={errors.get(`selection.${field}`)}
            wide
          >
            {(control) => (
              <textarea
                {...control}
                className="widget-input widget-input--mono"
                rows={3}
                spellCheck={false}
                value={selection[field]}
                onChange={(event) => dispatch({ type: 'set-selection', patch: { [field]: event.target.value } })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

function Output(props: { readonly result: MainTfResult; readonly idFor: (field: string) => string }) {
  const { result } = props;
  return (
    <section className="widget-output-section" aria-labelledby={props.idFor('output-title')}>
      <h4 className="widget-subtitle" id={props.idFor('output-title')}>
        main.tf
      </h4>
      <div aria-live="polite">
        {result.ok ? (
          <p className="widget-verdict widget-verdict--pass">
            <span aria-hidden="true">✓ </span>Ready: {result.plan.rules.length} rule{result.plan.rules.length === 1 ? '' : 's'},{' '}
            {result.text.trimEnd().split('\n').length} lines, formatted as terraform fmt would.
          </p>
        ) : (
          <ErrorSummary
            title={`No main.tf yet: fix ${result.errors.length === 1 ? 'this problem' : `these ${result.errors.length} problems`} first.`}
            items={result.errors.map((error) => ({ targetId: props.idFor(error.field), label: error.label, message: error.message }))}
          />
        )}
      </div>
      {result.ok ? (
        <>
          <div className="widget-actions">
            <CopyButton label="Copy main.tf" text={result.text} copiedMessage="main.tf copied to the clipboard." />
            <DownloadButton label="Download main.tf" text={result.text} filename="main.tf" />
          </div>
          <pre className="widget-code" tabIndex={0} aria-label="Generated main.tf">
            <code>{result.text}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
}

/** Builds a deployable AWS Backup `main.tf` from a form that is checked as the reader types. */
export default function BackupPlanBuilder() {
  const uid = useId();
  const [form, dispatch] = useReducer(editPlan, DEFAULT_BACKUP_PLAN_FORM);
  const [notice, setNotice] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const result = useMemo(() => mainTfForForm(form), [form]);
  const errors = useMemo(() => (result.ok ? new Map<string, string>() : errorsByField(result.errors)), [result]);
  const idFor = (field: string) => `${uid}-${fieldDomId(field)}`;

  // Restore a shared plan from the URL hash once hydrated, and when the hash changes.
  useEffect(() => {
    const load = () => {
      const shared = planFromHash(window.location.hash);
      if (shared.kind === 'plan') {
        dispatch({ type: 'replace', form: shared.form });
        setNotice(null);
      } else if (shared.kind === 'broken') {
        setNotice(shared.message);
      }
      // Someone opened a shared plan: show them the builder, not the top of the lesson.
      if (shared.kind !== 'none') sectionRef.current?.scrollIntoView?.({ block: 'start' });
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  // Move focus to a field created or revealed by the last action (keyboard users keep their place).
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(idFor(focusTarget))?.focus();
    setFocusTarget(null);
  });

  const section: SectionProps = { form, dispatch, errors, idFor, focusLater: setFocusTarget };
  const anyCopy = form.rules.some((rule) => rule.copy);
  const text = (field: 'region' | 'planName' | 'vaultName' | 'kmsKeyArn' | 'copyRegion' | 'copyVaultName') => (value: string) =>
    dispatch({ type: 'set-plan', field, value });

  return (
    <section className="widget not-content" aria-labelledby={idFor('title')} ref={sectionRef}>
      <h3 className="widget-title" id={idFor('title')}>
        AWS Backup plan builder
      </h3>
      {notice ? (
        <div className="widget-notice widget-notice--warning" role="status">
          <p>{notice}</p>
          <button type="button" className="widget-button widget-button--quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <datalist id={idFor('regions')}>
        {REGIONS.map((region) => (
          <option key={region} value={region} />
        ))}
      </datalist>
      <datalist id={idFor('timezones')}>
        {TIMEZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Plan and vault</legend>
          <div className="widget-grid">
            <TextField id={idFor('region')} label="Region" value={form.region} list={idFor('regions')} onChange={text('region')} error={errors.get('region')} />
            <TextField id={idFor('planName')} label="Plan name" value={form.planName} onChange={text('planName')} error={errors.get('planName')} />
            <TextField id={idFor('vaultName')} label="Vault name" hint="2–50 letters, digits, - or _." value={form.vaultName} onChange={text('vaultName')} error={errors.get('vaultName')} />
            <TextField
              id={idFor('kmsKeyArn')}
              label="Customer managed KMS key ARN (optional)"
              hint="Empty: AWS Backup encrypts with its AWS managed key."
              value={form.kmsKeyArn}
              mono
              wide
              onChange={text('kmsKeyArn')}
              error={errors.get('kmsKeyArn')}
            />
          </div>
        </fieldset>

        <fieldset className="widget-fieldset">
          <legend>Vault Lock (WORM protection)</legend>
          <CheckboxField
            id={idFor('lock.enabled')}
            label="Lock the vault"
            hint="Recovery points cannot be deleted before their retention ends."
            checked={form.lock.enabled}
            onChange={(enabled) => dispatch({ type: 'set-lock', patch: { enabled } })}
          />
          {form.lock.enabled ? (
            <div className="widget-grid">
              <SelectField
                id={idFor('lock.mode')}
                label="Mode"
                value={form.lock.mode}
                options={[
                  { value: 'governance', label: 'Governance (privileged users can remove it)' },
                  { value: 'compliance', label: 'Compliance (permanent after the grace time)' },
                ]}
                onChange={(mode) => dispatch({ type: 'set-lock', patch: { mode } })}
              />
              <TextField
                id={idFor(fieldKeys.lock('minRetentionDays'))}
                label="Minimum retention (days)"
                value={form.lock.minRetentionDays}
                inputMode="numeric"
                onChange={(minRetentionDays) => dispatch({ type: 'set-lock', patch: { minRetentionDays } })}
                error={errors.get(fieldKeys.lock('minRetentionDays'))}
              />
              <TextField
                id={idFor(fieldKeys.lock('maxRetentionDays'))}
                label="Maximum retention (days)"
                value={form.lock.maxRetentionDays}
                inputMode="numeric"
                onChange={(maxRetentionDays) => dispatch({ type: 'set-lock', patch: { maxRetentionDays } })}
                error={errors.get(fieldKeys.lock('maxRetentionDays'))}
              />
              {form.lock.mode === 'compliance' ? (
                <TextField
                  id={idFor(fieldKeys.lock('changeableForDays'))}
                  label="Grace time before the lock is permanent (days)"
                  hint="changeable_for_days: at least 3."
                  value={form.lock.changeableForDays}
                  inputMode="numeric"
                  onChange={(changeableForDays) => dispatch({ type: 'set-lock', patch: { changeableForDays } })}
                  error={errors.get(fieldKeys.lock('changeableForDays'))}
                />
              ) : null}
            </div>
          ) : null}
        </fieldset>

        <div className="widget-rules" id={idFor('rules')}>
          {form.rules.map((rule, index) => (
            <RuleEditor key={rule.id} {...section} rule={rule} index={index} />
          ))}
          <button
            id={idFor('add-rule')}
            type="button"
            className="widget-button"
            disabled={form.rules.length >= LIMITS.rules}
            onClick={() => {
              const ruleId = nextId('r', form.rules.map((rule) => rule.id));
              dispatch({ type: 'add-rule' });
              setFocusTarget(fieldKeys.rule(ruleId, 'name'));
            }}
          >
            Add a rule
          </button>
        </div>

        {anyCopy ? (
          <fieldset className="widget-fieldset">
            <legend>Cross-Region copy destination</legend>
            <div className="widget-grid">
              <TextField id={idFor('copyRegion')} label="Destination Region" value={form.copyRegion} list={idFor('regions')} onChange={text('copyRegion')} error={errors.get('copyRegion')} />
              <TextField id={idFor('copyVaultName')} label="Destination vault name" value={form.copyVaultName} onChange={text('copyVaultName')} error={errors.get('copyVaultName')} />
            </div>
          </fieldset>
        ) : null}

        <SelectionSection {...section} />
      </form>

      <div className="widget-actions">
        <CopyButton
          label="Copy a link to this plan"
          copiedMessage="Link copied: opening it restores this plan."
          getText={() => {
            const url = `${window.location.href.split('#')[0]}${planToHash(form)}`;
            window.history.replaceState(null, '', url);
            return url;
          }}
        />
        <button type="button" className="widget-button widget-button--quiet" onClick={() => dispatch({ type: 'reset' })}>
          Start again from the example
        </button>
      </div>

      <Output result={result} idFor={idFor} />
    </section>
  );
}
