import type { CDPSession } from 'playwright-core';

/** The page's main-thread time during one run, split into what it was spent on. */
export interface ProfileBucket {
  name: string;
  ms: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

// Checked in order on each sample's stack (leaf first for the VM's own entries, then any frame): the first
// that matches takes the sample. Bundled names may carry a numeric suffix (esbuild renames on collisions).
const has = (s: string[], re: RegExp) => s.some((f) => re.test(f));
const BUCKETS: { name: string; test: (names: string[]) => boolean }[] = [
  { name: 'idle: waiting for IndexedDB (the browser process)', test: (s) => s[0] === '(idle)' },
  { name: 'garbage collection', test: (s) => s[0] === '(garbage collector)' },
  { name: 'raw bulkPut (the baseline, interleaved)', test: (s) => has(s, /^timeRaw\d*$/) },
  { name: 'ingest: validating records (Zod)', test: (s) => has(s, /^validate\d*$/) },
  { name: 'ingest: order digests', test: (s) => has(s, /^orderDigest\d*$/) },
  { name: 'ingest: SKU codes (known check, assignment)', test: (s) => has(s, /^(allKnown|assign|codesFor)\d*$/) },
  { name: 'ingest: derived tables (deltas, applying them, writing shards)', test: (s) => has(s, /^(applyOrderChange|drain|applyDeltas|applyDigests|takeWrites|takeDirty|flush)\d*$/) },
  { name: 'ingest: the rest (orders write, capture log)', test: (s) => has(s, /^(timeIngest|ingestCapture)\d*$/) },
  { name: 'native, unattributed (IPC, structured clone)', test: (s) => s[0] === '(program)' },
  { name: 'Dexie request callbacks and promise plumbing (either variant)', test: () => true },
];

/** Starts the sampling profiler of the page behind `cdp`. */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and sums its samples into BUCKETS (ms of main-thread time each). */
export async function stopProfile(cdp: CDPSession): Promise<ProfileBucket[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number) => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.push(byId.get(at)!.callFrame.functionName || '(anonymous)');
    return names;
  };
  const totals = new Map(BUCKETS.map((b) => [b.name, 0]));
  const stacks = new Map<number, string>();
  profile.samples.forEach((id, i) => {
    let bucket = stacks.get(id);
    if (bucket === undefined) {
      const names = stackOf(id);
      bucket = BUCKETS.find((b) => b.test(names))!.name;
      stacks.set(id, bucket);
    }
    totals.set(bucket, totals.get(bucket)! + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  if (process.env.SHOPLENS_PROFILE_TOP) {
    // Inclusive time per function, for finding the next thing to speed up.
    const incl = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      for (const f of new Set(stackOf(id))) incl.set(f, (incl.get(f) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SHOPLENS_PROFILE_TOP)).map(([f, ms]) => `${ms.toFixed(0).padStart(7)} ${f}`).join('\n'));
  }
  return BUCKETS.map((b) => ({ name: b.name, ms: totals.get(b.name)! }));
}
