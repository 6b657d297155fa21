package dev.plyometer.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The frame every HTML report shares: one self-contained file with its style and script inline, and a Content
 * Security Policy that forbids every network load and every script but the report's own (by its SHA-256), so the
 * page works offline from disk and injected markup could not run even if escaping failed.
 */
public final class HtmlPage {
    static final String CSS = resource("report.css");
    static final String SCRIPT = resource("report.js");
    /** The Content-Security-Policy of every report. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
            + "sha256-" + sha256(SCRIPT) + "'";
    /** The id of the one element that holds the generation time: the only bytes that differ between two runs. */
    public static final String GENERATED_AT_ID = "generated-at";

    private HtmlPage() {
    }

    /** Opens the document up to and including {@code <body>}. */
    public static void open(StringBuilder out, String title) {
        open(out, title, "");
    }

    /**
     * Opens the document with the shared style plus {@code extraCss} (a report's own rules, from this package's
     * resources), so a new report's style leaves the other reports' bytes as they were.
     */
    public static void open(StringBuilder out, String title, String extraCss) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.escape(CSP))
                .append("\">\n<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append(extraCss).append("</style>\n</head>\n<body>\n");
    }

    /** The footer (tool, schema, generation time to the second), the script, and the end of the document. */
    public static void close(StringBuilder out, String tool, String schema, Instant generatedAt) {
        String at = generatedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        out.append("<footer>").append(Html.escape(tool)).append(" · schema ").append(Html.escape(schema))
                .append(" · generated at <time id=\"").append(GENERATED_AT_ID).append("\" datetime=\"")
                .append(at).append("\">").append(at).append("</time></footer>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    /** A text resource of this package (a report's style sheet). */
    static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
