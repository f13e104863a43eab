/** Demo data for a first run on the embedded database; never loaded on a production database. */
@NullMarked
package uk.scrutiny.application.demo;

import org.jspecify.annotations.NullMarked;
