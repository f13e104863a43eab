/**
 * Demo data for a first run on the embedded database (the seed's reviews, scorecards and one user
 * per role), the guard that refuses it on any other database, and the start-up banner. This module
 * is on the class path of the development run and the tests only; the production jar leaves it out.
 */
@NullMarked
package uk.scrutiny.demo;

import org.jspecify.annotations.NullMarked;
