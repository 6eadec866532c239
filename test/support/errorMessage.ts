/**
 * The message of the error a call throws, after checking the error's class.
 */
import { expect } from "vitest";

/** Calls `f`, expects it to throw an instance of `kind`, and returns the message; fails when `f` returns. */
export function messageOf(f: () => unknown, kind: abstract new (...args: never[]) => Error): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(kind);
    return (e as Error).message;
  }
  throw new Error(`expected a ${kind.name}, but the call returned`);
}
