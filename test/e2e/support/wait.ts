/** Waits until `pred` holds, checking every 100 ms; after `seconds` it fails, naming what it waited for. */
export async function waitFor(pred: () => boolean, seconds: number, what: string): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (pred()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting ${seconds} s for ${what}`);
}
