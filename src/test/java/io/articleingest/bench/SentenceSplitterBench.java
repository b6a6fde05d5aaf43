package io.articleingest.bench;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.Sentence;
import io.articleingest.pipeline.text.SentenceSplitter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Our rule-based sentence splitter against OpenNLP's English model (opennlp-models-sentdetect-en,
 * UD EWT), on the same articles in the same run: cold cost (model load), warm cost per article,
 * and where the two disagree. Prints numbers; asserts nothing.
 *
 * <pre>java -cp … io.articleingest.bench.SentenceSplitterBench samples/*.txt ../shared/eval/articles/*.txt</pre>
 */
public final class SentenceSplitterBench {

    private SentenceSplitterBench() {
    }

    public static void main(String[] args) throws Exception {
        ArticleParser parser = new ArticleParser();
        List<ParsedArticle> articles = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            articles.add(parser.parse(RawDocument.ofFile(p.getFileName().toString(), Files.readAllBytes(p))));
        }
        long t0 = System.nanoTime();
        SentenceDetectorME model;
        try (InputStream in = SentenceSplitterBench.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin")) {
            model = new SentenceDetectorME(new SentenceModel(in));
        }
        double loadMs = (System.nanoTime() - t0) / 1e6;
        int iterations = 300;
        int ours = 0;
        int theirs = 0;
        int agreeing = 0;
        for (ParsedArticle a : articles) {
            Set<Integer> ourEnds = new HashSet<>();
            SentenceSplitter.split(a.body(), a::isHeading).forEach(s -> ourEnds.add(s.end()));
            Set<Integer> theirEnds = new HashSet<>();
            int lineStart = 0;
            for (String line : a.body().split("\n", -1)) {
                for (Span s : model.sentPosDetect(line)) {
                    theirEnds.add(lineStart + s.getEnd());
                }
                lineStart += line.length() + 1;
            }
            ours += ourEnds.size();
            theirs += theirEnds.size();
            Set<Integer> both = new HashSet<>(ourEnds);
            both.retainAll(theirEnds);
            agreeing += both.size();
        }
        for (int i = 0; i < 50; i++) {
            runOurs(articles);
            runTheirs(model, articles);
        }
        long o0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            runOurs(articles);
        }
        double ourMs = (System.nanoTime() - o0) / 1e6 / iterations / articles.size();
        long m0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            runTheirs(model, articles);
        }
        double theirMs = (System.nanoTime() - m0) / 1e6 / iterations / articles.size();
        System.out.printf("articles=%d sentences: rules=%d opennlp=%d same_boundaries=%d%n", articles.size(), ours,
                theirs, agreeing);
        System.out.printf("cold: opennlp_model_load_ms=%.0f rules_load_ms=0%n", loadMs);
        System.out.printf("warm: rules_ms_per_article=%.4f opennlp_ms_per_article=%.4f opennlp_vs_rules=%.1fx%n",
                ourMs, theirMs, theirMs / ourMs);
    }

    private static int runOurs(List<ParsedArticle> articles) {
        int n = 0;
        for (ParsedArticle a : articles) {
            List<Sentence> s = SentenceSplitter.split(a.body(), a::isHeading);
            n += s.size();
        }
        return n;
    }

    private static int runTheirs(SentenceDetectorME model, List<ParsedArticle> articles) {
        int n = 0;
        for (ParsedArticle a : articles) {
            for (String line : a.body().split("\n")) {
                n += model.sentPosDetect(line).length;
            }
        }
        return n;
    }
}
