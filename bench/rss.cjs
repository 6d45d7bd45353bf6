// Preloaded into the measured process: reports its peak resident set size when it exits.
process.on('exit', () => {
    require('node:fs').writeSync(2, `\nVWO_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
