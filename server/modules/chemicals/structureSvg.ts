// Structure depictions drawn by RDKit, cached per structure. Only RDKit's drawing leaves the server: the
// molecule is re-read from its canonical SMILES (which drops CXSMILES labels and names, the only way user
// text could reach the drawing) and the SVG is checked against an allow-list of drawing elements.
import { loadRDKit } from '../../../core/chemicals';

const WIDTH = 300;
const HEIGHT = 220;
const CACHE_SIZE = 2_000;
const cache = new Map<string, string>();

const ALLOWED_ELEMENTS = new Set([
  'svg',
  'rect',
  'path',
  'ellipse',
  'circle',
  'line',
  'polyline',
  'polygon',
  'g',
]);

/** True when the SVG holds only drawing elements: no scripts, links, event handlers or embedded content. */
export function isSafeDepiction(svg: string): boolean {
  if (/<script|<foreignObject|\son[a-z]+\s*=|href\s*=|javascript:|<!ENTITY|<!DOCTYPE/i.test(svg))
    return false;
  for (const match of svg.matchAll(/<([a-zA-Z][\w:-]*)/g))
    if (!ALLOWED_ELEMENTS.has(match[1] ?? '')) return false;
  return true;
}

/** The SVG of a structure, or null when RDKit cannot read it or its drawing fails the safety check. */
export async function depict(smiles: string): Promise<string | null> {
  const hit = cache.get(smiles);
  if (hit !== undefined) {
    cache.delete(smiles); // refresh recency
    cache.set(smiles, hit);
    return hit;
  }
  const rd = await loadRDKit();
  const parsed = rd.get_mol(smiles);
  if (!parsed) return null;
  let canonical: string;
  try {
    if (!parsed.is_valid()) return null;
    canonical = parsed.get_smiles();
  } finally {
    parsed.delete();
  }
  const mol = rd.get_mol(canonical);
  if (!mol) return null;
  let svg: string;
  try {
    svg = mol.get_svg(WIDTH, HEIGHT);
  } finally {
    mol.delete();
  }
  if (!isSafeDepiction(svg)) return null;
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(smiles, svg);
  return svg;
}
