package rhinocc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch for the tests, started from plain Maven Central jars.
 *
 * <p>Usage: {@code OpenSearchNode [httpPort [homeDir]]}; the environment variables
 * OPENSEARCH_PORT (default 9200) and OPENSEARCH_DIR (default /tmp/rhinocc-opensearch-PORT)
 * are used when the arguments are absent. Stays in the foreground until killed;
 * SIGTERM closes the node cleanly.
 */
public final class OpenSearchNode {

    /**
     * The modules a distribution would load from modules/; here they are on the classpath
     * and handed to the node directly (no plugin descriptor, no jar-hell check needed).
     */
    private static final List<Class<? extends Plugin>> PLUGINS =
        List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class);

    /** Node's constructor taking classpath plugins is protected: a subclass exposes it. */
    private static final class ClasspathPluginsNode extends Node {
        ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        String port = args.length > 0 ? args[0] : envOr("OPENSEARCH_PORT", "9200");
        Path home = Path.of(args.length > 1 ? args[1] : envOr("OPENSEARCH_DIR", "/tmp/rhinocc-opensearch-" + port))
            .toAbsolutePath();
        // An empty home with the folders a distribution has; modules/ and plugins/ stay empty.
        for (String dir : List.of("config", "data", "logs", "modules", "plugins")) {
            Files.createDirectories(home.resolve(dir));
        }

        Settings settings = Settings.builder()
            .put("cluster.name", "rhinocc-test")
            .put("node.name", "rhinocc-node")
            .put("discovery.type", "single-node")
            // A loopback bind keeps the node in development mode: bootstrap checks are not enforced.
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            // A nearly full test disk must not turn the indices read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment environment =
            InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> "rhinocc-node");

        Node node = new ClasspathPluginsNode(environment, PLUGINS);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "rhinocc-opensearch-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            // E.g. the port is taken: exit (the hook closes the node) instead of hanging.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("OpenSearch node started on http://127.0.0.1:" + port + " (home " + home + ")");
        // The node's threads may all be daemons: keep the JVM alive until the shutdown hook ran.
        closed.await();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
