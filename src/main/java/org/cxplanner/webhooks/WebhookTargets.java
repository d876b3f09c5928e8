package org.cxplanner.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the planner may send: {@code https} to addresses outside the planner's own network, so a webhook cannot be
 * used to reach the database, the metadata service of a cloud or another internal system (server-side request
 * forgery). An administrator may allow an internal or plain-{@code http} target for one endpoint. The address is
 * checked when the endpoint is saved (as written) and again before every delivery (as the name resolves then).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** What is wrong with the address as written, in the form's words; empty when it may be saved. */
    static Optional<String> problem(String url, boolean allowInternal) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a web address. Paste the whole address, starting with https://.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("This is not a web address. Paste the whole address, starting with https://.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Leave the user name and password out of the address: the secret signs each delivery.");
        }
        if (allowInternal) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("Use an https:// address: events are sent encrypted. (An administrator can allow an internal "
                    + "or http address below.)");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) {
            return Optional.of(INSIDE);
        }
        if (isLiteral(host)) {
            try {
                if (internal(InetAddress.getByName(stripBrackets(host)))) {
                    return Optional.of(INSIDE);
                }
            } catch (UnknownHostException e) {
                return Optional.of("This is not a web address. Paste the whole address, starting with https://.");
            }
        }
        return Optional.empty();
    }

    /** Before a delivery: empty when every address the host has now is outside, or the endpoint allows internal ones. */
    static Optional<String> refusedNow(URI uri, boolean allowInternal) {
        Optional<String> written = problem(uri.toString(), allowInternal);
        if (written.isPresent() || allowInternal) {
            return written.map(problem -> "Not sent: " + Character.toLowerCase(problem.charAt(0)) + problem.substring(1));
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return Optional.of("Not sent: " + uri.getHost() + " points inside the planner's network (" + address.getHostAddress()
                            + "). An administrator can allow internal addresses for this endpoint.");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("The planner cannot find " + uri.getHost() + " (no such host).");
        }
        return Optional.empty();
    }

    static final String INSIDE = "This address points inside the planner's own network (loopback or a private range): "
            + "events are only sent outside, unless an administrator allows internal addresses for this endpoint.";

    /** Loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local IPv6, "this network", multicast. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                || host.indexOf(':') >= 0 && host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
