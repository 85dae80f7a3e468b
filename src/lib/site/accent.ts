/**
 * Starlight's accent palette from one brand colour: for each theme, a low (background tint), a
 * base and a high (text on dark/light) shade, mixed towards white or black so text keeps its
 * contrast in both themes.
 */
function mix(hex: string, target: number, amount: number): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(c + (target - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

/** CSS that sets Starlight's accent custom properties for both themes from `#rrggbb`. */
export function accentCss(hex: string): string {
  return [
    `:root { --sl-color-accent-low: ${mix(hex, 0, 0.7)}; --sl-color-accent: ${mix(hex, 255, 0.15)}; --sl-color-accent-high: ${mix(hex, 255, 0.75)}; }`,
    `:root[data-theme='light'] { --sl-color-accent-low: ${mix(hex, 255, 0.8)}; --sl-color-accent: ${hex}; --sl-color-accent-high: ${mix(hex, 0, 0.55)}; }`,
  ].join('\n');
}
