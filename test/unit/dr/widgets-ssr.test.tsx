// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import BackupPlanBuilder from '~/widgets/BackupPlanBuilder';
import DrStrategyChooser from '~/widgets/DrStrategyChooser';
import RpoCalculator from '~/widgets/RpoCalculator';

describe('server rendering', () => {
  it('has no browser globals here', () => {
    expect(typeof window).toBe('undefined');
  });

  it.each([
    ['RpoCalculator', <RpoCalculator />, 'Meets your RPO target of 24 h.'],
    ['DrStrategyChooser', <DrStrategyChooser />, 'Pilot light'],
    ['BackupPlanBuilder', <BackupPlanBuilder />, 'resource &quot;aws_backup_plan&quot; &quot;main&quot; {'],
  ])('%s renders its initial results on the server', (_, element, expected) => {
    const html = renderToString(element);
    expect(html).toContain(expected);
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
