import { HostError } from "../src";

/** Awaits a promise that must reject with an OfficeExtension.Error of `code`; returns the error. */
export async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<HostError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HostError);
  expect((caught as HostError).code).toBe(code);
  return caught as HostError;
}

/** Runs `fn`, which must throw synchronously an OfficeExtension.Error of `code`. */
export function throwsWithCode(fn: () => unknown, code: string): HostError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HostError);
  expect((caught as HostError).code).toBe(code);
  return caught as HostError;
}
