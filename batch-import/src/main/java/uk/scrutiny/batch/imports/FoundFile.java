package uk.scrutiny.batch.imports;

import uk.scrutiny.domain.imports.ImportKind;

/** A file of the inbox ready to import, by its path inside the inbox, e.g. {@code minutes/2022-12-exec/manifest.csv}. */
public record FoundFile(String path, ImportKind kind) {}
