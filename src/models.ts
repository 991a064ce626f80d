/**
 * Row shapes returned by the Cypher in `cypher/`. Codegen maps GraphQL types onto these (`mappers` in
 * codegen.ts), so a resolver's parent is exactly what the database returned.
 */

export interface PlanModel {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly region: string;
  readonly sourceSha256: string;
}
