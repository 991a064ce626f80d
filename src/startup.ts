/** Where the app is on its way to serving: shared by the start sequence, /readyz and the GraphQL gate. */
export class Startup {
  #phase: 'waiting for the database' | 'importing plans' | 'ready' = 'waiting for the database';

  get ready(): boolean {
    return this.#phase === 'ready';
  }

  /** Why the app does not serve yet; safe to show anyone. */
  get reason(): string {
    return this.#phase;
  }

  importing(): void {
    this.#phase = 'importing plans';
  }

  done(): void {
    this.#phase = 'ready';
  }
}
