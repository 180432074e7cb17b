package vn.tdkt.certificate.data;

import static vn.tdkt.common.data.jooq.Tables.CERTIFICATE_BLANK;
import static vn.tdkt.common.data.jooq.Tables.CERTIFICATE_BLANK_KIND;
import static vn.tdkt.common.data.jooq.Tables.CERTIFICATE_FIELD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.tdkt.certificate.domain.Align;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.FieldBox;
import vn.tdkt.common.data.jooq.tables.records.CertificateBlankRecord;

/** Certificate blanks, their field boxes and the award kinds printed on each. */
public final class BlankRepository {

    public List<BlankLayout> all(DSLContext dsl) {
        Map<Long, List<FieldBox>> boxes = new HashMap<>();
        dsl.selectFrom(CERTIFICATE_FIELD).orderBy(CERTIFICATE_FIELD.BLANK_ID).forEach(r -> {
            CertField f = field(r.getField());
            if (f != null) {
                boxes.computeIfAbsent(r.getBlankId(), k -> new ArrayList<>()).add(new FieldBox(f, r.getShown(),
                        r.getXMm().doubleValue(), r.getYMm().doubleValue(), r.getWidthMm().doubleValue(),
                        r.getHeightMm().doubleValue(), r.getFontPt().doubleValue(), r.getBold(), r.getItalic(),
                        Align.valueOf(r.getAlign())));
            }
        });
        Map<Long, List<String>> kinds = new HashMap<>();
        dsl.selectFrom(CERTIFICATE_BLANK_KIND).orderBy(CERTIFICATE_BLANK_KIND.KIND_CODE)
                .forEach(r -> kinds.computeIfAbsent(r.getBlankId(), k -> new ArrayList<>()).add(r.getKindCode()));
        List<BlankLayout> out = new ArrayList<>();
        for (CertificateBlankRecord b : dsl.selectFrom(CERTIFICATE_BLANK).orderBy(CERTIFICATE_BLANK.CODE)) {
            List<FieldBox> fields = new ArrayList<>(boxes.getOrDefault(b.getId(), List.of()));
            fields.sort(java.util.Comparator.comparing(FieldBox::field));
            out.add(new BlankLayout(b.getId(), b.getCode(), b.getName(), b.getPageWidthMm().doubleValue(),
                    b.getPageHeightMm().doubleValue(), b.getOffsetXMm().doubleValue(), b.getOffsetYMm().doubleValue(),
                    fields, kinds.getOrDefault(b.getId(), List.of())));
        }
        return out;
    }

    public Optional<BlankLayout> byCode(DSLContext dsl, String code) {
        return all(dsl).stream().filter(b -> b.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public boolean codeTaken(DSLContext dsl, String code, Long exceptId) {
        return dsl.fetchExists(CERTIFICATE_BLANK, DSL.upper(CERTIFICATE_BLANK.CODE).eq(code.strip().toUpperCase(Locale.ROOT))
                .and(exceptId == null ? DSL.trueCondition() : CERTIFICATE_BLANK.ID.ne(exceptId)));
    }

    /** The kind codes printed on another blank than this one. */
    public Map<String, String> kindsElsewhere(DSLContext dsl, Long blankId) {
        Map<String, String> out = new HashMap<>();
        dsl.select(CERTIFICATE_BLANK_KIND.KIND_CODE, CERTIFICATE_BLANK.CODE).from(CERTIFICATE_BLANK_KIND)
                .join(CERTIFICATE_BLANK).on(CERTIFICATE_BLANK.ID.eq(CERTIFICATE_BLANK_KIND.BLANK_ID))
                .where(blankId == null ? DSL.trueCondition() : CERTIFICATE_BLANK_KIND.BLANK_ID.ne(blankId))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Inserts or replaces the blank with its boxes and kinds; returns its id. */
    public long save(DSLContext dsl, BlankLayout b) {
        long id;
        if (b.id() == null) {
            id = dsl.insertInto(CERTIFICATE_BLANK)
                    .set(CERTIFICATE_BLANK.CODE, b.code().strip())
                    .set(CERTIFICATE_BLANK.NAME, b.name().strip())
                    .set(CERTIFICATE_BLANK.PAGE_WIDTH_MM, mm(b.widthMm()))
                    .set(CERTIFICATE_BLANK.PAGE_HEIGHT_MM, mm(b.heightMm()))
                    .set(CERTIFICATE_BLANK.OFFSET_X_MM, mm(b.offsetXMm()))
                    .set(CERTIFICATE_BLANK.OFFSET_Y_MM, mm(b.offsetYMm()))
                    .returning(CERTIFICATE_BLANK.ID).fetchOne().getId();
        } else {
            id = b.id();
            dsl.update(CERTIFICATE_BLANK)
                    .set(CERTIFICATE_BLANK.CODE, b.code().strip())
                    .set(CERTIFICATE_BLANK.NAME, b.name().strip())
                    .set(CERTIFICATE_BLANK.PAGE_WIDTH_MM, mm(b.widthMm()))
                    .set(CERTIFICATE_BLANK.PAGE_HEIGHT_MM, mm(b.heightMm()))
                    .set(CERTIFICATE_BLANK.OFFSET_X_MM, mm(b.offsetXMm()))
                    .set(CERTIFICATE_BLANK.OFFSET_Y_MM, mm(b.offsetYMm()))
                    .where(CERTIFICATE_BLANK.ID.eq(id)).execute();
            dsl.deleteFrom(CERTIFICATE_FIELD).where(CERTIFICATE_FIELD.BLANK_ID.eq(id)).execute();
            dsl.deleteFrom(CERTIFICATE_BLANK_KIND).where(CERTIFICATE_BLANK_KIND.BLANK_ID.eq(id)).execute();
        }
        for (FieldBox f : b.fields()) {
            dsl.insertInto(CERTIFICATE_FIELD)
                    .set(CERTIFICATE_FIELD.BLANK_ID, id)
                    .set(CERTIFICATE_FIELD.FIELD, f.field().name())
                    .set(CERTIFICATE_FIELD.SHOWN, f.shown())
                    .set(CERTIFICATE_FIELD.X_MM, mm(f.xMm()))
                    .set(CERTIFICATE_FIELD.Y_MM, mm(f.yMm()))
                    .set(CERTIFICATE_FIELD.WIDTH_MM, mm(f.widthMm()))
                    .set(CERTIFICATE_FIELD.HEIGHT_MM, mm(f.heightMm()))
                    .set(CERTIFICATE_FIELD.FONT_PT, mm(f.fontPt()))
                    .set(CERTIFICATE_FIELD.BOLD, f.bold())
                    .set(CERTIFICATE_FIELD.ITALIC, f.italic())
                    .set(CERTIFICATE_FIELD.ALIGN, f.align().name())
                    .execute();
        }
        for (String k : b.kinds()) {
            dsl.insertInto(CERTIFICATE_BLANK_KIND).set(CERTIFICATE_BLANK_KIND.KIND_CODE, k)
                    .set(CERTIFICATE_BLANK_KIND.BLANK_ID, id).execute();
        }
        return id;
    }

    private static BigDecimal mm(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    private static CertField field(String name) {
        try {
            return CertField.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
