package dev.plyometer.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    record Sample(double a, Double b, double c, double d, double e) {
    }

    @Test
    void roundsNumbersWritesThemPlainlyAndNaNAsNull() {
        String json = Json.line(new Sample(0.1 + 0.2, null, Double.NaN, 1e-9, 120.0));
        assertThat(json).isEqualTo("{\"a\":0.3,\"b\":null,\"c\":null,\"d\":0,\"e\":120}");
    }

    @Test
    void keepsFieldsInDeclarationOrder() {
        assertThat(Json.line(new Sample(3, 2.0, 1, 0, -0.0))).isEqualTo("{\"a\":3,\"b\":2,\"c\":1,\"d\":0,\"e\":0}");
    }
}
