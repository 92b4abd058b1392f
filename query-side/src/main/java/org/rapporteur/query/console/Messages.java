package org.rapporteur.query.console;

import jakarta.validation.ConstraintViolation;

/** Problems worded for a meeting secretary rather than a developer. */
final class Messages {

    private Messages() {
    }

    static String of(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank" -> FormReader.REQUIRED;
            case "NotEmpty" -> "Required: give at least one.";
            case "Positive" -> "Must be 1 or more.";
            case "PositiveOrZero" -> "Must be 0 or more.";
            default -> capital(violation.getMessage()) + ".";
        };
    }

    /** A problem of no field on the form: its fact named in words. */
    static String unplaced(String path, String message) {
        if (path == null || path.isEmpty()) {
            return message;
        }
        String last = path.replaceAll("\\[\\d+]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        return FormSchema.words(last) + ": " + message;
    }

    static String capital(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
