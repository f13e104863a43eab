/** The use cases of the evidence library. */
@NullMarked
package uk.scrutiny.application.evidence;

import org.jspecify.annotations.NullMarked;
