package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * A Dart {@code Uri}: its components, already validated and normalized (see {@link DartUris},
 * which builds them). Immutable, so isolates may share it. A missing authority is a null
 * {@code host}; a missing (or default) port, query or fragment is null, as the SDK keeps them.
 */
public final class DartUri implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    public final String scheme;
    public final String userInfo;
    /** The host as written in the text: an IPv6 address keeps its brackets; null: no authority. */
    public final String host;
    /** An explicit port other than the scheme's default, or null. */
    public final Integer port;
    public final String path;
    public final String query;
    public final String fragment;
    private String text;

    public DartUri(DartClass dartClass, String scheme, String userInfo, String host, Integer port, String path, String query, String fragment) {
        this.dartClass = dartClass;
        this.scheme = scheme;
        this.userInfo = userInfo;
        this.host = host;
        this.port = port;
        this.path = path;
        this.query = query;
        this.fragment = fragment;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public boolean hasAuthority() {
        return host != null;
    }

    /** The {@code host} getter: empty without authority, an IPv6 address without brackets. */
    public String hostName() {
        if (host == null) {
            return "";
        }
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The {@code port} getter: the explicit port or the scheme's default (80, 443, else 0). */
    public int portNumber() {
        return port != null ? port : DartUris.defaultPort(scheme);
    }

    public String queryText() {
        return query == null ? "" : query;
    }

    public String fragmentText() {
        return fragment == null ? "" : fragment;
    }

    public String authority() {
        if (host == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        writeAuthority(sb);
        return sb.toString();
    }

    private void writeAuthority(StringBuilder sb) {
        if (!userInfo.isEmpty()) {
            sb.append(userInfo).append('@');
        }
        if (host != null) {
            sb.append(host);
        }
        if (port != null) {
            sb.append(':').append(port.intValue());
        }
    }

    /** The URI text; a file URI always shows its (possibly empty) authority. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            StringBuilder sb = new StringBuilder();
            if (!scheme.isEmpty()) {
                sb.append(scheme).append(':');
            }
            if (host != null || scheme.equals("file")) {
                sb.append("//");
                writeAuthority(sb);
            }
            sb.append(path);
            if (query != null) {
                sb.append('?').append(query);
            }
            if (fragment != null) {
                sb.append('#').append(fragment);
            }
            t = sb.toString();
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof DartUri u && scheme.equals(u.scheme) && hasAuthority() == u.hasAuthority() && userInfo.equals(u.userInfo) && hostName().equals(u.hostName()) &&
                        portNumber() == u.portNumber() && path.equals(u.path) && (query == null) == (u.query == null) && queryText().equals(u.queryText()) &&
                        (fragment == null) == (u.fragment == null) && fragmentText().equals(u.fragmentText());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
