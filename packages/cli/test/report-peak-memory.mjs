// Preloaded (node --import) by verify-memory.test.ts: writes the process's peak resident memory
// to stderr as it exits, so that the command is measured as it runs, and nothing else.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-bytes=${process.resourceUsage().maxRSS * 1024}\n`);
});
