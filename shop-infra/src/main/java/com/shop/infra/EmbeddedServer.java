package com.shop.infra;

/** A server run inside this JVM (a piece of the infrastructure or a simulated platform), started by a {@link ServerGroup}. */
public interface EmbeddedServer {

    /** A short name for logs and messages. */
    String name();

    /** Starts the server and returns once it accepts connections. */
    void start() throws Exception;

    /** Stops the server; does nothing when it is not running. */
    void stop();

    /** What a client connects to, in the form the shop applications expect. */
    String address();
}
