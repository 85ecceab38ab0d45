import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests drive the real mise binary and the stand-in ocx (a Node process per call).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
