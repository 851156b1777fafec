/** sessionStorage key under which the home page's paste box hands text to the analyzer page. */
export const PENDING_KEY = 'bounce-help:pending-paste';
