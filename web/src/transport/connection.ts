// The WebSocket to the page's own server. Knows frames, not scenes: it hands decoded messages to
// one callback and reconnects by itself (with backoff) when the server goes away and comes back.
import { decodeFrame, encodeFrame } from "./codec";

export type ConnectionStatus = "connecting" | "open" | "closed";

export interface ConnectionEvents {
  onMessage(msg: Record<string, unknown>): void;
  onStatus(status: ConnectionStatus): void;
}

/** The WebSocket URL of this page's own origin: the page talks to nobody else. */
export function ownWebSocketUrl(): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const dir = location.pathname.replace(/[^/]*$/, "");
  return `${scheme}//${location.host}${dir}ws`;
}

export class Connection {
  private socket: WebSocket | null = null;
  private retryMs = 100;
  private closedByUser = false;

  constructor(private readonly events: ConnectionEvents, private readonly url = ownWebSocketUrl()) {}

  open(): void {
    this.closedByUser = false;
    this.events.onStatus("connecting");
    const socket = new WebSocket(this.url);
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = 100;
      this.events.onStatus("open");
    };
    socket.onmessage = (event: MessageEvent) => {
      if (!(event.data instanceof ArrayBuffer)) return; // the protocol is binary frames only
      let msg: Record<string, unknown>;
      try {
        msg = decodeFrame(event.data);
      } catch (err) {
        console.error("dropping a malformed frame", err);
        return;
      }
      this.events.onMessage(msg);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.events.onStatus("closed");
      if (!this.closedByUser) {
        setTimeout(() => this.open(), this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, 2000);
      }
    };
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(msg: Record<string, unknown>): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(encodeFrame(msg));
    return true;
  }

  close(): void {
    this.closedByUser = true;
    this.socket?.close();
  }
}
