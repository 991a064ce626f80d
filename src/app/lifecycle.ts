import type { Phase } from '../http/create-http-server.js';

/**
 * Where the app is in its life: shared by the start and stop sequences, /readyz and the GraphQL gate (what each
 * getter means is said once, on `Phase`).
 */
export class Lifecycle implements Phase {
  #phase: 'waiting for the database' | 'importing plans' | 'warming up' | 'ready' | 'stopping' =
    'waiting for the database';

  get ready(): boolean {
    return this.#phase === 'ready';
  }

  get serving(): boolean {
    return this.#phase === 'ready' || this.#phase === 'stopping';
  }

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
