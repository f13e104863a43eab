package uk.scrutiny.domain.common;

/**
 * What the log may say of a request: a path or a username fit for one line. The query and path
 * parameters go (they may carry names, or a session id), anything but printable ASCII becomes
 * {@code ?} (so that nobody writes lines of their own into the log), and a path is not endless.
 */
public final class LogText {

    private static final int MAX_PATH_LENGTH = 200;

    private LogText() {}

    /** The path alone: no query, no path parameters, at most 200 characters. */
    public static String path(String uri) {
        String path = printable(uri.split("[?;#]", 2)[0]);
        return path.length() > MAX_PATH_LENGTH ? path.substring(0, MAX_PATH_LENGTH) + "..." : path;
    }

    public static String username(String name) {
        return name.replaceAll("[^A-Za-z0-9._@-]", "?");
    }

    public static String printable(String text) {
        return text.replaceAll("[^\\x21-\\x7E]", "?");
    }
}
