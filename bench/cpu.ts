/**
 * CPU time of the local runtime, read from /proc: the workerd processes
 * under `wrangler dev`. CPU seconds spent during a load row divided by the
 * requests served is the Worker's CPU per request on this machine (an upper
 * bound: it includes workerd's own HTTP and local-D1 work, wrangler's proxy
 * Worker, the runtime's trace store, and every Worker that `wrangler dev`
 * runs: bench/README.md, "workerd CPU per request"). CPU time, unlike
 * wall time, does not grow when other work on the machine takes the cores.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

function descendants(pid: number): number[] {
  const direct = children(pid);
  return [...direct, ...direct.flatMap(descendants)];
}

/** The workerd processes under `rootPid` (the `wrangler dev` this run started). */
export function workerdPids(rootPid: number): number[] {
  return descendants(rootPid).filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).includes('workerd');
    } catch {
      return false;
    }
  });
}

/** CPU milliseconds (user + system) used so far by workerd under `rootPid`; null where /proc is missing. */
export function workerdCpuMs(rootPid: number): number | null {
  try {
    let ticks = 0;
    for (const pid of workerdPids(rootPid)) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks / TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

/**
 * The same to the nanosecond, from the scheduler's own count of each
 * thread's time on a CPU (`/proc/PID/task/TID/schedstat`): fine enough for
 * a single request, where the tick counts above move in 10 ms steps.
 */
export function workerdCpuPreciseMs(rootPid: number): number | null {
  try {
    let ns = 0;
    for (const pid of workerdPids(rootPid)) {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/**
 * Resolves once `cpuMs` moves less than `movedMs` over `windowMs` (the
 * processes it meters have gone quiet), or after `maxMs` whatever they do;
 * returns how long it waited. A row's "after" is read only then: a request
 * leaves work behind its response (the copy stored a beat later,
 * src/http/after-response.ts; the runtime's trace of it), and read at once
 * the figure would miss that work, or count it to the next row on the same
 * server. With the tick meter (`workerdCpuMs`, 10 ms steps) the default
 * `movedMs` means not one tick in the window.
 */
export async function untilIdle(
  cpuMs: () => number | null,
  { windowMs = 250, movedMs = 1, maxMs = 3_000 } = {},
): Promise<number> {
  const started = Date.now();
  let last = cpuMs();
  if (last === null) return 0;
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = cpuMs();
    if (now === null) return Date.now() - started;
    // A fall (a thread that exited takes its count with it, in the precise meter) is movement too.
    if (Math.abs(now - last) < movedMs) return Date.now() - started;
    last = now;
  }
  return Date.now() - started;
}
