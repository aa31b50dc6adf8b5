/**
 * Lets the event loop turn once (timers, I/O, other requests) before the caller goes on. Long CPU work
 * (screening hundreds of names) yields every few tens of milliseconds: a loop blocked for seconds fires
 * the Neo4j driver's connection-acquisition timers before it reads the answers that would have met them,
 * and every other request waits behind it.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
