package io.articleingest.local;

import io.articleingest.handler.IngestHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The handler built exactly as the Lambda runtime builds it (no-argument constructor, settings
 * from the process environment, endpoints from {@code AWS_ENDPOINT_URL_*}) and handed each event
 * file; prints each result on stdout. Tests run it in a child JVM to check that path.
 */
public final class RuntimeInvoke {

    private RuntimeInvoke() {
    }

    public static void main(String[] eventFiles) throws IOException {
        IngestHandler handler = new IngestHandler();
        for (String file : eventFiles) {
            String result = handler.handleRequest(S3Events.parse(Files.readString(Path.of(file))),
                    new LocalContext(System.err));
            System.out.println(result);
        }
    }
}
