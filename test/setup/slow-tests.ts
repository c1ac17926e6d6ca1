// Integration and end-to-end tests wait on a real broker and database; allow them time to.
jest.setTimeout(120_000);
