package uk.scrutiny.domain.framework;

import uk.scrutiny.domain.common.Text;

/** One of the framework's key measures, numbered from 1 and shown as {@code KM1}. */
public record KeyMeasure(int number, String text) {

    public KeyMeasure {
        if (number < 1) {
            throw new IllegalArgumentException("Key measures are numbered from 1");
        }
        text = Text.required(text, "A key measure's text", 1000);
    }

    public String code() {
        return "KM" + number;
    }
}
