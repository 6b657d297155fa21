package dev.plyometer.ingest.fit;

import com.garmin.fit.AccelerometerDataMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.BufferedMesgBroadcaster;
import com.garmin.fit.Decode;
import com.garmin.fit.Fit;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.TimestampCorrelationMesg;
import com.garmin.fit.plugins.ThreeDSensorAdjustmentPlugin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Garmin's Java FIT SDK ({@code com.garmin:fit}, test scope only) as the reference: its encoder writes files, its
 * decoder with {@link ThreeDSensorAdjustmentPlugin} says what the samples are.
 */
public final class GarminSdk {
    private GarminSdk() {
    }

    /** One sample as the SDK decodes it. */
    public record Sample(long epochNanos, double x, double y, double z) {
    }

    public static byte[] encode(List<? extends Mesg> messages) {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        encoder.write(messages);
        return encoder.close();
    }

    /**
     * The samples of {@code fit} by the SDK's decoder and calibration plugin: time from {@code timestamp},
     * {@code timestamp_ms} and {@code sample_time_offset} (system time mapped by the file's first
     * {@code timestamp_correlation}), values from {@code calibrated_accel_*} (as written, or as the plugin computes
     * them from raw counts), else {@code compressed_calibrated_accel_*} / 1000.
     */
    public static List<Sample> decode(byte[] fit) {
        Decode decode = new Decode();
        BufferedMesgBroadcaster broadcaster = new BufferedMesgBroadcaster(decode);
        broadcaster.registerMesgBroadcastPlugin(new ThreeDSensorAdjustmentPlugin());
        List<Mesg> messages = new ArrayList<>();
        broadcaster.addListener((com.garmin.fit.MesgListener) messages::add);
        if (!decode.read(new ByteArrayInputStream(fit), broadcaster, broadcaster)) {
            throw new IllegalStateException("the SDK could not decode the file");
        }
        broadcaster.broadcast();
        TimestampCorrelationMesg correlation = null;
        for (Mesg m : messages) {
            if (m.getNum() == MesgNum.TIMESTAMP_CORRELATION && correlation == null) {
                correlation = new TimestampCorrelationMesg(m);
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (Mesg mesg : messages) {
            if (mesg.getNum() != MesgNum.ACCELEROMETER_DATA) {
                continue;
            }
            AccelerometerDataMesg m = new AccelerometerDataMesg(mesg);
            long ts = m.getTimestamp().getTimestamp();
            long ms = m.getTimestampMs() == null ? 0 : m.getTimestampMs();
            int n = m.getNumSampleTimeOffset();
            for (int i = 0; i < n; i++) {
                long t = ts * 1000 + ms + m.getSampleTimeOffset(i);
                long epochMs;
                if (ts >= 0x10000000L) {
                    epochMs = t + 631065600000L;
                } else if (correlation != null) {
                    long utc = correlation.getTimestamp().getTimestamp() * 1000 + ms(correlation.getTimestampMs());
                    long sys = correlation.getSystemTimestamp().getTimestamp() * 1000
                            + ms(correlation.getSystemTimestampMs());
                    epochMs = 631065600000L + utc + t - sys;
                } else {
                    epochMs = t;
                }
                double x;
                double y;
                double z;
                if (m.getNumCalibratedAccelX() > i) {
                    x = m.getCalibratedAccelX(i);
                    y = m.getCalibratedAccelY(i);
                    z = m.getCalibratedAccelZ(i);
                } else {
                    x = m.getCompressedCalibratedAccelX(i) / 1000.0;
                    y = m.getCompressedCalibratedAccelY(i) / 1000.0;
                    z = m.getCompressedCalibratedAccelZ(i) / 1000.0;
                }
                samples.add(new Sample(epochMs * 1_000_000L, x, y, z));
            }
        }
        return samples;
    }

    private static long ms(Integer v) {
        return v == null ? 0 : v;
    }
}
