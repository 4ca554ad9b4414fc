// One server for the whole run: started before the first test file on a free port, stopped after the last.
export default {
  testEnvironment: "node",
  globalSetup: "<rootDir>/global-setup.mjs",
  globalTeardown: "<rootDir>/global-teardown.mjs",
};
