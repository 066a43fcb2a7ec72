import java.io.IOException;
import java.nio.file.Path;

/**
 * Starts the official Neo4j Community server in this JVM and ties its life to the parent process:
 * when standard input closes (the Node service exited, even by SIGKILL) the JVM exits, and Neo4j's
 * own shutdown hook stops the database cleanly. This is what keeps orphan JVMs from piling up.
 * On a new home, NEO4J_INITIAL_PASSWORD is first set with neo4j-admin's own command, in this JVM
 * rather than a second one (a JVM start is seconds on a busy machine).
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
        String password = System.getenv("NEO4J_INITIAL_PASSWORD");
        if (password != null && !password.isEmpty()) {
            int status = org.neo4j.cli.AdminTool.execute(
                new org.neo4j.cli.ExecutionContext(
                    Path.of(System.getenv("NEO4J_HOME")), Path.of(System.getenv("NEO4J_CONF"))),
                "dbms", "set-initial-password", "--require-password-change=false", password);
            if (status != 0) {
                System.err.println("launcher: could not set the initial password (neo4j-admin exit " + status + ")");
                System.exit(3);
            }
        }
        org.neo4j.server.CommunityEntryPoint.main(args);
    }
}
