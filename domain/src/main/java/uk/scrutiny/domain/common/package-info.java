/** What every feature of the model shares: checks on typed text and the exceptions a use case may end in. */
@NullMarked
package uk.scrutiny.domain.common;

import org.jspecify.annotations.NullMarked;
