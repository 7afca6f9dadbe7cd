// Which words tell a citizen that paper failed: out of paper and a printer that is not connected are said apart,
// since staff fix them differently and the citizen may be told how long it takes; any other fault in general words.

/** @param prefix 'ticket' or 'card'; @param printer the printer's word in a FAILED print status */
export function printFaultKey(prefix, printer) {
  if (printer === 'PAPER_OUT') return prefix + '.print_paper_out';
  if (printer === 'OFFLINE' || printer === 'UNPLUGGED') return prefix + '.print_offline';
  return prefix + '.print_failed';
}
