package vn.tdkt.dossier.domain;

import java.util.List;

/** A checklist line with the files stored for it. */
public record ComponentStatus(ChecklistItem item, List<Attachment> files) {

    public ComponentStatus {
        files = List.copyOf(files);
    }

    /** Present when at least one file (generated or attached) is stored for the component. */
    public boolean present() {
        return !files.isEmpty();
    }

    public boolean generatedPresent() {
        return files.stream().anyMatch(Attachment::generated);
    }
}
