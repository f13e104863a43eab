package uk.scrutiny.application.admin;

/** A framework exported as a JSON file: its name (e.g. {@code six-steps-version-1.json}) and its bytes. */
public record FrameworkFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/json";
}
