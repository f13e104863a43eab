package uk.scrutiny.domain.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256, the one way the product names a file's content: 64 lower-case hexadecimal digits. Stored
 * files, published reports, scorecard submissions, refused uploads and the import's files are all
 * recognised by it, so it is computed and checked here only.
 */
public final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {}

    /** A new digest to feed while the bytes stream past; finish it with {@link #hex(MessageDigest)}. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The hexadecimal form of a finished digest. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        MessageDigest digest = digest();
        digest.update(bytes);
        return hex(digest);
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the stream to its end (without closing it). */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return hex(digest);
    }

    public static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isValid(String text) {
        return HEX.matcher(text).matches();
    }

    /**
     * @return the text, when it is a SHA-256 in hexadecimal
     * @throws IllegalArgumentException otherwise
     */
    public static String require(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hexadecimal digits");
        }
        return text;
    }
}
