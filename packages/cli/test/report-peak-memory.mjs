// Preloaded (node --import) by verify-memory.test.ts: writes the process's peak resident memory
// to stderr as it exits, so that the command is measured as it runs, and nothing else.
// On Linux, getrusage's maxRSS survives fork and exec: a child of a test worker holding 250 MB
// reports 250 MB whatever it uses itself. VmHWM is the peak of this process's own address space.
import fs from 'node:fs';

function peakBytes() {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/mu.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib) return Number(kib) * 1024;
  } catch {
    // Not Linux: maxRSS below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => {
  process.stderr.write(`\npeak-rss-bytes=${peakBytes()}\n`);
});
