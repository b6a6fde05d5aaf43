package io.articleingest.pipeline.legacy;

import io.articleingest.pipeline.model.EntityRef;

/**
 * Who says so in a sentence ("X said", "according to X"), and the tokens [speechStart, speechEnd)
 * of that frame, which are not part of the reported event.
 */
record Attribution(EntityRef source, int speechStart, int speechEnd) {
}
