/**
 * The `CustomFunctions` global as Excel provides it to a functions runtime, reduced to what the
 * add-in uses: `associate`, `Error` and `ErrorCode`. Used by the unit tests and by the bare-context
 * bundle test (which gives the bundle nothing else).
 */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export type Registered = Record<string, (...args: unknown[]) => unknown>;

export function customFunctionsStub(registered: Registered = {}) {
  return {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      registered[id] = fn;
    },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}
