package org.rapporteur.command.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request bodies with a key given twice are refused, not read as the last one ({@code {"title": a, "title": b}}). */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer duplicateKeysRefused() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
