package vn.tdkt.common.domain;

import java.util.Locale;

/** Something that can put itself into words in a language: a {@link Msg}, a located {@link Problem}. */
public interface Localizable {

    String in(Locale locale);
}
