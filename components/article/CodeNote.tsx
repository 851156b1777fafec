/**
 * The few explanations that many articles share, written once. An article states what is specific to it and
 * places the shared part with one tag:
 *
 *   <CodeNote about="dot-stripped" number="441" code="4.4.1" />   a folklore number that is an enhanced code without dots
 *   <CodeNote about="expiry" code="4.7.5" />                      what the report says when retries of a 4.x.x run out
 */

const CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

function codeLink(code: string) {
  return <a href={`/codes/${code}/`}>{code}</a>;
}

function DotStripped({ number, code }: { number: string; code: string }) {
  const temporary = code.startsWith('4.');
  return (
    <p className="code-note">
      No RFC and no IANA registry defines {number} as an SMTP reply; the real ones are listed in RFC 5321, section
      4.2.3, and its extensions. Error-code tables copied from site to site since the early 2000s print the enhanced
      status code {codeLink(code)} with its dots removed. A real bounce therefore never carries &ldquo;{number}&rdquo; on
      its own: it carries {code} or a related detail, usually after a three-digit reply such as 450 or 550, or next
      to a network error when no server answered at all, and that line decides what happens.{' '}
      {temporary
        ? 'With a 4 in front the condition is temporary, so the sending server keeps the message and retries on its own.'
        : 'With a 5 in front the refusal is final: the sending server stops trying, so something must change before the message goes out again.'}
    </p>
  );
}

function Expiry({ code }: { code: string }) {
  return (
    <p className="code-note">
      If {code} keeps coming back until the sending server&rsquo;s retry period ends (often around five days), you
      receive a failure report. What it shows depends on the software that wrote it: many servers repeat the last
      temporary reply, {code} included, others report {codeLink('4.4.7')} or {codeLink('5.4.7')} (delivery time
      expired) or a text such as &ldquo;retry timeout exceeded&rdquo;, and only some turn it into the 5 form of the same
      code. Whatever the number, the report is final for that copy: fix the cause, then send the message again.
    </p>
  );
}

export function CodeNote(props: { about: 'dot-stripped' | 'expiry'; code: string; number?: string }) {
  if (!CODE.test(props.code)) throw new Error(`CodeNote: "${props.code}" is not an enhanced status code`);
  if (props.about === 'expiry') return <Expiry code={props.code} />;
  if (!props.number || !/^\d{3}$/.test(props.number)) throw new Error('CodeNote about="dot-stripped" needs number="NNN"');
  return <DotStripped number={props.number} code={props.code} />;
}
