// Integration and API tests start the real application on a real database: give them time.
jest.setTimeout(60_000);
