package com.tcostudio.ui;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a value is shown in a choice box or combo box; the lists only show, never parse. */
public final class Shown {
    private Shown() {
    }

    public static <T> StringConverter<T> as(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
