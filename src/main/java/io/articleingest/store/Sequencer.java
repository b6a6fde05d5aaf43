package io.articleingest.store;

import java.util.Locale;

/**
 * The order of S3 events for one key. S3 sequencers are hexadecimal strings that only compare
 * correctly once left-padded to the same length; stored padded, so DynamoDB condition
 * expressions can compare them as plain strings.
 */
public final class Sequencer {

    /** Wider than any sequencer S3 has sent (16–18 digits), so padding never truncates. */
    static final int WIDTH = 32;

    private Sequencer() {
    }

    /** Upper-case, left-padded with zeros to {@link #WIDTH}; an absent sequencer sorts first. */
    public static String normalise(String sequencer) {
        String hex = sequencer == null ? "" : sequencer.strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]*") || hex.length() > WIDTH) {
            throw new IllegalArgumentException("not an S3 sequencer: " + sequencer);
        }
        return "0".repeat(WIDTH - hex.length()) + hex;
    }

    public static int compare(String a, String b) {
        return normalise(a).compareTo(normalise(b));
    }
}
