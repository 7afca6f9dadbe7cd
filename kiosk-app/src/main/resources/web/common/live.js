// Keeps the live event stream open through server restarts and tells the page when it is lost and back.

/** notices: the stream's other event names this page wants, such as print-updated or display-identify. */
export function connectLive({ onSnapshot, onEvent, onNotice, onConnection, notices = ['print-updated', 'scan'] }) {
  let lost = false;
  let source;
  let retry;
  let lastId = null;

  function open() {
    // A new stream says where the last one ended, so that its snapshot holds every call made since.
    source = new EventSource('/api/v1/events' + (lastId ? '?since=' + encodeURIComponent(lastId) : ''));
    source.onopen = () => {
      if (lost) {
        lost = false;
        onConnection(true);
      }
    };
    source.onerror = () => {
      if (!lost) {
        lost = true;
        onConnection(false);
      }
      // The browser retries by itself unless the server answered with an error; then start again.
      if (source.readyState === EventSource.CLOSED) {
        clearTimeout(retry);
        retry = setTimeout(open, 2000);
      }
    };
    const seen = e => { if (e.lastEventId) lastId = e.lastEventId; };
    source.addEventListener('snapshot', e => { seen(e); onSnapshot(JSON.parse(e.data)); });
    for (const name of ['ticket-issued', 'ticket-called', 'ticket-updated', 'counter-updated']) {
      source.addEventListener(name, e => { seen(e); onEvent(name, JSON.parse(e.data)); });
    }
    for (const name of notices) {
      source.addEventListener(name, e => onNotice(name, JSON.parse(e.data)));
    }
  }

  open();
  return { close: () => source.close() };
}
