/**
 * JVM flags for Neo4j 5 on Java 17. The `--add-opens` are required: without java.nio open Neo4j fails with
 * "Cannot to link java.nio.DirectByteBuffer"; the rest follow the flags Neo4j's own neo4j.conf ships with.
 * `-XX:+TrustFinalNonStaticFields` is left out on purpose: that conf marks it unsafe outside the packaged server.
 */
export function jvmFlags(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    // The JVM's own warnings (a class archive it cannot use, say) go to stdout by default, the launcher's
    // protocol channel: they go to stderr with Neo4j's console output instead.
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
  ];
}

/**
 * For a Neo4j that lives seconds to minutes (a CLI command, a test): the C1 compiler only, which starts it about a
 * quarter faster at the cost of peak speed; the server never uses it. C1 alone shrinks the code cache to 48 MB,
 * which the hundreds of distinct statements compiled reads produce can fill ("Out of space in CodeCache for
 * adapters"): the tiered default size is given back.
 */
export const QUICK_START_FLAGS: readonly string[] = [
  '-XX:TieredStopAtLevel=1',
  '-XX:ReservedCodeCacheSize=240m',
];
