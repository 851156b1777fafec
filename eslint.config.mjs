import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  { ignores: ['out/**', '.next/**', 'node_modules/**', '.cache/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/analyzer-worker*'] },
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
];

export default config;
