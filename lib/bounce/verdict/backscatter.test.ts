import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { host } from '../../../host.config';
import { analyze } from '../analyze';
import { readFields } from '../read/header-block';
import { detectBackscatter } from './backscatter';

const servers = host.servers;
const fields = (lines: string[]) => readFields(lines.join('\n'));
const FORGED_HOP = 'Received: from unknown (dyn-203-0-113-45.example.org [203.0.113.45]) by mx.example.net with ESMTP id 1';
const OUR_HOP = 'Received: from out2.mailhost.example (out2.mailhost.example [198.51.100.12]) by mx.example.net with ESMTPS id 2';
const RECIPIENTS = ['nobody.here@example.net'];

describe('detectBackscatter: the returned original decides', () => {
  it.each([
    ['a foreign first hop and a foreign Message-ID', [FORGED_HOP, 'Message-ID: <a1@dyn-203-0-113-45.example.org>', 'From: customer@example.com'], false, true],
    ['the mail left through our outbound relay', [OUR_HOP, 'Message-ID: <a2@example.com>', 'From: customer@example.com'], false, false],
    ['our relay in a hop, even with an odd Message-ID', [OUR_HOP, 'Message-ID: <a3@app.example.org>', 'From: customer@example.com'], false, false],
    ['a foreign hop but the Message-ID is the sender\'s', [FORGED_HOP, 'Message-ID: <a4@mail.example.com>', 'From: customer@example.com'], false, false],
    ['a Message-ID from the host itself', [FORGED_HOP, 'Message-ID: <a5@webmail.mailhost.example>', 'From: customer@example.com'], false, false],
    ['no Received header in the original (headers cut short)', ['Message-ID: <a6@elsewhere.example.org>', 'From: customer@example.com', 'Subject: hi'], false, false],
    ['no Message-ID', [FORGED_HOP, 'From: customer@example.com'], false, false],
    ['no original at all', [], false, false],
    ['a server of ours reported the failure', [FORGED_HOP, 'Message-ID: <a7@dyn.example.org>', 'From: customer@example.com'], true, false],
    ['an IP literal straight to the MX', ['Received: from [203.0.113.9] by mx2.example.net with SMTP id 3', 'Message-ID: <r1@bulk.example.org>', 'From: customer@example.com'], false, true],
    ['sent through another provider with a login', ['Received: from [203.0.113.9] by smtp.example.net with ESMTPSA id 4', 'Message-ID: <a8@mail.example.org>', 'From: customer@example.com'], false, false],
    ['webmail of another provider', ['Received: from [203.0.113.9] by web12.example.net via HTTP', 'Message-ID: <a9@web12.example.net>', 'From: customer@example.com'], false, false],
    ['a DKIM-signed original', [FORGED_HOP, 'DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=s1; b=abc', 'Message-ID: <a10@dyn.example.org>', 'From: customer@example.com'], false, false],
    ['a client with a proper server name', ['Received: from relay.example.org (relay.example.org [198.51.100.7]) by mx.example.net with ESMTP id 5', 'Message-ID: <a11@relay.example.org>', 'From: customer@example.com'], false, false],
    ['the first hop went to a relay, not the recipient\'s server', ['Received: from unknown (dyn-203-0-113-45.example.org [203.0.113.45]) by smtp.example.org with ESMTP id 6', 'Message-ID: <a12@dyn.example.org>', 'From: customer@example.com'], false, false],
  ])('%s', (_name, lines, ourServer, expected) => {
    const result = detectBackscatter(fields(lines), servers, ourServer, RECIPIENTS);
    expect(result !== null).toBe(expected);
    if (result) expect(result.why.length).toBeGreaterThan(0);
  });

  it('says nothing without a host configuration', () => {
    expect(detectBackscatter(fields([FORGED_HOP, 'Message-ID: <x@dyn.example.org>', 'From: customer@example.com']), undefined, false, RECIPIENTS)).toBeNull();
  });
});

describe('analyze: backscatter on whole messages', () => {

  const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name));

  it('a bounce of a forged message is backscatter, with the reasons', async () => {
    const { message, results } = await analyze(fixture('backscatter-forged-original.eml'), { host });
    expect(results[0]).toMatchObject({ kind: 'failed', recipient: 'nobody.here@example.net', reason: 'userunknown' });
    expect(message?.backscatter?.why[0]).toMatch(/came from dynamic-203-0-113-45\.broadband\.example\.org, an end user's machine, straight to the recipient's mail server mx\.example\.net/);
  });

  it('a bounce of mail really sent through the host is never backscatter', async () => {
    const { message, results } = await analyze(fixture('genuine-bounce-sent-through-host.eml'), { host });
    expect(results[0]).toMatchObject({ kind: 'failed', reason: 'userunknown' });
    expect(message?.backscatter).toBeUndefined();
  });
});
