import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
        testTimeout: 60_000
    }
});
