package org.aftermath.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a Spark master URL before Spark is started with it, so that a typo or an unreachable cluster is one line
 * naming the URL rather than a minute of retries and a stack trace in Spark's log.
 */
final class Masters {

    /** How long to wait for a master's port to accept a connection, ms. */
    static final int CONNECT_TIMEOUT_MS = 3000;

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,\\s*[1-9][0-9]*)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\s*[1-9][0-9]*\\s*,\\s*[1-9][0-9]*"
            + "\\s*,\\s*[1-9][0-9]*\\s*]");

    /** The forms {@link #check} accepts, for messages. */
    static final String FORMS = "local, local[N], local[*], local[N,MAX_FAILURES], spark://HOST:PORT[,HOST:PORT...],"
            + " yarn, k8s://HOST:PORT";

    private Masters() {
    }

    /**
     * @param master a master URL
     * @throws IllegalArgumentException naming the URL if it is of no known form, or if none of the hosts of a
     *                                  {@code spark://} or {@code k8s://} master accepts a connection
     */
    static void check(String master) {
        String m = master.strip();
        if (LOCAL.matcher(m).matches() || LOCAL_CLUSTER.matcher(m).matches() || m.equals("yarn")) {
            return;
        }
        List<InetSocketAddress> hosts;
        if (m.startsWith("spark://")) {
            hosts = new ArrayList<>();
            for (String hostPort : m.substring("spark://".length()).split(",")) {
                hosts.add(address(master, hostPort.strip(), 7077));
            }
        } else if (m.startsWith("k8s://")) {
            String rest = m.substring("k8s://".length());
            String hostPort = rest.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
            hosts = List.of(address(master, hostPort, rest.startsWith("http://") ? 80 : 443));
        } else {
            throw new IllegalArgumentException("master '" + master + "' is not a Spark master URL (" + FORMS + ")");
        }
        List<String> refused = new ArrayList<>();
        for (InetSocketAddress host : hosts) {
            try (Socket s = new Socket()) {
                s.connect(host, CONNECT_TIMEOUT_MS);
                return;
            } catch (IOException e) {
                refused.add(host.getHostString() + ":" + host.getPort() + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalArgumentException("master " + master + " is unreachable: " + String.join(", ", refused)
                + "; start the cluster or correct spark.master");
    }

    private static InetSocketAddress address(String master, String hostPort, int defaultPort) {
        URI uri;
        try {
            uri = new URI("spark://" + hostPort);
        } catch (Exception e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || hostPort.isEmpty()) {
            throw new IllegalArgumentException("master '" + master + "': '" + hostPort + "' is not HOST:PORT");
        }
        return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort());
    }
}
