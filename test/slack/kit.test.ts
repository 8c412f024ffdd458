import { describe, expect, it } from 'vitest';
import { clipWords, escapeClipped, plain } from '../../src/slack/blocks/kit.js';

describe('labels cut to Slack limits', () => {
  it('cut at a word, never inside one', () => {
    const title =
      'Ancien cahier des charges (2012) : intégration dans la coordination des politiques publiques';
    const cut = clipWords(title, 75);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).toBe('Ancien cahier des charges (2012) : intégration dans la coordination des…');
    expect(clipWords('court', 75)).toBe('court');
  });

  it('escape first, then fit: an entity is never cut in half', () => {
    const text = `${'a'.repeat(70)} & <b>`;
    const label = escapeClipped(text, 75);
    expect(label.length).toBeLessThanOrEqual(75);
    expect(label).not.toMatch(/&(?!(amp|lt|gt);)/);
    expect(plain('R&D <!channel>').text).toBe('R&amp;D &lt;!channel&gt;');
  });
});
