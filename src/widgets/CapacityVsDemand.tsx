/**
 * Capacity vs demand island (lesson 1.6). The reader picks a traffic pattern and the fleet
 * parameters; the widget compares a fixed fleet sized for the peak, one sized for the average and
 * an elastic fleet, with a chart of demand and capacity over the period. All arithmetic lives in
 * `~/lib/capacity`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_CAPACITY_FORM,
  calculateCapacity,
  formatCount,
  formatLarge,
  formatShare,
  type CapacityField,
  type CapacityForm,
  type CapacityResult,
  type Step,
  type StrategyId,
  type StrategyOutcome,
} from '~/lib/capacity/capacity';
import { PATTERN_ORDER, TRAFFIC_PATTERNS, formatMoment } from '~/lib/capacity/traffic-patterns';
import { TextField } from './parts/Field';
import './widgets.css';
import './CapacityVsDemand.css';

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { left: 64, right: 16, top: 16, bottom: 36 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** A round axis maximum and step: 6,300 → 8,000 in steps of 2,000. */
function niceScale(max: number): { top: number; step: number } {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return { top: Math.ceil(max / step) * step, step };
}

const compact = (value: number) => value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** An SVG path along contiguous steps: across each step, then up or down to the next. */
function stepPath(steps: readonly Step[], x: (minute: number) => number, y: (value: number) => number): string {
  return steps
    .map((step, i) => `${i === 0 ? `M${x(step.start).toFixed(1)},${y(step.value).toFixed(1)}` : `V${y(step.value).toFixed(1)}`}H${x(step.end).toFixed(1)}`)
    .join('');
}

const SERIES: readonly { readonly id: StrategyId; readonly className: string }[] = [
  { id: 'fixed-peak', className: 'cvd-line cvd-line--peak' },
  { id: 'fixed-average', className: 'cvd-line cvd-line--average' },
  { id: 'elastic', className: 'cvd-line cvd-line--elastic' },
];

function CapacityChart(props: { readonly result: CapacityResult }) {
  const uid = useId();
  const { result } = props;
  const { pattern, perServer } = result.input;
  const capacity = (outcome: StrategyOutcome | undefined) => (outcome?.servers ?? []).map((s) => ({ ...s, value: s.value * perServer }));
  const byId = (id: StrategyId) => result.strategies.find((s) => s.id === id);
  const highest = Math.max(result.peakDemand, ...result.strategies.map((s) => s.maxServers * perServer));
  // A little room above the highest line, so it never sits on the frame.
  const { top, step } = niceScale(highest * 1.08);
  const x = (minute: number) => MARGIN.left + (minute / result.periodMinutes) * PLOT_W;
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H;
  const demandPath = `${stepPath(result.demand, x, y)}V${y(0)}H${x(0)}Z`;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const elastic = byId('elastic');
  const description =
    `Demand ranges from ${formatCount(Math.min(...result.demand.map((d) => d.value)))} to ${formatCount(result.peakDemand)} requests per second. ` +
    result.strategies
      .map((s) =>
        s.minServers === s.maxServers
          ? `${s.label}: ${formatCount(s.maxServers * perServer)} requests per second all ${pattern.period}.`
          : `${s.label}: between ${formatCount(s.minServers * perServer)} and ${formatCount(s.maxServers * perServer)} requests per second.`,
      )
      .join(' ') +
    (elastic && elastic.turnedAway > 0 ? ' The elastic line lags behind each rise in demand by the scale-out delay.' : '');

  return (
    <figure className="widget-figure">
      <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Demand and capacity chart">
        <svg className="cvd-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${uid}-title ${uid}-desc`}>
          <title id={`${uid}-title`}>{`Demand and capacity over one ${pattern.period}`}</title>
          <desc id={`${uid}-desc`}>{description}</desc>
          {ticks.map((value) => (
            <g key={value}>
              <line className="cvd-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
              <text className="cvd-axis-label" x={MARGIN.left - 6} y={y(value) + 4} textAnchor="end">
                {compact(value)}
              </text>
            </g>
          ))}
          {pattern.ticks.map((tick) => (
            <text key={tick.minute} className="cvd-axis-label" x={x(tick.minute)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
              {tick.label}
            </text>
          ))}
          <text className="cvd-axis-label" x={12} y={MARGIN.top + PLOT_H / 2} textAnchor="middle" transform={`rotate(-90 12 ${MARGIN.top + PLOT_H / 2})`}>
            requests/s
          </text>
          <path className="cvd-demand" d={demandPath} />
          {SERIES.map((series) => (
            <path key={series.id} className={series.className} d={stepPath(capacity(byId(series.id)), x, y)} />
          ))}
          <line className="cvd-axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <figcaption>
        <ul className="cvd-legend">
          <li>
            <span className="cvd-swatch cvd-swatch--demand" aria-hidden="true" /> Demand (shaded)
          </li>
          {SERIES.map((series) => (
            <li key={series.id}>
              <span className={`cvd-swatch cvd-swatch--${series.id}`} aria-hidden="true" /> {byId(series.id)?.label} (
              {series.id === 'fixed-peak' ? 'dashed' : series.id === 'fixed-average' ? 'dotted' : 'solid'} line)
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>The chart as a table</summary>
        <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Chart data table">
          <table className="cvd-table">
            <caption className="widget-visually-hidden">Demand and servers of each fleet over one {pattern.period}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Demand (req/s)</th>
                <th scope="col">Fixed for peak (servers)</th>
                <th scope="col">Fixed for average (servers)</th>
                <th scope="col">Elastic (servers)</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.start}>
                  <td>{formatMoment(pattern, row.start)}</td>
                  <td>{formatMoment(pattern, row.end)}</td>
                  <td>{formatCount(row.demand)}</td>
                  <td>{formatCount(row.servers['fixed-peak'])}</td>
                  <td>{formatCount(row.servers['fixed-average'])}</td>
                  <td>{formatCount(row.servers.elastic)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function StrategyCard(props: { readonly outcome: StrategyOutcome; readonly period: string }) {
  const { outcome, period } = props;
  const fleet =
    outcome.minServers === outcome.maxServers
      ? `${formatCount(outcome.maxServers)} server${outcome.maxServers === 1 ? '' : 's'} all ${period}`
      : `${formatCount(outcome.minServers)} to ${formatCount(outcome.maxServers)} servers`;
  return (
    <div className="widget-card">
      <h4 className="widget-subtitle">{outcome.label}</h4>
      <p className="widget-figure-number">{formatShare(outcome.relativeCost)}</p>
      <p>of the cost of the peak-sized fleet</p>
      <ul className="widget-breakdown">
        <li>
          <span>Fleet</span> <span>{fleet}</span>
        </li>
        <li>
          <span>Server-hours per {period}</span> <span>{formatCount(outcome.serverHours)}</span>
        </li>
        <li>
          <span>Idle capacity</span> <span>{formatShare(outcome.idleShare)}</span>
        </li>
        <li>
          <span>Requests turned away</span>{' '}
          <span>{outcome.turnedAway === 0 ? 'none' : `${formatLarge(outcome.turnedAway)} (${formatShare(outcome.turnedAwayShare)})`}</span>
        </li>
      </ul>
      <p className={outcome.turnedAway === 0 ? 'widget-verdict widget-verdict--pass' : 'widget-verdict widget-verdict--fail'}>
        <span aria-hidden="true">{outcome.turnedAway === 0 ? '✓ ' : '✗ '}</span>
        {outcome.turnedAway === 0 ? 'Serves every request.' : 'Turns customers away when demand outgrows it.'}
      </p>
    </div>
  );
}

/** Compares fixed and elastic capacity for a traffic pattern. */
export default function CapacityVsDemand() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [form, setForm] = useState<CapacityForm>(DEFAULT_CAPACITY_FORM);
  const outcome = useMemo(() => calculateCapacity(form), [form]);
  const errors: Partial<Record<CapacityField, string>> = outcome.ok ? {} : outcome.errors;
  const pattern = TRAFFIC_PATTERNS[form.pattern];
  const set = (field: CapacityField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const numberField = (field: CapacityField, label: string, hint?: string) => (
    <TextField id={id(field)} label={label} hint={hint} value={form[field]} onChange={set(field)} error={errors[field]} inputMode="decimal" />
  );

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        Capacity vs demand
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Traffic pattern</legend>
          <div className="widget-radios" role="radiogroup" aria-label="Traffic pattern">
            {PATTERN_ORDER.map((patternId) => {
              const option = TRAFFIC_PATTERNS[patternId];
              return (
                <div key={patternId}>
                  <label className="widget-radio">
                    <input
                      type="radio"
                      name={id('pattern')}
                      value={patternId}
                      checked={form.pattern === patternId}
                      aria-describedby={id(`${patternId}-hint`)}
                      onChange={() => setForm((current) => ({ ...current, pattern: patternId }))}
                    />
                    <span>{option.label}</span>
                  </label>
                  <p className="widget-hint cvd-radio-hint" id={id(`${patternId}-hint`)}>
                    {option.description}
                  </p>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Demand and servers</legend>
          <div className="widget-grid">
            {numberField('quietDemand', 'Quiet-time demand (requests/s)')}
            {pattern.hasPeak
              ? numberField('peakMultiplier', 'Peak multiplier', 'Peak demand ÷ quiet-time demand, e.g. 6.')
              : null}
            {numberField('perServer', 'Requests/s one server handles')}
            {numberField('headroomPercent', 'Headroom (%)', 'Spare capacity kept above demand by every fleet.')}
            {numberField('scaleOutDelayMinutes', 'Scale-out delay (minutes)', 'Time for new elastic servers to start and warm up.')}
          </div>
          {pattern.hasPeak ? null : <p className="widget-hint">Steady traffic has no peak, so there is no multiplier to set.</p>}
        </fieldset>
      </form>
      <div className="widget-output" aria-live="polite">
        {outcome.ok ? (
          <>
            <p className="cvd-headline">
              Demand: {formatCount(Math.min(...outcome.result.demand.map((d) => d.value)))} to {formatCount(outcome.result.peakDemand)} requests/s,{' '}
              {formatCount(outcome.result.averageDemand)} on average over the {pattern.period}.
            </p>
            <div className="widget-result-grid">
              {outcome.result.strategies.map((strategy) => (
                <StrategyCard key={strategy.id} outcome={strategy} period={pattern.period} />
              ))}
            </div>
          </>
        ) : (
          <p className="widget-notice">Fix the highlighted fields to see the fleets and the chart.</p>
        )}
      </div>
      {outcome.ok ? <CapacityChart result={outcome.result} /> : null}
      <p className="widget-hint">
        Cost here is server-hours at one price per hour; requests above capacity are counted as turned away. A teaching
        model: real fleets also queue, retry and buy steady capacity cheaper with commitments (lesson 4.5).
      </p>
    </section>
  );
}
