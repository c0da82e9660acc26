package io.plumbline.ingestion.web;

/**
 * Told when a batch reaches each {@link BatchStep}. The application registers none: it is
 * the seam through which crash tests throw, or kill the database backend, between claim
 * and commit.
 */
@FunctionalInterface
interface BatchStepListener {

    void reached(BatchStep step);

}
