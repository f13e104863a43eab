package uk.scrutiny.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** An inbox folder for tests: files put in it look settled (last changed two minutes ago), as the import wants. */
public final class TestInbox {

    private final Path root;

    public TestInbox(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Empties the inbox (and the storage beside it). */
    public void clear() {
        try {
            if (Files.exists(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (!dir.equals(root)) {
                            Files.delete(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture (under {@code fixtures/} on the test class path) to a path inside the inbox. */
    public Path fixture(String fixture, String inboxPath) {
        try (InputStream in = TestInbox.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fixture);
            }
            return put(inboxPath, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the minutes fixture folder to {@code minutes/<batch>/}. */
    public Path minutesFixture(String batch) {
        for (String name : List.of(
                "manifest.csv",
                "sscp-minutes-2022-12-12-approved-v2.pdf",
                "sog-minutes-2022-11-07-approved.pdf",
                "sscp-minutes-2023-01-16-draft.pdf")) {
            fixture("minutes/2022-12-exec/" + name, "minutes/" + batch + "/" + name);
        }
        return settle(root.resolve("minutes").resolve(batch));
    }

    public Path put(String inboxPath, byte[] bytes) {
        try {
            Path file = root.resolve(inboxPath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            settle(file);
            settle(file.getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path put(String inboxPath, String text) {
        return put(inboxPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path settle(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(120)));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder of the inbox, as paths inside the inbox. */
    public List<String> filesUnder(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
