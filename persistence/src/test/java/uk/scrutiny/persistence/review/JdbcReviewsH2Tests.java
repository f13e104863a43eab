package uk.scrutiny.persistence.review;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcReviewsH2Tests extends JdbcReviewsTests {}
