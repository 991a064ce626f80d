package dev.plangraph.neo4j;

import java.nio.file.Path;

/** Command-line options of {@link Launcher}; sizes use Neo4j's notation (e.g. {@code 128m}). */
record Options(Path home, int boltPort, int httpPort, String pageCache, long parentPid, long startTimeoutMillis) {
    static final String USAGE = "usage: Launcher --home <dir> --bolt-port <port> [--http-port <port>] "
            + "[--page-cache <size, e.g. 128m>] [--parent-pid <pid>] [--start-timeout-seconds <n>]";

    static Options parse(String[] argv) {
        Path home = null;
        int boltPort = -1;
        int httpPort = 0;
        String pageCache = "128m";
        long parentPid = 0;
        long timeoutSeconds = 120;
        for (int i = 0; i < argv.length; i++) {
            String flag = argv[i];
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException("missing value after " + flag);
            }
            String value = argv[++i];
            switch (flag) {
                case "--home" -> home = Path.of(value).toAbsolutePath().normalize();
                case "--bolt-port" -> boltPort = port(flag, value, false);
                case "--http-port" -> httpPort = port(flag, value, true);
                case "--page-cache" -> pageCache = size(flag, value);
                case "--parent-pid" -> parentPid = number(flag, value);
                case "--start-timeout-seconds" -> timeoutSeconds = number(flag, value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("--home is required");
        }
        if (boltPort < 0) {
            throw new IllegalArgumentException("--bolt-port is required");
        }
        return new Options(home, boltPort, httpPort, pageCache, parentPid, timeoutSeconds * 1000);
    }

    private static int port(String flag, String value, boolean zeroAllowed) {
        long port = number(flag, value);
        if (port > 65535 || (port == 0 && !zeroAllowed)) {
            throw new IllegalArgumentException(flag + " must be a TCP port, got " + value);
        }
        return (int) port;
    }

    private static long number(String flag, String value) {
        try {
            long n = Long.parseLong(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a non-negative integer, got " + value);
        }
    }

    private static String size(String flag, String value) {
        if (!value.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException(flag + " must be a size such as 128m, got " + value);
        }
        return value;
    }
}
