package vn.tdkt.dossier.domain;

import java.time.LocalDateTime;

/** One status change of a dossier; from is null for its creation. */
public record LogEntry(long id, long dossierId, DossierStatus from, DossierStatus to, String user, LocalDateTime at,
                       String note) {
}
