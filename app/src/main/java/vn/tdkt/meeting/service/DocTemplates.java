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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.TemplateBook;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.domain.Wording;

/**
 * The document wording per legal regime: the regime, its dates, căn cứ lines ({@code basis.n}) and citation
 * ({@code cite}) and the office's wording of the Tờ trình ({@link DocTemplate#PROPOSAL_BODY}) come from the legal
 * regime tables ({@link RegimeCatalog}); the form labels and the years a báo cáo
 * covers from {@code vn/tdkt/meeting/templates/<REGIME CODE>.properties} (UTF-8). A regime without a file of its
 * own (the 2026 amendment) uses the file of the regime whose rules it inherits.
 */
public final class DocTemplates {

    private static final String FOLDER = "/vn/tdkt/meeting/templates/";
    private static final Map<String, Optional<Map<String, String>>> FORMS = new ConcurrentHashMap<>();

    private DocTemplates() {
    }

    /** Every regime of the catalogue that has a form file (its own or inherited), as templates. */
    public static TemplateBook book(RegimeCatalog regimes) {
        List<DocTemplate> out = new ArrayList<>();
        for (LegalRegime r : regimes.regimes()) {
            forms(regimes, r).ifPresent(forms -> {
                Map<String, String> texts = new HashMap<>(forms);
                List<String> basis = regimes.basis(r, RegimeDocument.TO_TRINH);
                for (int i = 0; i < basis.size(); i++) {
                    texts.put("basis." + (i + 1), basis.get(i));
                }
                regimes.basis(r, RegimeDocument.TRICH_DAN).stream().findFirst().ifPresent(c -> texts.put("cite", c));
                texts.put(DocTemplate.PROPOSAL_BODY, regimes.wording(r, Wording.TO_TRINH_NOI_DUNG));
                out.add(new DocTemplate(r.code(), r.name(), r.validFrom(), r.validTo(), texts));
            });
        }
        return new TemplateBook(out);
    }

    private static Optional<Map<String, String>> forms(RegimeCatalog regimes, LegalRegime regime) {
        Set<String> seen = new HashSet<>();
        LegalRegime r = regime;
        while (seen.add(r.code())) {
            Optional<Map<String, String>> own = FORMS.computeIfAbsent(r.code(), DocTemplates::load);
            if (own.isPresent() || !r.inherits()) {
                return own;
            }
            r = regimes.require(r.rulesOf());
        }
        return Optional.empty();
    }

    private static Optional<Map<String, String>> load(String code) {
        try (InputStream in = DocTemplates.class.getResourceAsStream(FOLDER + code + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Properties p = new Properties();
                p.load(new StringReader(String.join("\n", r.lines().toList())));
                Map<String, String> texts = new HashMap<>();
                p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k).trim()));
                return Optional.of(Map.copyOf(texts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
