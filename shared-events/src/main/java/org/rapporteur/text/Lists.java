package org.rapporteur.text;

import java.util.List;

/** Joins items as running text: "A", "A and B", "A, B, and C" (serial comma, as UN reports write it). */
public final class Lists {

    private Lists() {
    }

    public static String join(List<String> items) {
        return join(items, "and");
    }

    public static String join(List<String> items, String conjunction) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() == 2) {
            return items.get(0) + " " + conjunction + " " + items.get(1);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", " + conjunction + " " + items.get(items.size() - 1);
    }
}
