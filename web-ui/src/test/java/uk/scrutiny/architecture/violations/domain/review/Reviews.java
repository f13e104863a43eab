package uk.scrutiny.architecture.violations.domain.review;

/** A port: the reviews, as the domain asks for them. */
public interface Reviews {

    int count();
}
