/** Minutes manifests: each row checked on its own, its document kept inside the manifest's folder, then filed as evidence. */
@NullMarked
package uk.scrutiny.batch.minutes;

import org.jspecify.annotations.NullMarked;
