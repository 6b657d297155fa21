package dev.plyometer.beam;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Writes each keyed document to {@code OUTPUT/FOLDER/KEY.json} on any Beam filesystem. The name depends only on the
 * key, so a retried bundle rewrites the same file with the same bytes.
 */
final class WriteFn extends DoFn<KV<String, String>, String> {
    private static final long serialVersionUID = 1L;

    private final String output;
    private final String folder;

    WriteFn(String output, String folder) {
        this.output = output;
        this.folder = folder;
    }

    @ProcessElement
    public void process(@Element KV<String, String> document, OutputReceiver<String> written) throws IOException {
        ResourceId target = FileSystems.matchNewResource(output, true)
                .resolve(folder, ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
        String[] parts = document.getKey().split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.resolve(parts[i], ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
        }
        target = target.resolve(parts[parts.length - 1] + ".json", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
        try (WritableByteChannel channel = FileSystems.create(target, "application/json")) {
            channel.write(ByteBuffer.wrap(document.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        written.output(target.toString());
    }
}
