package org.rapporteur.facts;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * A choice written as the profiles write their keys, with hyphens ({@code state-party}), is the choice written with
 * underscores ({@code state_party}): one spelling for a secretary to remember. Anything else is still refused.
 */
final class HyphenatedChoices extends DeserializationProblemHandler {

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value, String failure) {
        if (targetType.isEnum() && value != null && value.indexOf('-') >= 0) {
            String underscored = value.replace('-', '_');
            for (Object constant : targetType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(underscored)) {
                    return constant;
                }
            }
        }
        return NOT_HANDLED;
    }
}
