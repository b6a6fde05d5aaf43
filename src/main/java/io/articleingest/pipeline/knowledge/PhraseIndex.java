package io.articleingest.pipeline.knowledge;

import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases over normalised tokens (a trie), answering "which entries start at token i,
 * longest first". Built once per container from the dictionaries; a lookup costs one hash probe
 * per token of the match.
 */
public final class PhraseIndex<T> {

    private final Node<T> root = new Node<>();

    /** A trie node; its maps and lists are made when first needed (most nodes of a gazetteer are leaves). */
    private static final class Node<T> {
        Map<String, Node<T>> next = Map.of();
        List<T> values = List.of();

        Node<T> child(String word) {
            if (next.isEmpty()) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, k -> new Node<>());
        }
    }

    /** A dictionary entry found in a sentence: tokens [start, end). */
    public record Match<T>(int start, int end, T value) {
    }

    public void add(String phrase, T value) {
        add(words(phrase), value);
    }

    /** Adds a phrase already split by {@link #words(String)}. */
    public void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String w : words) {
            node = node.child(w);
        }
        if (node.values.isEmpty()) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** The entries of exactly this phrase (none when it is not in the index). */
    public List<T> get(String phrase) {
        return get(words(phrase));
    }

    /** The entries of exactly this phrase, already split by {@link #words(String)}. */
    public List<T> get(List<String> words) {
        Node<T> node = root;
        for (String w : words) {
            node = node.next.get(w);
            if (node == null) {
                return List.of();
            }
        }
        return java.util.Collections.unmodifiableList(node.values);
    }

    /** Normalised words of a phrase, split the way {@code Tokenizer} splits text. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        if (lettersAndSpaces(phrase)) {
            // what the tokenizer makes of "Dera Ghazi Khan", without its work: most names of the gazetteer
            String lower = phrase.toLowerCase(java.util.Locale.ROOT);
            int start = 0;
            for (int i = 0; i <= lower.length(); i++) {
                if (i == lower.length() || lower.charAt(i) == ' ') {
                    if (i > start) {
                        out.add(lower.substring(start, i));
                    }
                    start = i + 1;
                }
            }
            return out;
        }
        for (Token t : io.articleingest.pipeline.text.Tokenizer.tokenize(phrase, 0)) {
            out.add(t.norm());
        }
        return out;
    }

    private static boolean lettersAndSpaces(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!Character.isLetter(c) && c != ' ') {
                return false;
            }
        }
        return !phrase.isBlank();
    }

    /** All entries starting at token {@code start}, longest phrases first; one phrase's entries in the order added. */
    public List<Match<T>> matchesAt(List<Token> tokens, int start) {
        List<Match<T>> found = new ArrayList<>();
        Node<T> node = root;
        for (int i = start; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).norm());
            if (node == null) {
                break;
            }
            for (int v = node.values.size() - 1; v >= 0; v--) {
                found.add(new Match<>(start, i + 1, node.values.get(v)));
            }
        }
        java.util.Collections.reverse(found);
        return found;
    }
}
