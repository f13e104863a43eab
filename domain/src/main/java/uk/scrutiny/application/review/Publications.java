package uk.scrutiny.application.review;

/**
 * What a publication freezes. The report feature implements it: it renders the report of the
 * review just published and stores the files with their SHA-256, as the next published version.
 */
public interface Publications {

    /**
     * Freezes the report of a review that has just been published, in the caller's transaction:
     * when this fails, the publication fails with it.
     *
     * @param published the review as read after its move to published
     */
    void freeze(ReviewDetails published);
}
