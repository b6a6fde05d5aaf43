package io.articleingest.pipeline.legacy;

import java.util.Set;

/** Month names, which make the number after them a day, not a count. */
final class DateWords {
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private DateWords() {
    }
}
