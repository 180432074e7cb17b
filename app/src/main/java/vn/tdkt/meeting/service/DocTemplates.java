package vn.tdkt.meeting.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.TemplateBook;

/**
 * Loads the regime templates from the class path: {@code vn/tdkt/meeting/templates/regimes.txt} lists the regimes,
 * {@code <CODE>.properties} (UTF-8) holds each one's wording. Loaded once.
 */
public final class DocTemplates {

    private static final String FOLDER = "/vn/tdkt/meeting/templates/";
    private static final TemplateBook BOOK = load();

    private DocTemplates() {
    }

    public static TemplateBook book() {
        return BOOK;
    }

    private static TemplateBook load() {
        List<DocTemplate> out = new ArrayList<>();
        for (String line : read(FOLDER + "regimes.txt").lines().map(String::trim).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(read(FOLDER + line + ".properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k).trim()));
            String to = texts.getOrDefault("regime.validTo", "");
            out.add(new DocTemplate(texts.get("regime.code"), texts.get("regime.name"),
                    VnFormat.parseDate(texts.get("regime.validFrom")).orElseThrow(),
                    to.isEmpty() ? null : VnFormat.parseDate(to).orElseThrow(), texts));
        }
        return new TemplateBook(out);
    }

    private static String read(String resource) {
        try (InputStream in = DocTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp mẫu văn bản " + resource);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", r.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
