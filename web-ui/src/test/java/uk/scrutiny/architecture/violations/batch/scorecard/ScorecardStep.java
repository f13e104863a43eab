package uk.scrutiny.architecture.violations.batch.scorecard;

import uk.scrutiny.architecture.violations.batch.imports.ImportStep;

/** The other half of the cycle between batch packages. */
public class ScorecardStep {

    public ImportStep run;
}
