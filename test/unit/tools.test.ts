import { describe, expect, it } from 'vitest';
import { MissingToolError, findJava, findMaven, javaMajorVersion } from '../../src/neo4j/tools.js';

describe('tools the embedded Neo4j needs', () => {
  it('reads the Java major version from `java -version`', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('no version here')).toBeUndefined();
  });

  it('finds the machine’s Java 17+', () => {
    expect(findJava({ PATH: process.env['PATH'] })).toBe('java');
  });

  it('names Java and what to install when java is missing', () => {
    const find = () => findJava({ PATH: '/nonexistent' });
    expect(find).toThrow(MissingToolError);
    expect(find).toThrow(/Java 17 or newer is required .* Install a JDK 17 .* or set NEO4J_URI/);
  });

  it('names Maven and what to install when mvn is missing', () => {
    const find = () => findMaven({ PATH: '/nonexistent' });
    expect(find).toThrow(MissingToolError);
    expect(find).toThrow(/Apache Maven is required .* Install Maven 3\.8\+ .* or set NEO4J_URI/);
  });

  it('uses JAVA_HOME when set', () => {
    expect(() => findJava({ PATH: process.env['PATH'], JAVA_HOME: '/nonexistent/jdk' })).toThrow(
      /`\/nonexistent\/jdk\/bin\/java` could not be run/,
    );
  });
});
