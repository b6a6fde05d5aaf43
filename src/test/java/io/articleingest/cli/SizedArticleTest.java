package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SizedArticleTest {

    private static List<String> sampleBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        try (Stream<Path> files = Files.list(Path.of("samples")).sorted()) {
            for (Path p : files.toList()) {
                bodies.add(BenchCommand.parse(parser, RawDocument.ofFile(p.getFileName().toString(),
                        Files.readAllBytes(p))).body());
            }
        }
        return bodies;
    }

    @Test
    void reachesTheRequestedSizeWithinAWordFromTheSamples() throws IOException {
        List<String> bodies = sampleBodies();
        for (int kb : List.of(1, 5, 100)) {
            int bytes = kb * 1024;
            String text = SizedArticle.of(bodies, bytes);
            int size = SizedArticle.utf8Length(text);
            assertTrue(size <= bytes && size > bytes - 128, kb + " KB: " + size + " bytes");
        }
    }

    @Test
    void cyclesThroughTheParagraphsOfEveryBodyInTurn() throws IOException {
        List<String> bodies = sampleBodies();
        List<String> paragraphs = new ArrayList<>();
        bodies.forEach(b -> Stream.of(b.split("\\n\\s*\\n")).filter(p -> !p.isBlank()).map(String::strip)
                .forEach(paragraphs::add));
        String[] built = SizedArticle.of(bodies, 100 * 1024).split("\n\n");
        assertTrue(built.length > 2 * paragraphs.size(), "the samples are gone through more than twice");
        for (int i = 0; i < built.length - 1; i++) {
            assertEquals(paragraphs.get(i % paragraphs.size()), built[i], "paragraph " + i);
        }
        assertTrue(paragraphs.get((built.length - 1) % paragraphs.size()).startsWith(built[built.length - 1]),
                "the last paragraph is cut, not changed");
    }

    @Test
    void countsBytesNotCharactersAndNeverSplitsACharacter() {
        String text = SizedArticle.of(List.of("Café – naïve “quotes” ünïcödé ﬁ 😀 words"), 1000);
        int size = SizedArticle.utf8Length(text);
        assertTrue(size <= 1000 && size > 1000 - 128, size + " bytes");
        assertTrue(text.length() < size, "multi-byte characters kept");
        assertEquals(text, new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8), "no broken surrogate pair at the cut");
    }

    @Test
    void nothingToBuildFromIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SizedArticle.of(List.of(" ", "\n\n"), 1024));
    }
}
