// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_PLAN_FORM } from '~/lib/dr/backup-plan';
import { planToHash } from '~/lib/dr/plan-link';
import BackupPlanBuilder from '~/widgets/BackupPlanBuilder';
import DrStrategyChooser from '~/widgets/DrStrategyChooser';
import RpoCalculator from '~/widgets/RpoCalculator';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mount = mountWidgets();

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const liveRegion = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');

describe('RpoCalculator', () => {
  it('shows the worked example: 12 h worst case, 6 h average, 34 min restore', async () => {
    const container = await mount(<RpoCalculator />);
    const results = liveRegion(container)?.textContent ?? '';
    expect(results).toContain('12 h');
    expect(results).toContain('6 h on average');
    expect(results).toMatch(/Restore the data\s*34 min/);
    expect(results).toContain('Meets your RPO target of 24 h.');
  });

  it('draws an accessible timeline with a text alternative', async () => {
    const container = await mount(<RpoCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Incident timeline, worst case');
    expect(svg?.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
    const items = [...container.querySelectorAll('.widget-visually-hidden li')].map((li) => li.textContent);
    expect(items).toEqual([
      '−12 h: Last usable backup',
      '0: Failure',
      '+15 min: Failure detected',
      '+30 min: Recovery starts',
      '+1 h 4 min: Data restored',
      '+1 h 9 min: Service back',
    ]);
  });

  it('shows an error at the field instead of NaN', async () => {
    const container = await mount(<RpoCalculator />);
    const hours = byLabel(container, 'Hours between backups');
    await type(hours, 'twelve');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(description(hours)).toBe('"twelve" is not a number; use digits and a dot for decimals, e.g. 2.5.');
    expect(liveRegion(container)?.textContent).toBe('Fix the highlighted fields to see the RPO, the RTO and the timeline.');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('continuous mode asks for the replication lag instead of an interval', async () => {
    const container = await mount(<RpoCalculator />);
    await click(byLabel(container, 'Continuous (point-in-time recovery) Changes are shipped as they happen.'));
    expect(() => byLabel(container, 'Hours between backups')).toThrow();
    await type(byLabel(container, 'Replication lag (minutes)'), '5');
    expect(liveRegion(container)?.textContent).toContain('5 min');
  });
});

describe('DrStrategyChooser', () => {
  const headings = (container: HTMLElement) => [...container.querySelectorAll('.widget-ranking h4')].map((h) => h.textContent);

  it('ranks pilot light first for RTO 4 h / RPO 1 h', async () => {
    const container = await mount(<DrStrategyChooser />);
    expect(headings(container)).toEqual([
      '1. Pilot lightBest fit',
      '2. Warm standbyMeets both targets',
      '3. Backup & restoreMeets them only at its fast end',
      '4. Multi-site active/activeMeets both targets',
    ]);
  });

  it('re-ranks as targets tighten and explains what was ruled out', async () => {
    const container = await mount(<DrStrategyChooser />);
    await type(byLabel(container, 'RTO target'), '30');
    await type(byLabel(container, 'Unit for RTO target'), 'minutes');
    await type(byLabel(container, 'RPO target'), '5');
    await type(byLabel(container, 'Unit for RPO target'), 'minutes');
    expect(headings(container)[0]).toBe('1. Multi-site active/activeBest fit');
    expect(liveRegion(container)?.textContent).toContain(
      'Ruled out: its RPO is typically tens of minutes, more data loss than your 5 min target.',
    );
  });

  it('shows the error at the target field and no ranking', async () => {
    const container = await mount(<DrStrategyChooser />);
    const rto = byLabel(container, 'RTO target');
    await type(rto, '');
    expect(rto.getAttribute('aria-invalid')).toBe('true');
    expect(description(rto)).toBe('Longest acceptable downtime. Required: enter a number.');
    expect(container.querySelector('.widget-ranking')).toBeNull();
  });
});

describe('BackupPlanBuilder', () => {
  const code = (container: HTMLElement) => container.querySelector('pre.widget-code')?.textContent ?? null;

  it('shows a formatted main.tf for the example plan, with copy and download', async () => {
    const container = await mount(<BackupPlanBuilder />);
    expect(code(container)).toContain('resource "aws_backup_plan" "main" {');
    expect(button(container, 'Copy main.tf')).toBeTruthy();
    expect(button(container, 'Download main.tf')).toBeTruthy();
    expect(container.textContent).toContain('RPO of this rule: worst case 24 h');
  });

  it('validates as the user types and withholds main.tf, linking each error to its field', async () => {
    const container = await mount(<BackupPlanBuilder />);
    const vault = byLabel(container, 'Vault name');
    await type(vault, 'my vault');
    expect(vault.getAttribute('aria-invalid')).toBe('true');
    expect(description(vault)).toContain('Use only letters A–Z, digits, hyphens (-) and underscores (_); a space is not allowed.');
    expect(code(container)).toBeNull();
    const link = container.querySelector<HTMLAnchorElement>('.widget-summary a');
    expect(link?.textContent).toBe('Vault name');
    expect(link?.getAttribute('href')).toBe(`#${vault.id}`);
    await click(link!);
    expect(document.activeElement).toBe(vault);
  });

  it('restores a plan from a shared link after hydration', async () => {
    window.history.replaceState(null, '', `/${planToHash({ ...DEFAULT_BACKUP_PLAN_FORM, vaultName: 'shared-vault' })}`);
    const container = await mount(<BackupPlanBuilder />);
    expect(byLabel(container, 'Vault name').value).toBe('shared-vault');
    expect(code(container)).toContain('name = "shared-vault"');
  });

  it('shows a notice, not a crash, for a broken link', async () => {
    window.history.replaceState(null, '', '/#plan=not-a-plan');
    const container = await mount(<BackupPlanBuilder />);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('This shared link could not be opened');
    expect(code(container)).toContain('name = "main-backup-vault"');
  });

  it('adds a rule and moves focus to its name', async () => {
    const container = await mount(<BackupPlanBuilder />);
    await click(button(container, 'Add a rule'));
    const name = byLabel(container, 'Rule name', 1);
    expect(name.value).toBe('weekly');
    expect(document.activeElement).toBe(name);
    expect(code(container)).toContain('schedule                     = "cron(0 5 ? * SUN *)"');
  });

  it('turning on a cross-Region copy reveals the destination fields', async () => {
    const container = await mount(<BackupPlanBuilder />);
    expect(() => byLabel(container, 'Destination Region')).toThrow();
    await click(byLabel(container, 'Copy each backup to another Region'));
    expect(byLabel(container, 'Destination Region').value).toBe('eu-central-1');
    expect(code(container)).toContain('destination_vault_arn = aws_backup_vault.copy.arn');
  });
});
