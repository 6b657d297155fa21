package dev.plyometer.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    @Test
    void rewritesOneLineInPlaceAndClearsItBeforeResults() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 3);
        progress.working(0, "a-long-name.csv");
        progress.working(1, "b.csv");
        progress.clear();
        assertThat(err.toString()).isEqualTo("\r[1/3] a-long-name.csv" + "\r[2/3] b.csv" + " ".repeat(10)
                + "\r" + " ".repeat(11) + "\r");
    }

    @Test
    void keepsTheEndOfAVeryLongName() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 2);
        progress.working(0, "x".repeat(300) + "/end.csv");
        String line = err.toString().substring(1);
        assertThat(line).hasSize(Progress.MAX_WIDTH).startsWith("…").endsWith("/end.csv");
    }

    @Test
    void saysNothingWhenNotATerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, 10);
        progress.working(0, "a.csv");
        progress.clear();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void saysNothingForASingleFile() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 1);
        progress.working(0, "a.csv");
        progress.clear();
        assertThat(err.toString()).isEmpty();
    }
}
