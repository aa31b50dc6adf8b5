package io.partnergraph.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Runs Neo4j 5 Community embedded, with only the Bolt connector, listening on loopback.
 *
 * <p>Arguments: data directory, Bolt port, page cache size in megabytes. Prints one line
 * "NEO4J_READY bolt://127.0.0.1:PORT" when Bolt accepts connections, and shuts the database
 * down cleanly on SIGTERM / SIGINT. Authentication is off: the connector binds to 127.0.0.1
 * only, so only processes on this machine can reach it.
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) throws Exception {
    Path dataDirectory = Path.of(args.length > 0 ? args[0] : ".data/neo4j").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    long pageCacheMegabytes = args.length > 2 ? Long.parseLong(args[2]) : 512;
    Files.createDirectories(dataDirectory);

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(dataDirectory)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMegabytes))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // The full-text index over names is Lucene. Its defaults (merge factor 2, 16 MB buffer)
            // rewrite every segment again and again under bulk writes: a profile of a watchlist import
            // found a quarter of Neo4j's CPU in Lucene merges. Lucene's own merge factor and a bigger
            // buffer cut that; searches read a few more segments.
            .setConfig(LuceneSettings.lucene_merge_factor, 10)
            .setConfig(LuceneSettings.lucene_standard_ram_buffer_size, 64.0)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_STOPPING");
                  service.shutdown();
                  System.out.println("NEO4J_STOPPED");
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    // Opening the default database makes sure it is started before we say we are ready.
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }
}
