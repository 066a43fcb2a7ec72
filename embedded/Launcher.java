import java.io.IOException;

/**
 * Starts the official Neo4j Community server in this JVM and ties its life to the parent process:
 * when standard input closes (the Node service exited, even by SIGKILL) the JVM exits, and Neo4j's
 * own shutdown hook stops the database cleanly. This is what keeps orphan JVMs from piling up.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; we only wait for end-of-stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        org.neo4j.server.CommunityEntryPoint.main(args);
    }
}
