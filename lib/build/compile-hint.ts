/**
 * V8's explicit compile hint: a file that starts with this comment has all its functions compiled eagerly, on the
 * background thread that streams the script, instead of lazily on the main thread the first time each is called.
 * The framework chunks every page runs at load (React, the router) call nearly all their functions during
 * hydration, so compiling them up front moves that work off the main thread (see the README's figures).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The source with the compile hint as its first line; unchanged when it already has one. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}${source}`;
}
