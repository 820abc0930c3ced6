import { textWidth } from './textWidth.ts';

/**
 * Splits a label into lines no wider than `maxWidth` at spaces (greedy), so direct labels fit the
 * margin of a narrow chart. A single word wider than the room stays whole on its own line.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}
