package io.escalation.examples.cluster;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;

/**
 * The NATS side of the cluster: connections and the JetStream stream that carries one tenant's
 * escalation events.
 *
 * <p>The stream's <em>duplicate window</em> is what makes re-sending safe: JetStream remembers the
 * {@code Nats-Msg-Id} of every message stored within the window and acknowledges a second message
 * with the same id as a duplicate without storing it. The relay uses the event id as the message id,
 * so a relay that crashed before saving its checkpoint and sends a batch again within the window
 * adds nothing to the stream. The window must therefore be longer than the longest outage after
 * which a relay resends (here 10 minutes by default; the server's default is 2 minutes).
 */
public final class Broker implements AutoCloseable {

    /** The duplicate window used unless a caller chooses one. */
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofMinutes(10);

    private final Connection connection;

    private Broker(Connection connection) {
        this.connection = connection;
    }

    /**
     * Connects to a NATS server, failing fast when it does not answer.
     *
     * @param url e.g. {@code nats://127.0.0.1:4222}
     * @param name the connection's name, shown by the server's monitoring
     * @return the connection; the caller closes it
     * @throws UnreachableException when the server does not answer within two seconds
     */
    public static Broker connect(String url, String name) {
        Options options = new Options.Builder().server(url).connectionName(name)
                .connectionTimeout(Duration.ofSeconds(2)).noReconnect().build();
        try {
            return new Broker(Nats.connect(options));
        } catch (IOException e) {
            throw new UnreachableException("NATS", Tables.hostOf(url), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("NATS", Tables.hostOf(url), e);
        }
    }

    /**
     * Creates the stream for the events, or leaves it as it is when it exists with the same
     * configuration.
     *
     * @param stream the stream's name
     * @param subject the subject the relay publishes to
     * @param duplicateWindow how long the broker remembers message ids
     * @param storage where the stream keeps messages ({@link StorageType#Memory} for tests and demos)
     * @throws IOException when the server cannot be asked
     * @throws JetStreamApiException when the server refuses the stream (e.g. JetStream is off)
     */
    public void createStream(String stream, String subject, Duration duplicateWindow,
            StorageType storage) throws IOException, JetStreamApiException {
        JetStreamManagement jsm = connection.jetStreamManagement();
        jsm.addStream(StreamConfiguration.builder().name(stream).subjects(subject).storageType(storage)
                .duplicateWindow(duplicateWindow).build());
    }

    /**
     * Returns how many messages the stream holds.
     *
     * @param stream the stream's name
     * @return the count
     * @throws IOException when the server cannot be asked
     * @throws JetStreamApiException when the stream does not exist
     */
    public long messageCount(String stream) throws IOException, JetStreamApiException {
        return connection.jetStreamManagement().getStreamInfo(stream).getStreamState().getMsgCount();
    }

    /**
     * Deletes the stream and its consumers.
     *
     * @param stream the stream's name
     * @throws IOException when the server cannot be asked
     * @throws JetStreamApiException when the stream does not exist
     */
    public void deleteStream(String stream) throws IOException, JetStreamApiException {
        connection.jetStreamManagement().deleteStream(stream);
    }

    /**
     * Returns a JetStream context on this connection.
     *
     * @return the context
     * @throws UnreachableException when JetStream is not enabled on the server
     */
    public JetStream jetStream() {
        try {
            return connection.jetStream();
        } catch (IOException e) {
            throw new UnreachableException("NATS JetStream", String.valueOf(connection.getConnectedUrl()), e);
        }
    }

    /**
     * Checks that the server has JetStream enabled for this connection's account.
     *
     * @throws UnreachableException when it has not, or does not answer
     */
    public void requireJetStream() {
        try {
            connection.jetStreamManagement().getAccountStatistics();
        } catch (IOException | JetStreamApiException e) {
            throw new UnreachableException("NATS JetStream", String.valueOf(connection.getConnectedUrl()), e);
        }
    }

    /** Closes the connection. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Broker[" + connection.getStatus() + "]";
    }
}
