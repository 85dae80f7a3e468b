/**
 * Horizontal placement of incident events for the RPO/RTO timeline drawing. Durations in one
 * incident differ by orders of magnitude (a day of lost data, five minutes of DNS failover), so a
 * strictly proportional axis would stack labels on top of each other. Gaps keep their proportions
 * where they can, but none is drawn narrower than `minGap`; when that happens the layout says so, so
 * the drawing can be captioned "not to scale".
 */

import type { TimelineEvent } from './rpo-rto';

/** Where one event is drawn. */
export interface PlacedEvent {
  readonly event: TimelineEvent;
  readonly x: number;
}

/** Positions for every event, and whether any gap had to be widened. */
export interface TimelineLayout {
  readonly placed: readonly PlacedEvent[];
  readonly notToScale: boolean;
}

/** Geometry of the drawing area. */
export interface TimelineGeometry {
  readonly width: number;
  readonly margin: number;
  readonly minGap: number;
}

/** Places events (sorted by time) along an axis of the given geometry. */
export function layoutTimeline(events: readonly TimelineEvent[], geometry: TimelineGeometry): TimelineLayout {
  const available = geometry.width - 2 * geometry.margin;
  const durations = events.slice(1).map((event, i) => event.atMinutes - (events[i]?.atMinutes ?? 0));
  const n = durations.length;
  if (n === 0) return { placed: events.map((event) => ({ event, x: geometry.width / 2 })), notToScale: false };

  const minGap = Math.min(geometry.minGap, available / n);
  const widths = new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  // Repeatedly pin gaps that would come out too narrow, then share the rest proportionally.
  for (;;) {
    const freeTotal = durations.reduce((sum, d, i) => (fixed[i] ? sum : sum + d), 0);
    const freeSpace = available - fixed.filter(Boolean).length * minGap;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        widths[i] = minGap;
        continue;
      }
      const w = freeTotal === 0 ? freeSpace / fixed.filter((f) => !f).length : ((durations[i] ?? 0) / freeTotal) * freeSpace;
      if (w < minGap - 1e-9) {
        fixed[i] = true;
        changed = true;
      }
      widths[i] = w;
    }
    if (!changed) break;
  }
  const notToScale = fixed.some(Boolean) && durations.some((d) => d > 0);
  let x = geometry.margin;
  const placed: PlacedEvent[] = [];
  events.forEach((event, i) => {
    placed.push({ event, x });
    x += widths[i] ?? 0;
  });
  return { placed, notToScale };
}
