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
 * A real single-node Kafka broker (combined KRaft broker and controller) in its own JVM.
 *
 * <pre>java -cp ... my.gov.platform.infra.LocalKafka --port 19092 --controller-port 19093 \
 *      --data .mygov/kafka [--exit-with-parent]</pre>
 *
 * Formats the log directory on first start (keeping data across restarts), then prints
 * {@code KAFKA READY <port>} once the broker answers metadata requests.
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
        Path config = writeConfig(data, logs, port, controllerPort);

        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(config);
        }
        if (args.has("exit-with-parent")) {
            ParentWatch.exitWithParent();
        }
        Thread broker = new Thread(() -> kafka.Kafka.main(new String[] {config.toString()}), "kafka-main");
        broker.start();
        awaitReady(port);
        System.out.println("KAFKA READY " + port);
        System.out.flush();
        broker.join();
    }

    private static Path writeConfig(Path data, Path logs, int port, int controllerPort) throws IOException {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logs.toString());
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "3");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.retention.hours", "168");
        Path config = data.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(writer, "Written by my.gov.platform.infra.LocalKafka");
        }
        return config;
    }

    private static void format(Path config) throws Exception {
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()},
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed with " + exit);
        }
    }

    private static void awaitReady(int port) throws InterruptedException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-probe-" + UUID.randomUUID(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new IllegalStateException("Kafka did not become ready on port " + port);
    }
}
