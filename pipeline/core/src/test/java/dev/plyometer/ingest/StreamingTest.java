package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB import streams: it is generated on the fly (never on disk or in memory as a whole), and the fast reader
 * allocates a bounded amount however long the file is, because it creates nothing per row.
 */
class StreamingTest {
    private static final long ROWS = 1_700_000; // 31 bytes a row: ~53 MB

    @Test
    void streamsFiftyMegabytesWithBoundedAllocation() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counter not available");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        CountingSink sink = new CountingSink();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        ImportStats stats = CsvImporter.read(new GeneratedCsv(ROWS), "generated.csv", ImportOptions.DEFAULTS, sink);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(stats.bytes()).isGreaterThan(50_000_000L);
        assertThat(sink.samples).isEqualTo(ROWS);
        assertThat(sink.lastLine).isEqualTo(ROWS + 1);
        assertThat(allocated).as("bytes allocated while importing %,d bytes", stats.bytes()).isLessThan(16L << 20);
    }

    private static final class CountingSink implements SampleSink {
        long samples;
        long lastLine;

        @Override
        public void begin(SourceInfo info) {
            assertThat(info.notes()).contains("parser: fast");
        }

        @Override
        public void accept(SampleBlock block) {
            samples += block.size();
            lastLine = block.line[block.size() - 1];
        }

        @Override
        public void end(ImportStats stats) {
        }
    }

    /**
     * {@code timestamp,ax,ay,az} rows at 100 Hz, produced as they are read, into one reused array (allocating here
     * would count against the importer).
     */
    private static final class GeneratedCsv extends InputStream {
        private final long rows;
        private long row = -1;
        private final byte[] current = "1709287200000,0.00,-0.01,0.980\n".getBytes(StandardCharsets.US_ASCII);
        private byte[] pending = "timestamp,ax,ay,az\n".getBytes(StandardCharsets.US_ASCII);
        private int pos;

        GeneratedCsv(long rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the importer reads blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (pos == pending.length) {
                    if (++row >= rows) {
                        return n == 0 ? -1 : n;
                    }
                    long t = 1_709_287_200_000L + 10 * row;
                    for (int i = 12; i >= 0; i--, t /= 10) {
                        current[i] = (byte) ('0' + t % 10);
                    }
                    current[17] = (byte) ('0' + row % 10);
                    current[29] = (byte) ('0' + row % 7);
                    pending = current;
                    pos = 0;
                }
                int k = Math.min(len - n, pending.length - pos);
                System.arraycopy(pending, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n;
        }
    }
}
