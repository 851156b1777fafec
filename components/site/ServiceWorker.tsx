'use client';
import { useEffect } from 'react';

/**
 * Installing the worker downloads and caches about twenty files (and the browser compiles the scripts among them),
 * so it starts a few seconds after the page has loaded, never while the page itself is starting up.
 */
const REGISTER_DELAY_MS = 4000;

/** Registers the offline service worker (out/sw.js, written at build) after the page has loaded. Renders nothing. */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let timer = 0;
    const register = () => {
      timer = window.setTimeout(() => {
        navigator.serviceWorker.register('/sw.js').catch(() => {
          // Offline support is an extra: the site works the same without it.
        });
      }, REGISTER_DELAY_MS);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      window.removeEventListener('load', register);
      window.clearTimeout(timer);
    };
  }, []);
  return null;
}
