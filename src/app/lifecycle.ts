import type { Phase } from '../http/create-http-server.js';

/** Where the app is in its life: shared by the start and stop sequences, /readyz and the GraphQL gate. */
export class Lifecycle implements Phase {
  #phase: 'waiting for the database' | 'importing plans' | 'warming up' | 'ready' | 'stopping' =
    'waiting for the database';

  /** Ready for new traffic (what /readyz reports). */
  get ready(): boolean {
    return this.#phase === 'ready';
  }

  /** Answering GraphQL: ready, or stopping and finishing what was already sent. */
  get serving(): boolean {
    return this.#phase === 'ready' || this.#phase === 'stopping';
  }

  /** Why the app is not ready; safe to show anyone. */
  get reason(): string {
    return this.#phase;
  }

  importing(): void {
    this.#phase = 'importing plans';
  }

  warming(): void {
    this.#phase = 'warming up';
  }

  done(): void {
    this.#phase = 'ready';
  }

  stopping(): void {
    this.#phase = 'stopping';
  }
}
