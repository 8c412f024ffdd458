import { describe, expect, it } from 'vitest';
import { startEngine } from '../../src/search/engine.js';
import { warmUp } from '../../src/search/warm-up.js';

describe('the start-up warm-up', () => {
  it('leaves the event loop free between its questions: a bot listening keeps answering', async () => {
    const { engine } = startEngine();
    let finished = false;
    const warming = warmUp(engine).then(() => {
      finished = true;
    });
    // What Slack sends meanwhile is handled on a later turn of the loop, before the warm-up ends.
    const handledWhileWarming = await new Promise<boolean>((resolve) =>
      setImmediate(() => resolve(!finished)),
    );
    await warming;
    expect(handledWhileWarming).toBe(true);
    expect(finished).toBe(true);
    // And the engine answers as before.
    expect(engine.ask('Qui préside le comité de pilotage du CLSM ?').outcome).toBe('answer');
  });
});
