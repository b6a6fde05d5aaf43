package io.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.RawDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code extract [--published YYYY-MM-DD] [--explain [--annotations]] FILE...}: the Lambda pipeline
 * on local files, no AWS. One JSON object per file, in input order; an unreadable file gives a
 * one-line reason on stderr and a non-zero exit status, and the other files are still processed.
 * With {@code --explain}, instead of JSON: per event, which rule chose each field, from which words.
 */
public final class ExtractCommand implements Command {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final CommandSpec SPEC = CommandSpec.of("extract",
                    "Runs the pipeline on local files (no AWS) and prints one JSON object per file (JSON Lines).")
            .synopsis("[--published YYYY-MM-DD] [--explain [--annotations]] FILE...")
            .option("--published", "YYYY-MM-DD",
                    "publication date that relative dates resolve against when the article has none")
            .flag("--explain", "instead of JSON, print per event the rule that chose each field and the words it used")
            .flag("--annotations", "with --explain: also every sentence's tags, clauses, mentions, speaker and triggers")
            .operands(1, Integer.MAX_VALUE, "FILE...");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        LocalDate published = args.date("--published").orElse(null);
        Pipeline pipeline = Pipeline.standard();
        ExplanationPrinter explanations = args.has("--explain") ? new ExplanationPrinter(out) : null;
        int status = 0;
        for (Path file : args.operandPaths()) {
            try {
                if (explanations == null) {
                    out.println(JSON.writeValueAsString(extract(pipeline, file, published)));
                    continue;
                }
                Pipeline.Explained x = pipeline.explain(document(file), published);
                if (x.annotated() == null) {
                    out.printf("== %s: %s (%s)%n", file.getFileName(), x.result().article().status(),
                            x.result().article().rejectionReason());
                    continue;
                }
                if (args.has("--annotations")) {
                    explanations.printAnnotations(x.annotated());
                }
                explanations.print(file.getFileName().toString(), x.annotated(), x.result().events());
            } catch (IOException e) {
                err.println("extract: cannot read " + file + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    static ExtractionResult extract(Pipeline pipeline, Path file, LocalDate published) throws IOException {
        return pipeline.process(document(file), published);
    }

    private static RawDocument document(Path file) throws IOException {
        return RawDocument.ofFile(file.getFileName().toString(), Files.readAllBytes(file));
    }
}
