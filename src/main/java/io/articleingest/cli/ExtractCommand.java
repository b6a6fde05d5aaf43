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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code extract [--published YYYY-MM-DD] FILE...}: the Lambda pipeline on local files, no AWS.
 * One JSON object per file, in input order; an unreadable file gives a one-line reason on stderr
 * and a non-zero exit status, and the other files are still processed.
 */
public final class ExtractCommand {

    static final ObjectMapper JSON = new ObjectMapper();

    private ExtractCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--published") && i + 1 < args.length) {
                try {
                    published = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    err.println("extract: --published must be YYYY-MM-DD, got " + args[i]);
                    return 2;
                }
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("extract: no input files (usage: extract [--published YYYY-MM-DD] FILE...)");
            return 2;
        }
        Pipeline pipeline = Pipeline.standard();
        int status = 0;
        for (Path file : files) {
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
