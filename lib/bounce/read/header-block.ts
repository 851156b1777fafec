/**
 * Reads "Name: value" fields with folded continuation lines: mail headers, RFC 3464 status blocks,
 * feedback reports and returned header sections.
 */

export interface Field {
  /** Lower-case field name. */
  name: string;
  value: string;
  /** The field as written (continuations joined with a space). */
  line: string;
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,76}):[ \t]*(.*)$/;

/**
 * The fields of a header-like block; stops at the first blank line when `stopAtBlank` is set. Continuation
 * lines are gathered and joined once per field, so a header folded 100,000 times costs linear time.
 */
export function readFields(text: string, stopAtBlank = true): Field[] {
  const fields: Field[] = [];
  let more: string[] = [];
  const finish = () => {
    const last = fields[fields.length - 1];
    if (!last || more.length === 0) return;
    last.value = last.value ? `${last.value} ${more.join(' ')}` : more.join(' ');
    last.line = `${last.line} ${more.join(' ')}`;
    more = [];
  };
  // line by line with indexOf, so a block that stops at its first blank line does not split the text after it
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, Math.min(end, start + 8192));
    start = end + 1;
    if (line.trim() === '') {
      if (stopAtBlank && fields.length > 0) break;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length > 0) {
      more.push(line.trim());
      continue;
    }
    const m = FIELD.exec(line);
    if (m) {
      finish();
      fields.push({ name: (m[1] ?? '').toLowerCase(), value: (m[2] ?? '').trim(), line: line.trim() });
    }
  }
  finish();
  return fields;
}

export function fieldValue(fields: readonly Field[], name: string): string {
  return fields.find((f) => f.name === name)?.value ?? '';
}

/** Whether the text starts with a header section (so it is a whole message, not a pasted body). */
export function startsWithHeaders(text: string): boolean {
  const head = text.slice(0, 16384).replace(/^\s+/, '');
  if (/^From [^\n]*\n/.test(head)) return true;
  const block = head.split('\n\n', 1)[0] ?? '';
  const lines = block.split('\n').slice(0, 200);
  const known = /^(?:return-path|received|from|to|subject|date|message-id|mime-version|content-type|delivered-to|x-[\w-]+|dkim-signature|reply-to|sender|cc|auto-submitted|precedence|arc-[\w-]+|authentication-results):/i;
  let fields = 0;
  let knownCount = 0;
  let broken = 0;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && fields > 0) continue;
    // a value wrapped without folding white space (Office 365's long X-Microsoft-Antispam fields) is tolerated
    if (!FIELD.test(line)) {
      if (fields === 0 || ++broken > 2 + fields / 8) return false;
      continue;
    }
    fields++;
    if (known.test(line)) knownCount++;
  }
  return knownCount > 0;
}
