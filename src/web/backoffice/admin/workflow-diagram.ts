/**
 * A workflow drawn as SVG on the server: steps placed in layers by their
 * distance from the start (left to right), transitions as arrows; arrows that
 * go back (returns, supplements) curve below. Only presentation attributes,
 * no style attribute, because the page's CSP forbids inline styles.
 */
import type { WorkflowDefinition } from '../../../modules/workflow/index.ts';
import { escapeHtml } from '../../html.ts';

const W = 170;
const H = 46;
const GAP_X = 70;
const GAP_Y = 26;
const PAD = 20;

export interface Edge {
  from: string;
  to: string;
  label: string;
}

/** Every transition of the definition, once per (from, to) pair, with the actions that take it. */
export function transitions(def: WorkflowDefinition): Edge[] {
  const byPair = new Map<string, Edge>();
  const ids = new Set(def.steps.map((s) => s.id));
  for (const step of def.steps) {
    for (const a of step.actions) {
      const targets = a.to ? [a.to] : a.returnToOrigin ? def.steps.filter((s) => s.actions.some((x) => x.to === step.id)).map((s) => s.id) : [];
      for (const to of targets.filter((x) => ids.has(x))) {
        const key = `${step.id}>${to}`;
        const e = byPair.get(key);
        if (e) e.label += `, ${a.label ?? a.id}`;
        else byPair.set(key, { from: step.id, to, label: a.label ?? a.id });
      }
    }
  }
  return [...byPair.values()];
}

function layers(def: WorkflowDefinition, edges: Edge[]): Map<string, number> {
  const depth = new Map<string, number>([[def.start, 0]]);
  const queue = [def.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.from === id)) {
      if (!depth.has(e.to)) {
        depth.set(e.to, depth.get(id)! + 1);
        queue.push(e.to);
      }
    }
  }
  // Unreachable steps (an error the validator reports) still get drawn, in a last column.
  const last = Math.max(0, ...depth.values()) + 1;
  for (const s of def.steps) if (!depth.has(s.id)) depth.set(s.id, last);
  return depth;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function workflowSvg(def: WorkflowDefinition, title: string): string {
  const edges = transitions(def);
  const depth = layers(def, edges);
  const rows = new Map<number, string[]>();
  for (const s of def.steps) rows.set(depth.get(s.id)!, [...(rows.get(depth.get(s.id)!) ?? []), s.id]);
  const pos = new Map<string, { x: number; y: number }>();
  for (const [layer, ids] of rows) ids.forEach((id, i) => pos.set(id, { x: PAD + layer * (W + GAP_X), y: PAD + i * (H + GAP_Y) }));
  const width = PAD * 2 + (Math.max(...rows.keys()) + 1) * (W + GAP_X) - GAP_X;
  const height = PAD * 2 + Math.max(...[...rows.values()].map((r) => r.length)) * (H + GAP_Y) + 40;
  const arrows = edges.map((e) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const forward = b.x > a.x;
    const d = forward
      ? `M${a.x + W},${a.y + H / 2} C${a.x + W + GAP_X / 2},${a.y + H / 2} ${b.x - GAP_X / 2},${b.y + H / 2} ${b.x},${b.y + H / 2}`
      : `M${a.x + W / 2},${a.y + H} C${a.x + W / 2},${a.y + H + 50} ${b.x + W / 2},${b.y + H + 50} ${b.x + W / 2},${b.y + H}`;
    return `<path d="${d}" fill="none" stroke="${forward ? '#505a5f' : '#b58800'}" stroke-width="1.5" marker-end="url(#arrow)"><title>${escapeHtml(`${e.from} → ${e.to}: ${e.label}`)}</title></path>`;
  });
  const boxes = def.steps.map((s) => {
    const p = pos.get(s.id)!;
    const fill = s.terminal ? '#e6f3ec' : s.id === def.start ? '#e8f1f8' : '#ffffff';
    return `<g><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="6" fill="${fill}" stroke="#0b0c0c" stroke-width="${s.id === def.start ? 2.5 : 1}"/>
<text x="${p.x + W / 2}" y="${p.y + 19}" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#0b0c0c">${escapeHtml(shorten(s.name, 26))}</text>
<text x="${p.x + W / 2}" y="${p.y + 35}" text-anchor="middle" font-family="sans-serif" font-size="10" fill="#505a5f">${escapeHtml(`${s.id} · ${s.state}`)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#505a5f"/></marker></defs>
${arrows.join('\n')}
${boxes.join('\n')}
</svg>`;
}
