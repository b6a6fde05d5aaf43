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
 * {@code extract [--published YYYY-MM-DD] FILE...}: the Lambda pipeline on local files, no AWS.
 * One JSON object per file, in input order; an unreadable file gives a one-line reason on stderr
 * and a non-zero exit status, and the other files are still processed.
 */
public final class ExtractCommand implements Command {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final CommandSpec SPEC = CommandSpec.of("extract",
                    "Runs the pipeline on local files (no AWS) and prints one JSON object per file (JSON Lines).")
            .synopsis("[--published YYYY-MM-DD] FILE...")
            .option("--published", "YYYY-MM-DD",
                    "publication date that relative dates resolve against when the article has none")
            .operands(1, Integer.MAX_VALUE, "FILE...");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        LocalDate published = args.date("--published").orElse(null);
        Pipeline pipeline = Pipeline.standard();
        int status = 0;
        for (Path file : args.operandPaths()) {
            try {
                out.println(JSON.writeValueAsString(extract(pipeline, file, published)));
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
        byte[] bytes = Files.readAllBytes(file);
        return pipeline.process(RawDocument.ofFile(file.getFileName().toString(), bytes), published);
    }
}
