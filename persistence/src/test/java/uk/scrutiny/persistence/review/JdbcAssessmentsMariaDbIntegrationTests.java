package uk.scrutiny.persistence.review;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcAssessmentsMariaDbIntegrationTests extends JdbcAssessmentsTests {}
