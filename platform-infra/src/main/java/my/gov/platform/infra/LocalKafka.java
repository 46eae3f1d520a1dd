package my.gov.platform.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka node (combined KRaft broker and controller) in its own JVM: alone, or one of a quorum.
 *
 * <pre>java -cp ... my.gov.platform.infra.LocalKafka --port 19092 --controller-port 19093 \
 *      --data .mygov/kafka [--node-id 1 --voters 1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293] \
 *      [--exit-with-parent]</pre>
 *
 * Formats the log directory on first start (keeping data across restarts), then prints
 * {@code KAFKA READY <port>} once the broker answers metadata requests and sees every voter as a broker.
 * With three voters or more, topics are replicated three times and a write needs two in-sync copies.
 */
public final class LocalKafka {
    private LocalKafka() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int port = args.getInt("port", 19092);
        int controllerPort = args.getInt("controller-port", port + 1);
        Path data = Path.of(args.get("data", ".mygov/kafka")).toAbsolutePath();
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        int nodeId = args.getInt("node-id", 1);
        String voters = args.get("voters", nodeId + "@127.0.0.1:" + controllerPort);
        int voterCount = voters.split(",").length;
        Path config = writeConfig(data, logs, port, controllerPort, nodeId, voters);

        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(config, clusterIdOf(voters));
        }
        if (args.has("exit-with-parent")) {
            ParentWatch.exitWithParent();
        }
        Thread broker = new Thread(() -> kafka.Kafka.main(new String[] {config.toString()}), "kafka-main");
        broker.start();
        awaitReady(port, voterCount);
        System.out.println("KAFKA READY " + port);
        System.out.flush();
        broker.join();
    }

    private static Path writeConfig(Path data, Path logs, int port, int controllerPort, int nodeId, String voters)
            throws IOException {
        // One copy per broker up to three; a write waits for two of them, so one broker may be down.
        String replicas = Integer.toString(Math.min(3, voters.split(",").length));
        String minInSync = replicas.equals("3") ? "2" : "1";
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(nodeId));
        properties.put("controller.quorum.voters", voters);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logs.toString());
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        properties.put("default.replication.factor", replicas);
        properties.put("min.insync.replicas", minInSync);
        properties.put("offsets.topic.replication.factor", replicas);
        properties.put("offsets.topic.num.partitions", "3");
        properties.put("transaction.state.log.replication.factor", replicas);
        properties.put("transaction.state.log.min.isr", minInSync);
        properties.put("share.coordinator.state.topic.replication.factor", replicas);
        properties.put("share.coordinator.state.topic.min.isr", minInSync);
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.retention.hours", "168");
        Path config = data.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(writer, "Written by my.gov.platform.infra.LocalKafka");
        }
        return config;
    }

    /**
     * The nodes of one quorum are formatted separately, yet must share a cluster id: derived from the
     * voter list, every node computes the same one without talking to the others.
     */
    private static String clusterIdOf(String voters) {
        UUID derived = UUID.nameUUIDFromBytes(voters.getBytes(StandardCharsets.UTF_8));
        return new org.apache.kafka.common.Uuid(derived.getMostSignificantBits(), derived.getLeastSignificantBits()).toString();
    }

    private static void format(Path config, String clusterId) throws Exception {
        int exit = kafka.tools.StorageTool.execute(
                // "=" joins the id to its option: an id may begin with "-", which would otherwise read as an option.
                new String[] {"format", "--cluster-id=" + clusterId, "-c", config.toString()},
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed with " + exit);
        }
    }

    private static void awaitReady(int port, int voterCount) throws InterruptedException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-probe-" + UUID.randomUUID(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(config)) {
                if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() >= voterCount) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (Exception notYet) {
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new IllegalStateException("Kafka did not become ready on port " + port);
    }
}
