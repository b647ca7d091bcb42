// Next's production server catches uncaught exceptions and unhandled rejections and only logs them
// ("⨯ uncaughtException: …", "⨯ unhandledRejection: …"), so its log is where tests that run the
// real server (e2e, fault tests) look for them. next-intl logs a message a component read that it
// was not given (MISSING_MESSAGE) the same way, and renders the key instead: a client component
// rendered on the server whose page did not hand on its namespace (<ClientMessages>).
const PROCESS_ERROR = /uncaughtException|unhandledRejection|MISSING_MESSAGE/;

/** Collects, from a server's output as it arrives, every line where it logged one. */
export function processErrorCollector() {
  let partial = "";
  const found: string[] = [];
  return {
    found,
    /** Feeds a chunk of stdout or stderr (lines may be split across chunks). */
    add(chunk: string) {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) if (PROCESS_ERROR.test(line)) found.push(line.trim());
    },
    /** Checks what is left of the last line once the output has ended. */
    end() {
      if (PROCESS_ERROR.test(partial)) found.push(partial.trim());
      partial = "";
    },
  };
}
