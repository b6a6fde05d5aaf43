package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and punctuation of each sentence with their offsets, then their part of speech and lemma
 * from the OpenNLP tagger, read from the text with its capitals restored. Headings are tagged too:
 * names in them are counted as mentions.
 */
public final class Tagging implements Stage {

    private final PartOfSpeechTagger tagger;

    public Tagging(PartOfSpeechTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.CASE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.TAGS);
    }

    /**
     * Each distinct word form, lower-cased form and lemma is kept once per article: the tokens
     * stay in memory until the article is done, and in a long article copies of the same few
     * thousand words were most of its heap, and of the collector's work.
     */
    @Override
    public void annotate(AnnotatedArticle article) {
        Map<String, String> forms = new HashMap<>();
        for (AnnotatedSentence s : article.sentences()) {
            List<Token> words = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(s.casedText(), s.sentence().start())) {
                words.add(new Token(shared(forms, t.text()), shared(forms, t.norm()), t.start(), t.end()));
            }
            List<Token> tagged = tagger.tag(words);
            for (int i = 0; i < tagged.size(); i++) {
                Token t = tagged.get(i);
                String lemma = shared(forms, t.lemma());
                if (lemma != t.lemma()) {
                    tagged.set(i, t.tagged(t.tag(), lemma, t.verbReading()));
                }
            }
            s.setTokens(tagged);
        }
    }

    private static String shared(Map<String, String> forms, String form) {
        String known = forms.putIfAbsent(form, form);
        return known == null ? form : known;
    }
}
