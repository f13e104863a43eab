package uk.scrutiny.architecture.violations.batch.imports;

import uk.scrutiny.architecture.violations.batch.scorecard.ScorecardStep;

/** One half of a cycle between batch packages: the import run uses the scorecard step, which uses it back. */
public class ImportStep {

    public ScorecardStep scorecards;
}
