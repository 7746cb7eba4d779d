#!/usr/bin/env node
// A reader that stops early (`dpa lint --list-rules | head -1`) closes the pipe: end quietly, as
// other command-line tools do, instead of printing Node's EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
}

// The bundle (esbuild.mjs): the published package always has it; a checkout gets it from `npm run build`.
let main;
try {
    ({ main } = await import('../dist/main.js'));
} catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/main.js')) throw error;
    process.stderr.write('dpa: the CLI is not built yet (packages/cli/dist/main.js is missing): run `npm run build`\n');
    process.exit(2);
}
process.exitCode = await main(process.argv);
