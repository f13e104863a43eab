package uk.scrutiny.persistence;

@OnH2
class ChangelogH2Tests extends ChangelogTests {}
