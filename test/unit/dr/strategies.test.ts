import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOOSER_FORM,
  rankStrategies,
  rankingOrder,
  readChooserForm,
  type ChooserInput,
} from '~/lib/dr/strategies';
import { DR_STRATEGIES } from '~/lib/dr/strategy-data';

const base: ChooserInput = {
  rtoMinutes: 240,
  rpoMinutes: 60,
  criticality: 'medium',
  budgetSensitivity: 'medium',
  changeRate: 'medium',
};

const rank = (patch: Partial<ChooserInput>) => rankStrategies({ ...base, ...patch });

describe('strategy data follows the AWS whitepaper', () => {
  it('orders the strategies from cheapest and slowest to most expensive and fastest', () => {
    expect(DR_STRATEGIES.map((s) => [s.id, s.rto.label, s.rpo.label])).toEqual([
      ['backup-restore', 'hours', 'hours'],
      ['pilot-light', 'tens of minutes', 'tens of minutes'],
      ['warm-standby', 'minutes', 'minutes'],
      ['multi-site', 'near zero (real time)', 'near zero (real time)'],
    ]);
    for (const strategy of DR_STRATEGIES) {
      expect(strategy.inRecoveryRegion).not.toBe('');
      expect(strategy.awsServices.length).toBeGreaterThan(0);
    }
  });
});

describe('rankStrategies', () => {
  it('a relaxed, low-priority workload on a tight budget gets backup & restore', () => {
    const ranked = rank({ rtoMinutes: 24 * 60, rpoMinutes: 24 * 60, criticality: 'low', budgetSensitivity: 'high', changeRate: 'low' });
    expect(rankingOrder(ranked)).toEqual(['backup-restore', 'pilot-light', 'warm-standby', 'multi-site']);
    expect(ranked[0]?.verdict).toBe('Recommended: it meets both targets at the lowest cost for the priorities you set.');
    expect(ranked[1]?.verdict).toBe('Meets the targets too, but costs more than Backup & restore for speed your targets do not ask for.');
  });

  it('RTO 4 h / RPO 1 h: pilot light first; backup & restore only at the fast end of its range', () => {
    const ranked = rank({});
    expect(rankingOrder(ranked)).toEqual(['pilot-light', 'warm-standby', 'backup-restore', 'multi-site']);
    const backup = ranked.find((entry) => entry.strategy.id === 'backup-restore');
    expect(backup?.fit).toBe('stretch');
    expect(backup?.verdict).toBe(
      'Cheaper than Pilot light, but it meets your targets only at the fast end of its range (RTO hours vs your 4 h; RPO hours vs your 1 h).',
    );
  });

  it('RTO 30 min / RPO 5 min rules out backup & restore and pilot light, and says why', () => {
    const ranked = rank({ rtoMinutes: 30, rpoMinutes: 5, criticality: 'high' });
    expect(rankingOrder(ranked).slice(0, 2)).toEqual(['multi-site', 'warm-standby']);
    expect(ranked.find((entry) => entry.strategy.id === 'backup-restore')?.verdict).toBe(
      'Ruled out: its RTO is typically hours, slower than your 30 min target, and its RPO is typically hours, more data loss than your 5 min target.',
    );
    expect(ranked.find((entry) => entry.strategy.id === 'pilot-light')?.verdict).toBe(
      'Ruled out: its RPO is typically tens of minutes, more data loss than your 5 min target.',
    );
  });

  it('the same targets on a tight budget prefer warm standby over multi-site', () => {
    const ranked = rank({ rtoMinutes: 30, rpoMinutes: 5, criticality: 'medium', budgetSensitivity: 'high' });
    expect(rankingOrder(ranked)[0]).toBe('warm-standby');
  });

  it('near-zero targets leave only multi-site active/active', () => {
    const ranked = rank({ rtoMinutes: 1, rpoMinutes: 0, criticality: 'mission-critical' });
    expect(rankingOrder(ranked)[0]).toBe('multi-site');
    expect(ranked.slice(1).every((entry) => entry.fit === 'too-slow')).toBe(true);
    expect(ranked[0]?.verdict).toMatch(/^Best available, but it meets your targets only at the fast end of its range/);
  });

  it('a critical workload with budget to spare buys headroom: warm standby over pilot light', () => {
    const tight = rank({ rtoMinutes: 60, rpoMinutes: 30, criticality: 'low', budgetSensitivity: 'high' });
    const critical = rank({ rtoMinutes: 60, rpoMinutes: 30, criticality: 'high', budgetSensitivity: 'medium' });
    expect(rankingOrder(tight)[0]).toBe('pilot-light');
    expect(rankingOrder(critical)[0]).toBe('warm-standby');
    expect(critical.find((entry) => entry.strategy.id === 'pilot-light')?.verdict).toBe(
      'Cheaper than Warm standby, but it meets your targets only at the fast end of its range (RPO tens of minutes vs your 30 min).',
    );
  });

  it('a high change rate pushes backup & restore down even when its range fits', () => {
    const calm = rank({ rtoMinutes: 24 * 60, rpoMinutes: 24 * 60, changeRate: 'low', budgetSensitivity: 'low' });
    const busy = rank({ rtoMinutes: 24 * 60, rpoMinutes: 24 * 60, changeRate: 'high', budgetSensitivity: 'low' });
    expect(rankingOrder(calm)[0]).toBe('backup-restore');
    expect(rankingOrder(busy)[0]).toBe('pilot-light');
    expect(busy.find((entry) => entry.strategy.id === 'backup-restore')?.verdict).toBe(
      'Cheaper than Pilot light, but with a high change rate every hour between backups loses more work and restores take longer.',
    );
  });

  it('always returns all four strategies exactly once', () => {
    for (const rtoMinutes of [0, 1, 5, 30, 60, 240, 1440, 10_000]) {
      for (const rpoMinutes of [0, 1, 5, 30, 60, 240, 1440]) {
        const ids = rankingOrder(rankStrategies({ ...base, rtoMinutes, rpoMinutes }));
        expect([...ids].sort()).toEqual(['backup-restore', 'multi-site', 'pilot-light', 'warm-standby']);
      }
    }
  });
});

describe('readChooserForm', () => {
  it('converts the targets to minutes', () => {
    expect(readChooserForm(DEFAULT_CHOOSER_FORM)).toEqual({ ok: true, input: base });
  });

  it('keys errors by field', () => {
    expect(readChooserForm({ ...DEFAULT_CHOOSER_FORM, rto: 'soon', rpo: '' })).toEqual({
      ok: false,
      errors: {
        rto: '"soon" is not a number; use digits and a dot for decimals, e.g. 2.5.',
        rpo: 'Required: enter a number.',
      },
    });
  });
});
