package io.articleingest.pipeline.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted terms of one to three words, each pointing at one or more targets (topics or contexts),
 * looked up in a hash map over the tokens of a text: one pass, longest term first at each position,
 * so "air strike" is matched as itself and its "strike" is not matched again.
 */
final class WeightedTerms {

    /** One meaning of a term: the target it counts for, with what weight, and how the file spells it. */
    record Entry(int target, double weight, String term) {
    }

    /** Receives each matched term with its entries; {@code occurrence} is the weight of this occurrence. */
    interface MatchSink {
        void matched(String key, List<Entry> entries, double occurrence);
    }

    /** Receives each matched term with where it is: tokens [first, first + length). */
    interface PlacedSink {
        void matched(int first, int length, String key, List<Entry> entries);
    }

    private final Map<String, List<Entry>> entriesByKey = new HashMap<>();
    /** First words of multi-word terms, so that most positions need one lookup only. */
    private final Set<String> phraseStarts = new HashSet<>();
    private int longestTerm = 1;

    /** Adds a term for a target; a term given twice for the same target keeps its highest weight. */
    void add(String term, int target, double weight) {
        List<String> words = TermTokenizer.tokens(term);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term without words: '" + term + "'");
        }
        if (words.size() > 3) {
            throw new IllegalArgumentException("terms are at most three words long: '" + term + "'");
        }
        if (words.size() > 1) {
            phraseStarts.add(words.get(0));
            longestTerm = Math.max(longestTerm, words.size());
        }
        List<Entry> entries = entriesByKey.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>(1));
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).target() == target) {
                if (entries.get(i).weight() < weight) {
                    entries.set(i, new Entry(target, weight, term));
                }
                return;
            }
        }
        entries.add(new Entry(target, weight, term));
    }

    /** The targets a term (as written in the knowledge file) counts for; empty when unknown. */
    List<Entry> lookup(String term) {
        return entriesByKey.getOrDefault(String.join(" ", TermTokenizer.tokens(term)), List.of());
    }

    Map<String, List<Entry>> entries() {
        return entriesByKey;
    }

    void match(List<String> tokens, double occurrence, MatchSink sink) {
        match(tokens, (first, length, key, entries) -> sink.matched(key, entries, occurrence));
    }

    void match(List<String> tokens, PlacedSink sink) {
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int matchedLength = 1;
            String first = tokens.get(i);
            List<Entry> found = null;
            String foundKey = null;
            if (phraseStarts.contains(first)) {
                StringBuilder key = new StringBuilder(first);
                String[] keys = new String[Math.min(longestTerm, n - i)];
                keys[0] = first;
                for (int len = 2; len <= keys.length; len++) {
                    keys[len - 1] = key.append(' ').append(tokens.get(i + len - 1)).toString();
                }
                for (int len = keys.length; len >= 2 && found == null; len--) {
                    found = entriesByKey.get(keys[len - 1]);
                    if (found != null) {
                        foundKey = keys[len - 1];
                        matchedLength = len;
                    }
                }
            }
            if (found == null) {
                found = entriesByKey.get(first);
                foundKey = first;
            }
            if (found != null) {
                sink.matched(i, matchedLength, foundKey, found);
            }
            i += matchedLength;
        }
    }
}
