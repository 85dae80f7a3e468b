/**
 * The incident timeline of the RPO/RTO calculator as an SVG: the data-loss window before the
 * failure, the downtime after it, and each event labelled with its offset. The drawing has
 * role="img" with a title and description, and the same facts follow as a visually hidden list.
 */

import { useId } from 'react';
import { formatDuration } from '~/lib/dr/duration';
import { formatOffset, type TimelineEvent } from '~/lib/dr/rpo-rto';
import { layoutTimeline } from '~/lib/dr/timeline';

const WIDTH = 640;
const HEIGHT = 160;
const AXIS_Y = 80;
const GEOMETRY = { width: WIDTH, margin: 56, minGap: 92 };

/** Labels short enough for the drawing; the full labels are in the text alternatives. */
const SHORT_LABELS: Record<TimelineEvent['id'], string> = {
  'last-backup': 'Last recovery point',
  failure: 'Failure',
  detected: 'Detected',
  'recovery-starts': 'Recovery starts',
  'data-restored': 'Data restored',
  'service-back': 'Service back',
};

/** Draws `events` (sorted, the failure at 0). */
export function IncidentTimeline(props: { readonly events: readonly TimelineEvent[] }) {
  const id = useId();
  const { placed, notToScale } = layoutTimeline(props.events, GEOMETRY);
  const x = (eventId: TimelineEvent['id']) => placed.find((p) => p.event.id === eventId)?.x ?? 0;
  const first = props.events[0];
  const last = props.events[props.events.length - 1];
  const lostMinutes = first ? -first.atMinutes : 0;
  const downMinutes = last ? last.atMinutes : 0;
  const description =
    props.events.map((event) => `${event.label}: ${formatOffset(event.atMinutes)}`).join('; ') +
    `. Data lost: ${formatDuration(lostMinutes)}. Downtime: ${formatDuration(downMinutes)}.`;

  return (
    <figure className="widget-figure">
      {/* Focusable so keyboard users can scroll the drawing sideways on narrow screens. */}
      <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Incident timeline drawing">
        <svg
          className="widget-timeline"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>Incident timeline, worst case</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <rect className="widget-timeline__loss" x={x('last-backup')} y={AXIS_Y - 9} width={x('failure') - x('last-backup')} height={18} />
          <rect className="widget-timeline__down" x={x('failure')} y={AXIS_Y - 9} width={x('service-back') - x('failure')} height={18} />
          <line className="widget-timeline__axis" x1={8} x2={WIDTH - 8} y1={AXIS_Y} y2={AXIS_Y} />
          {placed.map(({ event, x: cx }, index) => {
            const above = index % 2 === 0;
            const anchor = index === 0 ? 'start' : index === placed.length - 1 ? 'end' : 'middle';
            const labelX = anchor === 'start' ? cx - 8 : anchor === 'end' ? cx + 8 : cx;
            const y1 = above ? AXIS_Y - 46 : AXIS_Y + 40;
            return (
              <g key={event.id}>
                <line className="widget-timeline__tick" x1={cx} x2={cx} y1={above ? AXIS_Y - 30 : AXIS_Y + 12} y2={above ? AXIS_Y - 12 : AXIS_Y + 28} />
                <circle className={event.id === 'failure' ? 'widget-timeline__dot widget-timeline__dot--failure' : 'widget-timeline__dot'} cx={cx} cy={AXIS_Y} r={6} />
                <text x={labelX} y={y1} textAnchor={anchor} className="widget-timeline__label">
                  {SHORT_LABELS[event.id]}
                </text>
                <text x={labelX} y={y1 + 16} textAnchor={anchor} className="widget-timeline__offset">
                  {formatOffset(event.atMinutes)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="widget-hint">
        Red: data written after the last usable backup, lost. Blue: downtime until the service is back
        ({formatDuration(downMinutes)}).
        {notToScale ? ' Not to scale: short steps are drawn wider so their labels fit.' : ''}
      </figcaption>
      <ol className="widget-visually-hidden">
        {props.events.map((event) => (
          <li key={event.id}>
            {formatOffset(event.atMinutes)}: {event.label}
          </li>
        ))}
      </ol>
    </figure>
  );
}
