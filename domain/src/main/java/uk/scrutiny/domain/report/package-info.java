/** Published reports: the files a publication froze, each with its SHA-256, kept for every version. */
@NullMarked
package uk.scrutiny.domain.report;

import org.jspecify.annotations.NullMarked;
