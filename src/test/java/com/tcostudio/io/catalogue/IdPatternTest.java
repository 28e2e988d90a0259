package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.catalogue.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The catalogue id rule is written once in code; each JSON Schema must say the same. */
class IdPatternTest {
    @ParameterizedTest
    @EnumSource(CatalogueKind.class)
    void everySchemaHasTheCataloguesIdPattern(CatalogueKind kind) throws Exception {
        JsonNode schema;
        try (InputStream in = IdPatternTest.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode id = schema.findValue("id");
        assertEquals(Catalogue.ID_PATTERN, id.get("pattern").asText(), kind.schemaResource());
    }
}
