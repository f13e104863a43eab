package uk.scrutiny.application.review;

/**
 * What the signed-in person may do with one review as it stands (its status and their role), so
 * that the review's pages show exactly the controls the services will accept.
 *
 * @param assess rate, write commentary and the overall judgement, recommend and reword actions
 * @param signOff sign the review off (the rules are checked on the attempt)
 * @param cite cite evidence in a question, or remove a citation
 * @param fileEvidence upload or link new evidence from the review's pages
 * @param handOver hand a draft review to the scrutineer
 * @param publish publish a signed-off review
 * @param reopen reopen a signed-off or published review for a correction
 */
public record ReviewPermissions(
        boolean assess,
        boolean signOff,
        boolean cite,
        boolean fileEvidence,
        boolean handOver,
        boolean publish,
        boolean reopen) {}
