/**
 * count vs for_each explorer island (lesson 10.4). The reader edits a list of names; the widget
 * shows the resource addresses and the plan Terraform would make with `count` and with
 * `for_each`, side by side. All plan logic lives in `~/lib/terraform-loops`. Takes no props.
 */

import { useEffect, useId, useMemo, useReducer, useState } from 'react';
import { nextId } from '~/lib/form/row-ids';
import {
  INITIAL_STATE,
  MAX_NAMES,
  editNames,
  hasEdits,
  validateNames,
  type NameListEdit,
} from '~/lib/terraform-loops/name-list';
import {
  SCENARIOS,
  planWithCount,
  planWithForEach,
  renderPlan,
  summaryLine,
  type InstanceChange,
  type Plan,
  type PlanAction,
  type Scenario,
  type ScenarioId,
} from '~/lib/terraform-loops/plans';
import { SelectField, TextField } from './parts/Field';
import './widgets.css';
import './CountVsForEach.css';

const SCENARIO_OPTIONS = Object.values(SCENARIOS).map((scenario) => ({ value: scenario.id, label: scenario.label }));

const ACTION_TEXT: Record<PlanAction, string> = {
  'no-op': 'no change',
  create: '+ create',
  update: '~ update in place',
  replace: '-/+ replace',
  delete: '- destroy',
};

const shown = (value: string | null) => value ?? 'none';

function PlanTable(props: { readonly changes: readonly InstanceChange[]; readonly scenario: Scenario; readonly caption: string }) {
  const { changes, scenario, caption } = props;
  const prefix = `${scenario.resourceType}.${scenario.resourceName}`;
  return (
    <>
      <p className="widget-hint">
        Instances of <code>{prefix}</code>:
      </p>
      <div className="widget-figure__scroll cfe-table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="cfe-table">
          <caption className="widget-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Instance</th>
              <th scope="col">State → config</th>
              <th scope="col">Plan</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.address} className={`cfe-row cfe-row--${change.action}`}>
                <th scope="row">
                  <code>
                    <span className="widget-visually-hidden">{prefix}</span>
                    {change.key}
                  </code>
                </th>
                <td>
                  {change.action === 'no-op' ? (
                    <code>{shown(change.before)}</code>
                  ) : (
                    <>
                      <code>{shown(change.before)}</code> → <code>{shown(change.after)}</code>
                    </>
                  )}
                </td>
                <td className={`cfe-action cfe-action--${change.action}`}>{ACTION_TEXT[change.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PlanCard(props: { readonly title: string; readonly snippet: string; readonly plan: Plan; readonly scenario: Scenario }) {
  const { title, snippet, plan, scenario } = props;
  return (
    <div className="widget-card">
      <h4 className="widget-subtitle">{title}</h4>
      <pre className="widget-code" tabIndex={0} aria-label={`Resource block ${title}`}>
        <code>{snippet}</code>
      </pre>
      {plan.changes.length > 0 ? (
        <PlanTable changes={plan.changes} scenario={scenario} caption={`Instances and planned actions ${title}`} />
      ) : (
        <p className="widget-hint">No instances: the list is empty in state and in the configuration.</p>
      )}
      <p className="cfe-summary">
        <code>{summaryLine(plan.summary)}</code>
      </p>
      <details>
        <summary>terraform plan output {title}</summary>
        <pre className="widget-code" tabIndex={0} aria-label={`terraform plan output ${title}`}>
          <code>{renderPlan(plan, scenario)}</code>
        </pre>
      </details>
    </div>
  );
}

/** Edits a list of names and compares the count and for_each plans for the change. */
export default function CountVsForEach() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [state, dispatch] = useReducer(editNames, INITIAL_STATE);
  const [scenarioId, setScenarioId] = useState<ScenarioId>('log-group-name');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const scenario = SCENARIOS[scenarioId];
  const checked = useMemo(() => validateNames(state.draft), [state.draft]);
  const plans = useMemo(
    () =>
      checked.ok
        ? { count: planWithCount(state.applied, checked.names, scenario), forEach: planWithForEach(state.applied, checked.names, scenario) }
        : null,
    [checked, state.applied, scenario],
  );
  const errors = checked.ok ? new Map<string, string>() : checked.errors;
  const edited = hasEdits(state);

  // Keep keyboard users in place after rows move, appear or disappear.
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(id(focusTarget))?.focus();
    setFocusTarget(null);
  });

  const act = (edit: NameListEdit, focus: string | null) => {
    dispatch(edit);
    if (focus) setFocusTarget(focus);
  };
  const rowName = (name: string, index: number) => (name.trim() === '' ? `name ${index + 1}` : name);

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        count vs for_each: what does the plan do?
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <SelectField id={id('scenario')} label="Example resource" value={scenarioId} options={SCENARIO_OPTIONS} onChange={setScenarioId} />
        <fieldset className="widget-fieldset">
          <legend>var.services in your configuration</legend>
          <p className="widget-hint" id={id('state')}>
            In state (last applied): {state.applied.length === 0 ? 'nothing' : state.applied.join(', ')}.
          </p>
          {state.draft.length === 0 ? <p className="widget-hint">The list is empty: every instance would be destroyed.</p> : null}
          <ol className="cfe-list">
            {state.draft.map((row, index) => {
              const label = rowName(row.name, index);
              const next = state.draft[index + 1] ?? state.draft[index - 1];
              return (
                <li key={row.id} className="cfe-list__row">
                  <TextField
                    id={id(`${row.id}-name`)}
                    label={`Name ${index + 1}`}
                    value={row.name}
                    mono
                    onChange={(name) => dispatch({ type: 'rename', id: row.id, name })}
                    error={errors.get(row.id)}
                  />
                  <div className="cfe-list__buttons">
                    <button
                      id={id(`${row.id}-up`)}
                      type="button"
                      className="widget-button widget-button--quiet"
                      aria-label={`Move ${label} up`}
                      disabled={index === 0}
                      onClick={() => act({ type: 'move', id: row.id, by: -1 }, index === 1 ? `${row.id}-down` : `${row.id}-up`)}
                    >
                      Up
                    </button>
                    <button
                      id={id(`${row.id}-down`)}
                      type="button"
                      className="widget-button widget-button--quiet"
                      aria-label={`Move ${label} down`}
                      disabled={index === state.draft.length - 1}
                      onClick={() =>
                        act({ type: 'move', id: row.id, by: 1 }, index === state.draft.length - 2 ? `${row.id}-up` : `${row.id}-down`)
                      }
                    >
                      Down
                    </button>
                    <button
                      type="button"
                      className="widget-button widget-button--quiet"
                      aria-label={`Remove ${label}`}
                      onClick={() => act({ type: 'remove', id: row.id }, next ? `${next.id}-name` : 'add')}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <button
            id={id('add')}
            type="button"
            className="widget-button"
            disabled={state.draft.length >= MAX_NAMES}
            onClick={() => act({ type: 'add' }, `${nextId('n', state.draft.map((row) => row.id))}-name`)}
          >
            Add a name
          </button>
          {state.draft.length >= MAX_NAMES ? <p className="widget-hint">The explorer stops at {MAX_NAMES} names.</p> : null}
        </fieldset>
        <div className="widget-actions">
          <button
            type="button"
            className="widget-button"
            disabled={!edited || !checked.ok}
            aria-describedby={id('state')}
            onClick={() => dispatch({ type: 'apply' })}
          >
            Apply this list
          </button>
          <button type="button" className="widget-button widget-button--quiet" disabled={!edited} onClick={() => dispatch({ type: 'discard' })}>
            Undo edits
          </button>
          <button type="button" className="widget-button widget-button--quiet" onClick={() => act({ type: 'reset' }, 'n1-name')}>
            Start again
          </button>
        </div>
      </form>
      <div className="widget-output" aria-live="polite">
        {plans ? (
          <div className="cfe-headline">
            <p>
              <strong>With count:</strong> <code>{summaryLine(plans.count.summary)}</code>
            </p>
            <p>
              <strong>With for_each:</strong> <code>{summaryLine(plans.forEach.summary)}</code>
            </p>
          </div>
        ) : (
          <p className="widget-notice">Fix the highlighted names to see the plans.</p>
        )}
      </div>
      {plans ? (
        <div className="widget-result-grid widget-output-section">
          <PlanCard title="with count" snippet={scenario.countSnippet} plan={plans.count} scenario={scenario} />
          <PlanCard title="with for_each" snippet={scenario.forEachSnippet} plan={plans.forEach} scenario={scenario} />
        </div>
      ) : null}
      <p className="widget-hint">
        Plans compare the list in state with the list you are editing. Apply this list to make it the new state. The plan
        output shows only the attribute the list drives; a real plan also lists computed attributes such as arn and id.
      </p>
    </section>
  );
}
