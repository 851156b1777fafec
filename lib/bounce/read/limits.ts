/** Work caps: every input ends quickly, whatever its shape. */
export const LIMITS = {
  /** Inputs larger than this are refused politely. */
  maxInputBytes: 10 * 1024 * 1024,
  /** Only this much of the human-readable report is scanned for recipients and phrases. */
  maxReportChars: 256 * 1024,
  /** Only this much of a returned message is read (its headers). */
  maxOriginalChars: 64 * 1024,
  /** Only this much of a delivery-status part is read. */
  maxStatusChars: 256 * 1024,
  /** Lines are cut to this length before pattern matching. */
  maxLineChars: 8 * 1024,
  /** Longest MIME part body handed to postal-mime; the rest of a part (a returned attachment) is dropped. */
  maxPartBytes: 192 * 1024,
  /** More MIME boundary lines than this and the message is read as plain text. */
  maxBoundaryLines: 2000,
  /** MIME nesting depth handed to postal-mime. */
  maxMimeDepth: 64,
  /** Most recipient results kept from one message. */
  maxResults: 500,
  /** Longest diagnostic kept. */
  maxDiagnosticChars: 1000,
  /** Share of control bytes above which the input is treated as binary. */
  maxControlShare: 0.02,
} as const;
