package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Category;
import java.util.Locale;
import javafx.util.StringConverter;

/** How categories and filter choices read in combo boxes. */
final class DisplayNames extends StringConverter<Object> {

    static final DisplayNames INSTANCE = new DisplayNames();

    @SuppressWarnings("unchecked")
    static <T> StringConverter<T> converter() {
        return (StringConverter<T>) (StringConverter<?>) INSTANCE;
    }

    @Override
    public String toString(Object o) {
        if (o == null) {
            return "";
        } else if (o instanceof Category c) {
            return "Label: " + c.name();
        } else if (o instanceof Enum<?> e) {
            String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return "Show: " + s;
        }
        return o.toString();
    }

    @Override
    public Object fromString(String s) {
        return s;
    }
}
