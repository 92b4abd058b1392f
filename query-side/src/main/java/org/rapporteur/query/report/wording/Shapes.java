package org.rapporteur.query.report.wording;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

import java.text.FieldPosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message's shapes: what ICU writes for the values the message chooses on (a count, a kind, a date), with a slot
 * where each plain text argument ({@code {name}}, written as given) goes. A shape is formatted once, with a mark in
 * each slot, and then filled by copying the texts in: the same text ICU would write, without its selecting and
 * number formatting for every sentence. Shapes are shared by every report (immutable, at most {@link #MOST}).
 */
final class Shapes {

    /**
     * The first mark of a slot: private-use characters above those a footnote's mark ({@link Footnotes}) and an
     * unrecorded fact are written with; no shape is made when the pattern or a value has one.
     */
    private static final char SLOT = '\uF000';
    private static final char LAST_PRIVATE = '\uF8FF';
    private static final int MOST = 256;

    private final MessageFormat format;
    /** The arguments written as given, each by its slot's index; and the others, which the shape depends on. */
    private final String[] plain;
    private final String[] chosen;
    /** The arguments the pattern writes as given and never chooses on, whether or not shapes are used. */
    private final Set<String> writtenAsGiven;
    private final Map<List<Object>, Shape> shapes = new ConcurrentHashMap<>();

    private final Junctions junctions;

    Shapes(MessageFormat format, String pattern, Junctions junctions) {
        this.format = format;
        this.junctions = junctions;
        Set<String> plainNames = new LinkedHashSet<>();
        Set<String> chosenNames = new LinkedHashSet<>();
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i + 1 < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part name = parsed.getPart(i + 1);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && name.getType() == MessagePattern.Part.Type.ARG_NAME) {
                (part.getArgType() == MessagePattern.ArgType.NONE ? plainNames : chosenNames).add(parsed.getSubstring(name));
            }
        }
        plainNames.removeAll(chosenNames);
        this.writtenAsGiven = Set.copyOf(plainNames);
        boolean marked = hasPrivate(pattern) || plainNames.size() > LAST_PRIVATE - SLOT;
        this.plain = marked ? new String[0] : plainNames.toArray(String[]::new);
        this.chosen = chosenNames.toArray(String[]::new);
    }

    Set<String> writtenAsGiven() {
        return writtenAsGiven;
    }

    /** The message filled from {@code arguments} (which give every argument it uses), as ICU formats it. */
    String format(Map<String, Object> arguments) {
        String[] texts = new String[plain.length];
        for (int k = 0; k < plain.length; k++) {
            if (!(arguments.get(plain[k]) instanceof String text) || hasPrivate(text)) {
                return icu(arguments, 256);
            }
            texts[k] = text;
        }
        if (texts.length == 0) {
            return icu(arguments, 256);
        }
        Object[] choices = new Object[chosen.length];
        boolean once = false;
        for (int k = 0; k < chosen.length; k++) {
            choices[k] = arguments.get(chosen[k]);
            // a footnote's mark chosen on makes a shape of its own: made for this sentence, not kept
            once |= choices[k] instanceof String text && text.indexOf(Footnotes.OPEN) >= 0;
        }
        List<Object> key = Arrays.asList(choices);
        Shape shape = once ? null : shapes.get(key);
        if (shape == null) {
            shape = shape(arguments);
            if (!once && shapes.size() < MOST) {
                shapes.put(key, shape);
            }
        }
        return shape.fill(texts, junctions);
    }

    private Shape shape(Map<String, Object> arguments) {
        Map<String, Object> marked = new HashMap<>(arguments);
        for (int k = 0; k < plain.length; k++) {
            marked.put(plain[k], String.valueOf((char) (SLOT + k)));
        }
        String text = icu(marked, 128);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (isPrivate(text.charAt(i))) {
                at.add(i);
            }
        }
        int[] slots = new int[at.size()];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = at.get(k);
        }
        return new Shape(text, slots);
    }

    private String icu(Map<String, Object> arguments, int room) {
        synchronized (format) {
            return format.format(arguments, new StringBuffer(room), new FieldPosition(0)).toString();
        }
    }

    private static boolean hasPrivate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPrivate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrivate(int c) {
        return c >= SLOT && c <= LAST_PRIVATE;
    }

    /** A message as ICU wrote it with a mark in each slot, and where the marks stand. */
    private record Shape(String text, int[] slots) {

        String fill(String[] texts, Junctions junctions) {
            int length = text.length();
            for (int at : slots) {
                length += texts[text.charAt(at) - SLOT].length() - 1;
            }
            StringBuilder out = new StringBuilder(length);
            int from = 0;
            for (int at : slots) {
                junctions.append(out.append(text, from, at), texts[text.charAt(at) - SLOT]);
                from = at + 1;
            }
            return out.append(text, from, text.length()).toString();
        }
    }
}
