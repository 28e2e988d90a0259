package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.CatalogueProblem;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.InvalidCatalogueEntryException;
import com.tcostudio.core.catalogue.ServingProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the price catalogue: the files shipped inside the application and, optionally, the JSON
 * files of user directories (imports, a company's own negotiated prices).
 *
 * <h2>Format</h2>
 * Each file is one JSON object (UTF-8) of one kind, checked against the JSON Schema of that kind
 * ({@code pricing-data/schemas/<kind>.schema.json} on the classpath):
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "kind": "api-models" | "gpu-offers" | "serving-profiles",
 *   "description": "optional text",
 *   "models" | "offers" | "profiles": [ { entry }, ... ]
 * }
 * </pre>
 * <ul>
 *   <li>{@code api-models} entries ({@code models}): {@code id, provider, name, inputPerMTok,
 *       outputPerMTok} (USD per million tokens), optional {@code cachedInputPerMTok},
 *       {@code batchDiscount} (share 0..1, default 0), {@code contextWindow}, {@code regions}
 *       (default none), {@code openWeights} (default false).</li>
 *   <li>{@code gpu-offers} entries ({@code offers}): {@code id, provider, gpu, gpuMemoryGb,
 *       pricing} (on-demand, reserved-1y, reserved-3y, spot or purchase), {@code powerWattsPerGpu},
 *       optional {@code instance} and {@code regions}. A rental term needs {@code hourlyPerGpu}
 *       (USD per GPU-hour) and must not have {@code capexPerGpu}; a purchase needs
 *       {@code capexPerGpu} and {@code depreciationMonths} and must not have {@code hourlyPerGpu}.</li>
 *   <li>{@code serving-profiles} entries ({@code profiles}): {@code id, model, gpu, engine,
 *       precision, gpusPerReplica, prefillTokensPerSecond, decodeTokensPerSecond, licence},
 *       optional {@code modelFamily, weightsGb, contextWindow}.</li>
 *   <li>Every entry also has {@code asOf} (a date, YYYY-MM-DD), {@code source} and optional
 *       {@code notes}. Ids are lower case ({@code [a-z0-9][a-z0-9._:/-]*}); regions are ISO
 *       3166-1 alpha-2 codes, {@code EU} or {@code global}. Unknown fields are refused.</li>
 * </ul>
 *
 * <h2>Where the files come from</h2>
 * The shipped files are the classpath resources {@code pricing-data/api-models.json},
 * {@code gpu-offers.json} and {@code serving-profiles.json}; each must hold its own kind. (Another
 * classpath directory, or a directory of the file system, can stand in for them: see
 * {@link #CatalogueLoader(String)} and {@link #withShippedDirectory(Path)}.) In a
 * user directory every regular {@code *.json} file is read (not hidden files), in order of file
 * name, and its {@code kind} says what it holds; a subdirectory, device, pipe or broken link there
 * is reported and skipped, and so is a file above {@value #MAX_FILE_BYTES} bytes. Sources are read in order:
 * shipped files, then each user directory in the order given.
 *
 * <h2>Strict, but resilient</h2>
 * Loading never stops at bad data: every problem becomes a {@link CatalogueProblem} of the
 * returned catalogue, and everything sound still loads.
 * <ul>
 *   <li>A whole file is skipped when it is missing (shipped), unreadable, empty, malformed or
 *       truncated JSON (reported with line and column), not an object, without a supported
 *       {@code schemaVersion} (the version found is reported beside the one supported), or of a
 *       missing, unknown or (shipped) wrong {@code kind}. Such problems have no entry and end with
 *       "the file was skipped".</li>
 *   <li>An invalid entry is skipped and reported by file, entry (its id, or {@code #index}
 *       counted from 0 when it has no valid id), field (its path within the entry) and rule; the
 *       other entries of the file still load. One problem is reported per field at fault.</li>
 *   <li>An id met again in the same file: the later entry is skipped and reported. An id met
 *       again in a later source (a user file): the later entry replaces the earlier one, and a
 *       notice (a problem whose rule starts with "replaces") names the file it replaced.</li>
 *   <li>A problem of a file outside its entries (an unknown top-level field, say) is reported;
 *       the entries still load if the list of entries can be read.</li>
 * </ul>
 * Exceptions are thrown only for programming or packaging errors: a schema missing from the
 * classpath, a null argument.
 */
public final class CatalogueLoader {
    /** The only {@code schemaVersion} this version of TCO Studio reads. */
    public static final int SCHEMA_VERSION = 1;
    /** Where the shipped catalogue lives on the classpath. */
    public static final String SHIPPED_RESOURCE_DIR = "pricing-data/";

    static final String SKIPPED = "; the file was skipped";
    /** Far above any real catalogue (the shipped files are a few hundred kB); a guard against a runaway file. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // a repeated key would silently win over the first: refuse it instead
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "{...} junk" is a damaged file, not a file with a comment after it
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ShippedFiles shipped;
    private final Map<CatalogueKind, JsonSchema> schemas;

    /** A loader of the catalogue shipped under {@value #SHIPPED_RESOURCE_DIR}. */
    public CatalogueLoader() {
        this(SHIPPED_RESOURCE_DIR);
    }

    /**
     * A loader whose shipped files live in another classpath directory (tests, a second bundle).
     * The schemas are always those under {@code pricing-data/schemas/}.
     *
     * @param shippedResourceDir classpath directory ending in {@code /}, e.g. {@code pricing-data/}
     * @throws IllegalArgumentException when the directory does not end in {@code /} or starts with one
     * @throws IllegalStateException    when a schema is missing from the classpath (a packaging error)
     */
    public CatalogueLoader(String shippedResourceDir) {
        this(ShippedFiles.onClasspath(shippedResourceDir, CatalogueLoader.class.getClassLoader()),
                CatalogueLoader.class.getClassLoader());
    }

    /**
     * A loader whose shipped files are read from a directory of the file system rather than the
     * classpath: a source checkout's {@code pricing-data/}, or a test's fixtures. Only the three
     * shipped file names are read from it; the schemas still come from the classpath.
     *
     * @throws IllegalStateException when a schema is missing from the classpath (a packaging error)
     */
    public static CatalogueLoader withShippedDirectory(Path shippedDirectory) {
        return new CatalogueLoader(ShippedFiles.inDirectory(shippedDirectory), CatalogueLoader.class.getClassLoader());
    }

    /** @param schemaLoader where the schemas are looked up; tests pass one without them */
    CatalogueLoader(ShippedFiles shipped, ClassLoader schemaLoader) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.schemas = loadSchemas(Objects.requireNonNull(schemaLoader, "schemaLoader"));
    }

    /**
     * A schema factory that cannot fetch anything over the network: every schema it is asked for
     * (a {@code $ref}, a meta-schema) is read from the classpath or refused. The validator's own
     * fallback loaders (classpath, then any URL) are never reached, because this loader answers
     * every request, so the offline promise holds by construction rather than by the schemas' content.
     */
    static JsonSchemaFactory offlineSchemaFactory() {
        SchemaLoader classpath = new ClasspathSchemaLoader();
        SchemaLoader offline = iri -> {
            String where = iri.toString();
            InputStreamSource local = where.startsWith("classpath:") || where.startsWith("resource:")
                    ? classpath.getSchema(iri) : null;
            if (local != null) {
                return local;
            }
            return () -> {
                throw new IOException("schema " + where + " is not part of the application; TCO Studio never loads "
                        + "a schema over the network");
            };
        };
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .schemaLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(offline);
                }))
                .build();
    }

    private static Map<CatalogueKind, JsonSchema> loadSchemas(ClassLoader classLoader) {
        JsonSchemaFactory factory = offlineSchemaFactory();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                // "format": "date" is only an annotation in draft 2020-12 unless asserted; 2026-02-30 is no date
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        Map<CatalogueKind, JsonSchema> schemas = new EnumMap<>(CatalogueKind.class);
        for (CatalogueKind kind : CatalogueKind.values()) {
            try (InputStream in = classLoader.getResourceAsStream(kind.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("JSON Schema " + kind.schemaResource()
                            + " is not on the classpath: the application is incompletely packaged");
                }
                schemas.put(kind, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + kind.schemaResource(), e);
            }
        }
        return schemas;
    }

    /** The shipped catalogue alone. */
    public Catalogue loadShipped() {
        return load(List.of());
    }

    /** The shipped catalogue, then the files of each user directory in turn (later ones win). */
    public Catalogue load(List<Path> userDirectories) {
        Objects.requireNonNull(userDirectories, "userDirectories");
        Assembly assembly = new Assembly();
        for (CatalogueKind kind : CatalogueKind.values()) {
            readShipped(kind, assembly);
        }
        for (Path dir : userDirectories) {
            readDirectory(dir, assembly);
        }
        return assembly.catalogue();
    }

    /** The files of the given directories only, without the shipped catalogue (later ones win). */
    public Catalogue loadDirectories(List<Path> directories) {
        Objects.requireNonNull(directories, "directories");
        Assembly assembly = new Assembly();
        for (Path dir : directories) {
            readDirectory(dir, assembly);
        }
        return assembly.catalogue();
    }

    private void readShipped(CatalogueKind kind, Assembly assembly) {
        byte[] bytes;
        try {
            Optional<byte[]> content = shipped.read(kind.fileName());
            if (content.isEmpty()) {
                assembly.fileProblem(kind.fileName(), null, "is missing from the application ("
                        + shipped.whereMissing(kind.fileName()) + "); no shipped " + kind.label() + " were loaded");
                return;
            }
            bytes = content.get();
        } catch (IOException e) {
            assembly.fileProblem(kind.fileName(), null, "cannot be read (" + e.getMessage() + ")" + SKIPPED);
            return;
        }
        readFile(bytes, kind.fileName(), Optional.of(kind), assembly);
    }

    private void readDirectory(Path dir, Assembly assembly) {
        Objects.requireNonNull(dir, "directory");
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            assembly.fileProblem(dirName, null, Files.exists(dir) ? "is not a directory" : "directory does not exist");
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> notFiles = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    // a FIFO would hang the read and /dev/zero never ends: say so rather than skip in silence
                    notFiles.add(file);
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            assembly.fileProblem(dirName, null, "directory cannot be read (" + e.getMessage() + ")");
            return;
        }
        notFiles.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path other : notFiles) {
            assembly.fileProblem(other.toString(), null, (Files.isDirectory(other)
                    ? "is a folder: catalogue files are read from the top of the catalogue folder only"
                    : "is not a regular file (a device, pipe or broken link)") + "; it was skipped");
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path file : files) {
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    assembly.fileProblem(file.toString(), null, "is " + size / (1024 * 1024) + " MB, more than a catalogue file "
                            + "can hold (at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB)" + SKIPPED);
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                assembly.fileProblem(file.toString(), null, "cannot be read (" + e.getMessage() + ")" + SKIPPED);
                continue;
            }
            readFile(bytes, file.toString(), Optional.empty(), assembly);
        }
    }

    /**
     * @param expected the kind a shipped file must hold; empty for a user file, whose kind field decides
     */
    private void readFile(byte[] bytes, String file, Optional<CatalogueKind> expected, Assembly assembly) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = isTruncation(e) ? "is truncated: the JSON ends early" : "is not valid JSON";
            assembly.fileProblem(file, null, what + where + " (" + e.getOriginalMessage() + ")" + SKIPPED);
            return;
        } catch (IOException e) {
            assembly.fileProblem(file, null, "cannot be read (" + e.getMessage() + ")" + SKIPPED);
            return;
        }
        if (root == null || root.isMissingNode()) {
            assembly.fileProblem(file, null, "is empty" + SKIPPED);
            return;
        }
        if (!root.isObject()) {
            assembly.fileProblem(file, null, "must hold a JSON object (was " + SchemaViolations.describe(root) + ")" + SKIPPED);
            return;
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            assembly.fileProblem(file, "schemaVersion", "is required (this version of TCO Studio reads schemaVersion "
                    + SCHEMA_VERSION + ")" + SKIPPED);
            return;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
            assembly.fileProblem(file, "schemaVersion", "this version of TCO Studio reads schemaVersion "
                    + SCHEMA_VERSION + " only (the file has " + version + ")" + SKIPPED);
            return;
        }
        Optional<CatalogueKind> kind = kind(root.get("kind"), file, expected, assembly);
        if (kind.isEmpty()) {
            return;
        }
        readEntries(root, file, kind.get(), assembly);
    }

    private static Optional<CatalogueKind> kind(JsonNode node, String file, Optional<CatalogueKind> expected,
                                                Assembly assembly) {
        if (node == null) {
            assembly.fileProblem(file, "kind", "is required: one of " + CatalogueKind.labels() + SKIPPED);
            return Optional.empty();
        }
        Optional<CatalogueKind> found = node.isTextual() ? CatalogueKind.fromLabel(node.textValue()) : Optional.empty();
        if (expected.isPresent()) {
            if (found.isEmpty() || found.get() != expected.get()) {
                assembly.fileProblem(file, "kind", "must be " + expected.get().label() + " in "
                        + expected.get().fileName() + " (was " + SchemaViolations.describe(node) + ")" + SKIPPED);
                return Optional.empty();
            }
        } else if (found.isEmpty()) {
            assembly.fileProblem(file, "kind", "must be one of " + CatalogueKind.labels() + " (was "
                    + SchemaViolations.describe(node) + ")" + SKIPPED);
        }
        return found;
    }

    private void readEntries(JsonNode root, String file, CatalogueKind kind, Assembly assembly) {
        Set<ValidationMessage> messages = schemas.get(kind).validate(root);
        SchemaViolations violations = SchemaViolations.sort(messages, root, kind);
        JsonNode entries = root.get(kind.entriesField());
        boolean entriesReadable = entries != null && entries.isArray();
        for (SchemaViolations.Violation v : violations.fileViolations) {
            boolean aboutEntries = kind.entriesField().equals(v.field());
            assembly.fileProblem(file, v.field(), v.rule() + (aboutEntries && !entriesReadable ? SKIPPED : ""));
        }
        if (!entriesReadable) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String label = label(entry, i);
            List<SchemaViolations.Violation> broken = violations.entryViolations.getOrDefault(i, List.of());
            if (!broken.isEmpty()) {
                for (SchemaViolations.Violation v : broken) {
                    assembly.problems.add(new CatalogueProblem(file, label, v.field(), v.rule()));
                }
                continue;
            }
            try {
                switch (kind) {
                    case API_MODELS:
                        assembly.add(assembly.apiModels, EntryReader.apiModel(entry), ApiModel::id, file, i);
                        break;
                    case GPU_OFFERS:
                        assembly.add(assembly.gpuOffers, EntryReader.gpuOffer(entry), GpuOffer::id, file, i);
                        break;
                    case SERVING_PROFILES:
                        assembly.add(assembly.servingProfiles, EntryReader.servingProfile(entry), ServingProfile::id, file, i);
                        break;
                    default:
                        throw new IllegalStateException("no reader for kind " + kind);
                }
            } catch (InvalidCatalogueEntryException e) {
                assembly.problems.add(new CatalogueProblem(file, label, e.field(), e.rule()));
            }
        }
    }

    /**
     * True when the JSON stops before its end, the usual trace of an interrupted copy or download.
     * Jackson reports some of these as {@link JsonEOFException} and others only in the message.
     */
    static boolean isTruncation(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return e instanceof JsonEOFException || (message != null && message.startsWith("Unexpected end-of-input"));
    }

    /** The entry's id when it is a valid one, else its position: a bad id cannot name anything. */
    private static String label(JsonNode entry, int index) {
        JsonNode id = entry.get("id");
        return id != null && id.isTextual() && Catalogue.isValidId(id.textValue()) ? id.textValue() : "#" + index;
    }

    /**
     * Where the shipped files are read from. A missing file is an answer, not an error: the loader
     * reports it and goes on with the other kinds.
     */
    interface ShippedFiles {
        /** The content of the shipped file of that name; empty when there is no such file. */
        Optional<byte[]> read(String fileName) throws IOException;

        /** Where the file was looked for, e.g. {@code pricing-data/api-models.json is not on the classpath}. */
        String whereMissing(String fileName);

        static ShippedFiles onClasspath(String resourceDir, ClassLoader classLoader) {
            Objects.requireNonNull(resourceDir, "shippedResourceDir");
            Objects.requireNonNull(classLoader, "classLoader");
            if (!resourceDir.endsWith("/") || resourceDir.startsWith("/")) {
                throw new IllegalArgumentException("shippedResourceDir must be relative and end with / (was \""
                        + resourceDir + "\")");
            }
            return new ShippedFiles() {
                @Override
                public Optional<byte[]> read(String fileName) throws IOException {
                    try (InputStream in = classLoader.getResourceAsStream(resourceDir + fileName)) {
                        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                    }
                }

                @Override
                public String whereMissing(String fileName) {
                    return resourceDir + fileName + " is not on the classpath";
                }
            };
        }

        static ShippedFiles inDirectory(Path dir) {
            Objects.requireNonNull(dir, "shippedDirectory");
            return new ShippedFiles() {
                @Override
                public Optional<byte[]> read(String fileName) throws IOException {
                    Path file = dir.resolve(fileName);
                    // a directory or other non-file of that name is as good as missing
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                }

                @Override
                public String whereMissing(String fileName) {
                    return dir.resolve(fileName) + " does not exist";
                }
            };
        }
    }

    /** An entry and where it was read, to name the file it came from when a later one replaces it. */
    private static final class Sourced<T> {
        final T entry;
        final String file;
        final int index;

        Sourced(T entry, String file, int index) {
            this.entry = entry;
            this.file = file;
            this.index = index;
        }
    }

    /** What one load has gathered so far. */
    private static final class Assembly {
        final Map<String, Sourced<ApiModel>> apiModels = new LinkedHashMap<>();
        final Map<String, Sourced<GpuOffer>> gpuOffers = new LinkedHashMap<>();
        final Map<String, Sourced<ServingProfile>> servingProfiles = new LinkedHashMap<>();
        final List<CatalogueProblem> problems = new ArrayList<>();

        void fileProblem(String file, String field, String rule) {
            problems.add(new CatalogueProblem(file, null, field, rule));
        }

        <T> void add(Map<String, Sourced<T>> byId, T entry, Function<T, String> idOf, String file, int index) {
            String id = idOf.apply(entry);
            Sourced<T> earlier = byId.get(id);
            if (earlier == null) {
                byId.put(id, new Sourced<>(entry, file, index));
            } else if (earlier.file.equals(file)) {
                problems.add(new CatalogueProblem(file, id, "id", "is already the id of entry #" + earlier.index
                        + " of this file; this entry (#" + index + ") was skipped"));
            } else {
                // keeps the earlier entry's place in the list, so replacing a price does not reorder the UI
                byId.put(id, new Sourced<>(entry, file, index));
                problems.add(new CatalogueProblem(file, id, null, "replaces the entry of the same id from "
                        + earlier.file));
            }
        }

        Catalogue catalogue() {
            return Catalogue.of(entries(apiModels), entries(gpuOffers), entries(servingProfiles), problems);
        }

        private static <T> List<T> entries(Map<String, Sourced<T>> byId) {
            List<T> list = new ArrayList<>(byId.size());
            for (Sourced<T> s : byId.values()) {
                list.add(s.entry);
            }
            return list;
        }
    }
}
