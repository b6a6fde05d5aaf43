package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.articleingest.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The stack's data folder given relatively, a taken port, and the banner's commands run as printed. */
class LocalStackDataIT {

    private static final int MIB = 1024 * 1024;

    @Test
    void aRelativeDataFolderListsUploadsInPartsAndDeletes() throws Exception {
        Path relative = Path.of("target", "local-stack-it-" + System.nanoTime());
        assertFalse(relative.isAbsolute());
        Path samples = Files.createDirectories(relative.resolveSibling(relative.getFileName() + "-samples"));
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(true, false, relative, samples, 0, 0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            S3Client s3 = stack.emulators().s3Client();
            s3.putObject(b -> b.bucket(LocalStack.BUCKET).key("small/one.bin"), RequestBody.fromString("one"));
            byte[] big = new byte[12 * MIB];
            new Random(7).nextBytes(big);
            String uploadId = s3.createMultipartUpload(b -> b.bucket(LocalStack.BUCKET).key("big/twelve.bin")).uploadId();
            List<CompletedPart> parts = new ArrayList<>();
            for (int part = 1, from = 0; from < big.length; part++, from += 5 * MIB) {
                int length = Math.min(5 * MIB, big.length - from);
                int number = part;
                String eTag = s3.uploadPart(b -> b.bucket(LocalStack.BUCKET).key("big/twelve.bin").uploadId(uploadId)
                        .partNumber(number), RequestBody.fromBytes(java.util.Arrays.copyOfRange(big, from, from + length)))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(part).eTag(eTag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(LocalStack.BUCKET).key("big/twelve.bin").uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            List<S3Object> listed = s3.listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents();
            assertEquals(List.of("big/twelve.bin", "small/one.bin"), listed.stream().map(S3Object::key).toList());
            assertEquals(12L * MIB, listed.get(0).size());
            assertTrue(java.util.Arrays.equals(big, s3.getObjectAsBytes(b -> b.bucket(LocalStack.BUCKET)
                    .key("big/twelve.bin")).asByteArray()));
            if (onPath("aws")) {
                Path file = Files.write(relative.resolve("cli-upload.bin"), big);
                run(Path.of("."), List.of("aws", "--endpoint-url", stack.emulators().s3Endpoint()
                        .toString(), "s3", "cp", file.toString(), "s3://" + LocalStack.BUCKET + "/big/cli.bin"));
                assertEquals(12L * MIB, s3.headObject(b -> b.bucket(LocalStack.BUCKET).key("big/cli.bin"))
                        .contentLength(), "aws s3 cp uploads in parts above 8 MB");
            }
            s3.deleteObject(b -> b.bucket(LocalStack.BUCKET).key("big/twelve.bin"));
            assertFalse(s3.listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().stream()
                    .anyMatch(o -> o.key().equals("big/twelve.bin")));
        }
    }

    @Test
    void aTakenPortIsOneLineNamingTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0); ServerSocket other = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            int s3Port = other.getLocalPort();
            other.close();
            CliRunner.Result r = CliRunner.capture((out, err) -> LocalStack.main(new String[] {"--in-memory", "--once",
                "--ddb-port", String.valueOf(port), "--s3-port", String.valueOf(s3Port)}, out, err));
            assertEquals(1, r.status());
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), r.err());
            assertTrue(lines.get(0).startsWith("LocalStack: port " + port + " (DynamoDB Local) is already in use")
                    && lines.get(0).contains("--ddb-port N"), lines.get(0));
        }
    }

    @Test
    void theBannersCommandsWorkAsPrinted() throws Exception {
        assumeTrue(onPath("aws"), "the aws CLI is not installed: the banner's aws commands cannot be run");
        assumeTrue(Files.exists(Path.of("target/article-ingest.jar")), "no jar: run after `package`");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(true, true, null, Path.of("samples"), 0, 0),
                new PrintStream(console, true, StandardCharsets.UTF_8))) {
            stack.awaitIngested(stack.uploadSamples(Path.of("samples")), 120);
            stack.printBanner(new LocalStack.Options(true, true, null, Path.of("samples"), 0, 0));
            List<String> printed = console.toString(StandardCharsets.UTF_8).lines()
                    .dropWhile(l -> !l.startsWith("  In another terminal")).skip(1).takeWhile(l -> !l.isBlank())
                    .map(String::strip).toList();
            assertEquals(stack.hints(), printed);
            String out = run(Path.of("."), List.of("bash", "-c", "set -e\n" + String.join("\n", printed)));
            assertTrue(out.contains("upload: samples/airstrike-khan-yunis.txt to s3://" + LocalStack.BUCKET
                    + "/copies/airstrike-khan-yunis.txt"), out);
            assertTrue(out.contains("ASSAULT") && out.contains("airstrike-khan-yunis.txt"), out);
            assertTrue(out.contains("window: "), out);
            assertTrue(out.contains("date,type,modes,actors"), out);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in a fresh environment (no AWS settings but PATH and HOME), as a new shell would. */
    private static String run(Path dir, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        if (command.get(0).equals("aws")) {
            pb.environment().putAll(java.util.Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                    "AWS_DEFAULT_REGION", "us-east-1"));
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
