package uk.scrutiny.domain.partnership;

/** The one partnership an installation serves. */
public interface Partnerships {

    Partnership current();

    Partnership save(Partnership partnership);
}
