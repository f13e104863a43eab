package uk.scrutiny.batch.job;

import uk.scrutiny.batch.scorecard.ValidRow;

/** A checked scorecard row on its way into the database, with the run's record of its file. */
record LoadItem(long fileId, ValidRow row) {
}
