package dev.plyometer.ingest.fit;

/**
 * Where text dialects (FIT-derived JSON, FitCSVTool CSV) hand each message they have read: samples to the
 * {@link FitSampleWriter}, calibrations and correlations to the {@link FitContext}. In a first pass only the latter
 * are kept.
 */
public final class TextMessageRouter {
    private final FitSampleWriter writer;
    private final FitContext context;
    private final boolean firstPass;
    private boolean timeDecided;

    /** @param writer null in a first pass (which collects calibrations and correlations only) */
    public TextMessageRouter(FitSampleWriter writer, FitContext context) {
        this.writer = writer;
        this.context = context;
        this.firstPass = writer == null;
    }

    /** Routes one message; {@code ref} is its line. */
    public void route(TextMessage.Kind kind, TextMessage message, long ref) {
        switch (kind) {
            case ACCELEROMETER_DATA -> {
                if (firstPass) {
                    return;
                }
                AccelMessage m = message.accelerometer();
                if (writer.needsFirstPass(m)) {
                    throw new FirstPassNeeded();
                }
                if (!timeDecided && m.timestamp != FitTime.NONE) {
                    timeDecided = true;
                    writer.timeEncoding(message.isoTime() ? "iso-8601" : "fit-seconds");
                }
                writer.accept(m, ref);
            }
            case THREE_D_SENSOR_CALIBRATION -> {
                FitCalibration c = message.calibration();
                if (c != null) {
                    context.addCalibration(c);
                } else if (message.problem() != null && !firstPass) {
                    writer.warn(ref, message.problem());
                }
            }
            case TIMESTAMP_CORRELATION -> {
                FitCorrelation c = message.correlation();
                if (c != null) {
                    context.addCorrelation(c);
                } else if (message.problem() != null && !firstPass) {
                    writer.warn(ref, message.problem());
                }
            }
            case DEVICE -> {
                String device = message.device();
                if (device != null && !firstPass && !writer.begun()) {
                    writer.note(device);
                }
            }
            default -> {
            }
        }
    }
}
