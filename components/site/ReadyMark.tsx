'use client';
import { useEffect } from 'react';

/**
 * Marks <html data-ready> once React has hydrated the page. The framework loads after the first paint
 * (lib/build/deferred-scripts.ts), so browser tests wait for this before pressing buttons that need it.
 */
export function ReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}
