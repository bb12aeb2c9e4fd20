/**
 * One source of colours: the kind and stance colours of graph/style.ts, set once at start as CSS
 * custom properties on the document (`--kind-state`, `--stance-binding`, `--stance-binding-tint`
 * …), so the panels' style sheets (panels/stance.css) colour their badges with exactly what the
 * canvas draws, and no hex value is repeated in CSS.
 */
import '../panels/stance.css';
import { HIGHLIGHT, KIND_STYLE, STANCE_STYLE } from './style.ts';

/** `PRINCIPLE_ONLY` → `principle-only`, `State` → `state`: the spelling of the property names. */
export const cssSlug = (name: string): string => name.toLowerCase().replace(/_/g, '-');

/** `#RRGGBB` mixed with white: `share` of the colour (a light badge background). */
export function tint(hex: string, share: number): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const mix = (c: number): number => Math.round(c * share + 255 * (1 - share));
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function paletteProperties(): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [kind, s] of Object.entries(KIND_STYLE)) {
    props[`--kind-${cssSlug(kind)}`] = s.color;
    props[`--kind-${cssSlug(kind)}-border`] = s.border;
  }
  for (const [stance, look] of Object.entries(STANCE_STYLE)) {
    props[`--stance-${cssSlug(stance)}`] = look.color;
    props[`--stance-${cssSlug(stance)}-tint`] = tint(look.color, 0.13);
  }
  for (const [mark, colour] of Object.entries(HIGHLIGHT)) props[`--mark-${mark}`] = colour;
  return props;
}

export function applyPalette(root: HTMLElement = document.documentElement): void {
  for (const [k, v] of Object.entries(paletteProperties())) root.style.setProperty(k, v);
}
