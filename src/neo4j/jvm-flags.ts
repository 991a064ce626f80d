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
  ];
}
