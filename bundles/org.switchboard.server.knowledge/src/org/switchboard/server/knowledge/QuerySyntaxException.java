package org.switchboard.server.knowledge;

/** A query that does not follow the search syntax; {@link #position()} is where reading it failed (0-based). */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
