package vn.tdkt.workbook.service;

import java.io.Serializable;
import java.util.Locale;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Texts;

/**
 * A column header of the workbook contract inside a sentence: Vietnamese writes it in lower case ("chưa nhập họ và
 * tên"), English quotes it as the file spells it. The header itself is the contract and stays Vietnamese.
 */
record ColumnName(String header) implements Localizable, Serializable {

    @Override
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? header : header.toLowerCase(Texts.VIETNAMESE);
    }
}
