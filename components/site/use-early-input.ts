'use client';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * The framework loads after the first paint (lib/build/deferred-scripts.ts), so a field may already hold what the
 * person typed, pasted or chose before React took over. Returns a ref for the field and calls `take` with it once,
 * right after hydration.
 */
export function useEarlyInput<T extends HTMLInputElement | HTMLTextAreaElement>(take: (field: T) => void): RefObject<T | null> {
  const field = useRef<T>(null);
  useEffect(() => {
    if (field.current) take(field.current);
    // Once, on mount: later input reaches the component through its own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return field;
}
