package uk.scrutiny.architecture.violations.helpers;

/** Breaks the layer rule: a package that belongs to no layer, so no layer rule would see it. */
public final class ReviewHelpers {

    private ReviewHelpers() {}
}
