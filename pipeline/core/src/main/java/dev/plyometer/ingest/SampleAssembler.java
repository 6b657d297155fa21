package dev.plyometer.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where both readers deliver rows: converts to g, fills {@link SampleBlock}s for the sink, keeps counts and
 * warnings, and applies the bad-row policy. Units must be known before the first block, so the first rows are held
 * back (a bounded number): to infer the units when neither the header nor the user states them, and to note when
 * stated units disagree with the data.
 */
final class SampleAssembler {
    static final int BLOCK_SIZE = 8192;
    /** Rows held back to infer units from the median |a|. */
    static final int UNIT_INFERENCE_ROWS = 2048;
    static final int MAX_WARNINGS = 20;
    /**
     * More than {@link #MAX_BAD_ROWS_IN_WINDOW} unreadable rows among the first this many fail the import (10 %);
     * shorter files fail when more than 10 % of their rows are unreadable.
     */
    static final int BAD_ROW_WINDOW = 1000;
    static final int MAX_BAD_ROWS_IN_WINDOW = BAD_ROW_WINDOW / 10;
    /** Short files are judged as if they had at least this many rows, so that one typo in five rows is a warning. */
    static final int MIN_ROWS_FOR_RATIO = 10;

    private final String file;
    private final CsvLayout layout;
    private final SampleSink sink;
    private final boolean rateClock;
    private final long offset;
    /** For a time of day without a date: the days added so far, and the last time of day read. */
    private final boolean wrapsDaily;
    private long dayNanos;
    private long lastClock = Long.MIN_VALUE;
    private final List<String> warnings = new ArrayList<>();
    private final SampleBlock block = new SampleBlock(BLOCK_SIZE);

    private Units units;
    private double perG;
    private String unitsEvidence;
    private String gravity;
    private final List<String> notes;
    private boolean begun;

    private long[] heldTime = new long[UNIT_INFERENCE_ROWS];
    private double[] heldX = new double[UNIT_INFERENCE_ROWS];
    private double[] heldY = new double[UNIT_INFERENCE_ROWS];
    private double[] heldZ = new double[UNIT_INFERENCE_ROWS];
    private long[] heldLine = new long[UNIT_INFERENCE_ROWS];
    private int held;

    private long rows;
    private long samples;
    private long skipped;
    private String firstProblem;

    SampleAssembler(String file, CsvLayout layout, SampleSink sink) {
        this.file = file;
        this.layout = layout;
        this.sink = sink;
        this.rateClock = layout.time().kind() == TimeEncoding.Kind.SAMPLE_RATE;
        this.offset = layout.timeOffsetNanos();
        this.wrapsDaily = layout.time().wrapsDaily();
        this.notes = new ArrayList<>(layout.notes());
        this.units = layout.units();
        this.unitsEvidence = layout.unitsEvidence();
    }

    /** A readable row, in the file's units; {@code time} is ignored when time comes from the sample rate. */
    void accept(long time, double x, double y, double z, long line) {
        long index = rows++;
        long t = rateClock ? rateNanos(index, layout.sampleRateHz()) : wrapsDaily ? afterMidnight(time) : time;
        t += offset;
        if (!begun) {
            heldTime[held] = t;
            heldX[held] = x;
            heldY[held] = y;
            heldZ[held] = z;
            heldLine[held] = line;
            if (++held == UNIT_INFERENCE_ROWS) {
                begin();
            }
            return;
        }
        if (perG == 1) {
            block.add(t, x, y, z, line); // the same values, without three divisions a row
        } else {
            block.add(t, x / perG, y / perG, z / perG, line);
        }
        samples++;
        if (block.isFull()) {
            sink.accept(block);
            block.clear();
        }
    }

    /** A time of day that falls more than half a day behind the last one has passed midnight. */
    private long afterMidnight(long timeOfDay) {
        if (lastClock != Long.MIN_VALUE && timeOfDay + dayNanos < lastClock - HALF_DAY_NANOS) {
            dayNanos += 2 * HALF_DAY_NANOS;
        }
        lastClock = timeOfDay + dayNanos;
        return lastClock;
    }

    private static final long HALF_DAY_NANOS = 12L * 3600 * 1_000_000_000L;

    /** A row that cannot be read; {@code problem} says why, without the {@code file:line:} prefix. */
    void reject(long line, String problem) {
        rows++;
        skipped++;
        String warning = file + ":" + line + ": " + problem;
        if (firstProblem == null) {
            firstProblem = "line " + line + ": " + problem;
        }
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        }
        if (rows <= BAD_ROW_WINDOW && skipped > MAX_BAD_ROWS_IN_WINDOW) {
            throw new ImportException(file, line, "more than " + MAX_BAD_ROWS_IN_WINDOW + " of the first "
                    + String.format(Locale.ROOT, "%,d", BAD_ROW_WINDOW) + " rows cannot be read (first: "
                    + firstProblem + "); is this the right file and format?");
        }
    }

    /** Flushes the last block and tells the sink the import is over. */
    ImportStats finish(long bytes) {
        if (rows == 0) {
            throw new ImportException(file, layout.firstDataLine() - 1, "no data rows after the header");
        }
        if (rows < BAD_ROW_WINDOW && skipped * 10 > Math.max(rows, MIN_ROWS_FOR_RATIO) || skipped == rows) {
            throw new ImportException(file, 0, skipped + " of " + rows + " rows cannot be read (first: " + firstProblem
                    + "); is this the right file and format?");
        }
        if (!begun) {
            begin();
        }
        if (block.size() > 0) {
            sink.accept(block);
            block.clear();
        }
        List<String> all = new ArrayList<>(warnings);
        if (skipped > warnings.size()) {
            all.add(file + ": " + (skipped - warnings.size()) + " more rows skipped; the first " + warnings.size()
                    + " are listed above");
        }
        ImportStats stats = new ImportStats(bytes, rows, samples, skipped, all);
        sink.end(stats);
        return stats;
    }

    private void begin() {
        decideUnits();
        perG = units.perG;
        begun = true;
        ColumnMapping columns = layout.columns();
        TimeEncoding time = layout.time();
        Instant start = time.absolute() ? instant(heldTime[0]) : null;
        List<String> ignored = new ArrayList<>();
        for (ColumnName c : columns.ignored()) {
            ignored.add(c.raw());
        }
        sink.begin(new SourceInfo(file, layout.dialect().label(), columns.time() == null ? null : columns.time().raw(),
                time.label(), time.absolute(), start,
                List.of(columns.axes().get(0).raw(), columns.axes().get(1).raw(), columns.axes().get(2).raw()),
                units.label, unitsEvidence, notes, layout.formatEvidence(), ignored, gravity));
        for (int i = 0; i < held; i++) {
            block.add(heldTime[i], heldX[i] / perG, heldY[i] / perG, heldZ[i] / perG, heldLine[i]);
            samples++;
            if (block.isFull()) {
                sink.accept(block);
                block.clear();
            }
        }
        heldTime = null; // done with; let the arrays go
        heldX = heldY = heldZ = null;
        heldLine = null;
    }

    /**
     * Decides the units (unless stated) from the median |a| of the held rows, and checks that gravity is in the
     * signal: at rest it reads about 1 g; without gravity about 0, and then free fall cannot be told from rest.
     */
    private void decideUnits() {
        double median = medianMagnitude();
        Units inferred = Units.fromMedianMagnitude(median, layout.unitCandidates());
        String over = String.format(Locale.ROOT, "median |a| %.2f over the first %d rows", median, held);
        if (units == null) {
            if (inferred == null) {
                double smallest = layout.unitCandidates().stream().mapToDouble(u -> u.perG).min().orElse(1);
                if (median < Units.MIN_REST_G * smallest) {
                    throw noGravity(over + ", which is below " + Units.MIN_REST_G + " g in every unit it could be in ("
                            + candidates() + ")");
                }
                throw new ImportException(file, 0, "cannot tell the acceleration units: " + over
                        + "; expected about " + expectedMedians() + "; pass --units g|milli-g|m/s2");
            }
            units = inferred;
            unitsEvidence = "inferred: " + over + (units == Units.RAW_256 ? ", about 256: raw units of 1/256 g" : "");
        } else if (inferred != null && inferred != units) {
            notes.add("units " + units.label + " (" + unitsEvidence + ") although the " + over + " looks like "
                    + inferred.label);
        }
        double medianG = median / units.perG;
        if (medianG < Units.MIN_REST_G) {
            throw noGravity(String.format(Locale.ROOT, "median |a| %.3f g over the first %d rows", medianG, held));
        }
        gravity = String.format(Locale.ROOT, "included: median |a| %.2f g over the first %d rows", medianG, held);
    }

    private ImportException noGravity(String measured) {
        return new ImportException(file, 0, "gravity is not in this signal: " + measured + "; a sensor at rest reads "
                + "about 1 g with gravity and about 0 without, and without it free fall reads about 1 g too, so "
                + "flights cannot be found; " + layout.gravityHint());
    }

    private String candidates() {
        return layout.unitCandidates().stream().map(u -> u.label).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private String expectedMedians() {
        List<String> parts = new ArrayList<>();
        for (Units u : List.of(Units.G, Units.M_S2, Units.MILLI_G, Units.RAW_256)) {
            if (layout.unitCandidates().contains(u)) {
                parts.add(switch (u) {
                    case G -> "1 (g)";
                    case M_S2 -> "9.81 (m/s²)";
                    case MILLI_G -> "1000 (milli-g)";
                    case RAW_256 -> "256 (1/256 g)";
                });
            }
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    private double medianMagnitude() {
        double[] m = new double[held];
        for (int i = 0; i < held; i++) {
            m[i] = Math.sqrt(heldX[i] * heldX[i] + heldY[i] * heldY[i] + heldZ[i] * heldZ[i]);
        }
        Arrays.sort(m);
        return held % 2 == 1 ? m[held / 2] : (m[held / 2 - 1] + m[held / 2]) / 2;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** n / rate in nanoseconds; exact integer arithmetic for whole-number rates, so long files do not drift. */
    static long rateNanos(long index, double rateHz) {
        if (rateHz == Math.rint(rateHz) && index < Long.MAX_VALUE / 1_000_000_000L) {
            long rate = (long) rateHz;
            return (index * 1_000_000_000L + rate / 2) / rate;
        }
        return Math.round(index * 1e9 / rateHz);
    }
}
