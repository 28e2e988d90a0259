package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.tcostudio.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 items 8 and 10: no schema is ever fetched over the network; non-regular files are reported. */
class OfflineSchemaTest {
    @Test
    void aRemoteRefIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String schema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                    + "\"$ref\":\"http://127.0.0.1:" + server.getLocalPort() + "/evil.schema.json\"}";
            Exception e = assertThrows(Exception.class, () -> {
                JsonSchema s = CatalogueLoader.offlineSchemaFactory().getSchema(schema);
                s.validate(new ObjectMapper().readTree("{}"));
            });
            assertTrue(String.valueOf(e.getMessage()).contains("never loads a schema over the network")
                    || String.valueOf(e.getCause()).contains("never loads a schema over the network"), String.valueOf(e));
            // nobody knocked: the refusal came before any connection
            assertThrows(SocketTimeoutException.class, server::accept);
        }
    }

    @Test
    void aSubfolderInTheCatalogueFolderIsReported(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("old.json"));
        Catalogue c = new CatalogueLoader().loadDirectories(List.of(dir));
        assertTrue(c.problems().stream().anyMatch(p -> p.file().endsWith("old.json")
                && p.rule().startsWith("is a folder: catalogue files are read from the top of the catalogue folder only")),
                c.problems().toString());
    }
}
