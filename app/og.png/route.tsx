import { ImageResponse } from 'next/og';
import { host } from '@/host.config';

export const dynamic = 'force-static';
const size = { width: 1200, height: 630 };

/** out/og.png: the social card image shown when any page of the site is shared. */
export function GET() {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 80, background: '#0f172a', color: '#f8fafc' }}>
        <div style={{ fontSize: 40, color: '#93c5fd' }}>{host.siteName}</div>
        <div style={{ fontSize: 76, fontWeight: 700, marginTop: 24, lineHeight: 1.1 }}>What does your email bounce mean?</div>
        <div style={{ fontSize: 36, marginTop: 32, color: '#cbd5e1' }}>{`Every SMTP code and ${host.hostName} message: what happened, who acts, what to do.`}</div>
        <div style={{ display: 'flex', gap: 20, marginTop: 48, fontSize: 40, fontFamily: 'monospace', color: '#fbbf24' }}>
          <span>550 5.1.1</span>
          <span>554 5.7.1</span>
          <span>452 4.2.2</span>
        </div>
      </div>
    ),
    size,
  );
}
