package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Labelled;

/** How a model was made known (tuyên truyền): an article, a radio or a television broadcast, another channel. */
public enum MediaKind implements Labelled {
    BAI_VIET("Bài viết"),
    PHAT_THANH("Phát thanh"),
    TRUYEN_HINH("Truyền hình"),
    KHAC("Khác");

    private final String label;

    MediaKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
