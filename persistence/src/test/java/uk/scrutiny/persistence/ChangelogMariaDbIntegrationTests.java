package uk.scrutiny.persistence;

@OnMariaDb
class ChangelogMariaDbIntegrationTests extends ChangelogTests {}
