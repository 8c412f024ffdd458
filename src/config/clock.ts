// The process clock. Under NODE_ENV=test only, CLSM_FAKE_NOW (an ISO instant) sets where it
// starts, so a test of `npm start` knows which reminders are due without reading the real date.
export function processClock(env: Readonly<Record<string, string | undefined>>): () => Date {
  const fake = env.NODE_ENV === 'test' ? env.CLSM_FAKE_NOW : undefined;
  if (fake === undefined) return () => new Date();
  const start = Date.parse(fake);
  if (Number.isNaN(start)) throw new Error(`CLSM_FAKE_NOW is not an ISO instant: ${fake}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}
